/**
 * The library of saved digests: the only module that touches IndexedDB (through Dexie).
 *
 * Every operation returns a Result: a full disk or quota is the typed failure 'storage-full'
 * (also when Dexie wraps the browser's QuotaExceededError), and the transaction it happened in
 * is rolled back, so what was saved before stays. Records are checked when read: one that
 * fails is reported in `skipped` and left out, never thrown at the page.
 *
 * Writes run in Dexie read-write transactions, which IndexedDB runs one after the other even
 * across pages (popup and side panel saving at the same moment): two saves of one url give
 * one record, the later save's content winning; two urls give two records.
 *
 * Search: each record has a small search row (db.ts); list() reads those rows once, keeps
 * them until the library changes, and filters, matches and orders them in memory, then reads
 * only the records of the page asked for. With 1,000 records in Chromium, from a keystroke in
 * the search box to the results shown takes about 40 ms (npm run bench:library -- --browser).
 */
import { Dexie, type DexieOptions } from 'dexie';
import { failure, ok, type Failure, type FailureKind, type Result } from '../errors';
import { LIBRARY_DB_NAME, LibraryDb, toDigestRow, toSearchRow, type DigestRow, type SearchRow } from './db';
import { mergeAsked, normaliseTags, validateRecord, type SavedDigest } from './record';
import { parseQuery, type ParsedQuery } from './search-text';

export interface LibraryQuery {
  /** Words to find in titles, sites, bullets, FAQ and tags; the last one as a prefix. */
  query?: string;
  site?: string;
  lang?: string;
  tag?: string;
  starred?: boolean;
  offset?: number;
  /** Records to read (newest first); the total counts every match. Default 50. */
  limit?: number;
}

export interface SkippedRecord {
  /** The record's key (its url) or, in an imported file, its position. */
  key: string;
  reason: string;
}

export interface LibraryPage {
  records: SavedDigest[];
  /** Every record matching the query, including those beyond `limit`. */
  total: number;
  skipped: SkippedRecord[];
}

export interface LibraryFacets {
  /** Records in the library that can be listed (unreadable ones are reported by list). */
  total: number;
  sites: string[];
  langs: string[];
  tags: string[];
}

export interface ImportReport {
  added: number;
  /** Already there (same url): merged, the imported star, tags or newer content taken. */
  updated: number;
  /** Already there with the same content, nothing new: left as it was. */
  unchanged: number;
  skipped: SkippedRecord[];
}

export interface Usage {
  usage?: number;
  quota?: number;
}

export interface LibraryOptions {
  name?: string;
  /** An IndexedDB implementation (tests: fake-indexeddb). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  now?: () => number;
  /** navigator.storage by default. */
  storage?: Pick<StorageManager, 'estimate'>;
}

export interface LibraryRepository {
  readonly db: LibraryDb;
  /** Saves a digest; saving the same url again updates it (keeping its star, tags, first save). */
  save(record: SavedDigest): Promise<Result<{ record: SavedDigest; created: boolean }>>;
  get(url: string): Promise<Result<SavedDigest | undefined>>;
  /** Newest first (by first save), filtered, searched. */
  list(q?: LibraryQuery): Promise<Result<LibraryPage>>;
  search(query: string, filters?: Omit<LibraryQuery, 'query'>): Promise<Result<LibraryPage>>;
  facets(): Promise<Result<LibraryFacets>>;
  /** Deletes one record and returns it, for undo. */
  remove(url: string): Promise<Result<SavedDigest | undefined>>;
  /** Undo of remove: puts the record back unless it was saved again in the meantime. */
  restore(record: SavedDigest): Promise<Result<boolean>>;
  setStarred(url: string, starred: boolean): Promise<Result<SavedDigest>>;
  setTags(url: string, tags: string[]): Promise<Result<SavedDigest>>;
  /** Deletes every record; returns how many there were. */
  wipe(): Promise<Result<number>>;
  /** The records of `urls`, or all of them (newest first), checked. */
  exportRecords(urls?: string[]): Promise<Result<{ records: SavedDigest[]; skipped: SkippedRecord[] }>>;
  /** Merges records (from an export): no duplicates, same url = one record. */
  importRecords(records: SavedDigest[]): Promise<Result<ImportReport>>;
  usage(): Promise<Usage | undefined>;
  /** Calls `listener` when the library changes, in this page or another of the extension. */
  onChange(listener: () => void): () => void;
  close(): void;
}

// ---------------------------------------------------------------------------------------------
// Errors

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'VersionError', 'InvalidAccessError']);

/** The errors an error wraps: Dexie's `inner`, `cause`, a BulkError's failures. */
function causes(e: Record<string, unknown>): unknown[] {
  const out: unknown[] = [e.inner, e.cause];
  if (Array.isArray(e.failures)) out.push(...e.failures.slice(0, 10));
  if (e.failuresByPos && typeof e.failuresByPos === 'object') out.push(...Object.values(e.failuresByPos).slice(0, 10));
  return out.filter((c) => c && c !== e);
}

function someInChain(e: unknown, test: (x: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 6) return false;
  const x = e as Record<string, unknown>;
  return test(x) || causes(x).some((c) => someInChain(c, test, depth + 1));
}

/** A full disk or storage quota, whether the browser's DOMException or Dexie's wrapping of it. */
export function isQuotaError(e: unknown): boolean {
  return someInChain(
    e,
    (x) =>
      QUOTA_NAMES.has(String(x.name)) ||
      // Chrome reports a full disk as an UnknownError with a message about space.
      /quota|disk (is )?full|no space|not enough (disk )?space/i.test(String(x.message ?? '')),
  );
}

export function storageFailure(e: unknown): Failure {
  const x = (e ?? {}) as { name?: string; message?: string };
  const detail = `${x.name ?? 'Error'}: ${String(x.message ?? e)}`.slice(0, 300);
  let kind: FailureKind = 'storage-failed';
  if (isQuotaError(e)) kind = 'storage-full';
  else if (someInChain(e, (c) => UNAVAILABLE_NAMES.has(String(c.name)))) kind = 'storage-unavailable';
  return failure(kind, detail);
}

class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

async function run<T>(op: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await op());
  } catch (e) {
    return { ok: false, error: e instanceof Refusal ? e.failure : storageFailure(e) };
  }
}

// ---------------------------------------------------------------------------------------------
// Merging

const sameRecord = (a: SavedDigest, b: SavedDigest) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An imported record meeting one already saved under its url: one record comes out. Star and
 * tags add up, the first save stays the first; the content (digest, article, sentences) is
 * the one read last.
 */
export function mergeImported(existing: SavedDigest, incoming: SavedDigest): SavedDigest {
  const newer = incoming.contentHash !== existing.contentHash && incoming.readAt > existing.readAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  return withAsked({
    ...newer,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    readAt: Math.max(existing.readAt, incoming.readAt),
    starred: existing.starred || incoming.starred,
    tags: normaliseTags([...existing.tags, ...incoming.tags]),
  }, mergeAsked(older, newer));
}

/** The record with these questions (none: the member left out, as records without questions have it). */
function withAsked(r: SavedDigest, asked: SavedDigest['asked']): SavedDigest {
  const { asked: _old, ...rest } = r;
  return asked ? { ...rest, asked } : rest;
}

// ---------------------------------------------------------------------------------------------
// Search over the small rows

/** Every constraint of the query: filters, every whole word, the last word as a prefix. */
export function matchesRow(r: SearchRow, q: LibraryQuery, parsed: ParsedQuery): boolean {
  if (q.site !== undefined && r.site !== q.site) return false;
  if (q.lang !== undefined && r.lang !== q.lang) return false;
  if (q.starred && !r.starred) return false;
  if (q.tag !== undefined && !r.tags?.includes(q.tag)) return false;
  const words = typeof r.words === 'string' ? r.words : '';
  for (const w of parsed.whole) if (!words.includes(` ${w} `)) return false;
  return parsed.prefix === undefined || words.includes(` ${parsed.prefix}`);
}

/** Newest first by first save; ties by url, so the order is stable. */
const newestFirst = (a: SearchRow, b: SearchRow) => b.savedAt - a.savedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

// ---------------------------------------------------------------------------------------------

export function openLibrary(options: LibraryOptions = {}): LibraryRepository {
  const name = options.name ?? LIBRARY_DB_NAME;
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new LibraryDb(name, dexieOptions);
  const now = options.now ?? Date.now;
  const table = db.digests;

  const check = (row: unknown, key: string, skipped: SkippedRecord[]): SavedDigest | undefined => {
    const r = validateRecord(row);
    if (r.ok) return r.value;
    skipped.push({ key, reason: r.reason });
    return undefined;
  };

  /** Reads one record for a change; fails when it is gone or unreadable. */
  const current = async (url: string): Promise<SavedDigest> => {
    const row = await table.get(url);
    if (!row) throw new Refusal(failure('not-in-library', url));
    const r = validateRecord(row);
    if (!r.ok) throw new Refusal(failure('storage-failed', `unreadable record: ${r.reason}`));
    return r.value;
  };

  /** Writes a record and its search row (inside the caller's transaction). */
  const write = async (r: SavedDigest) => {
    await table.put(toDigestRow(r));
    await db.search.put(toSearchRow(r));
  };

  // The search rows of every record, newest first, kept between queries (each keystroke of
  // a search is a query) until the library changes, in this page or another: Dexie reports
  // every committed write of any page of the extension (storagemutated, BroadcastChannel).
  let snapshot: { rows: SearchRow[]; count: number } | undefined;
  let generation = 0;
  const changed = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(`idb://${name}/`))) {
      generation++;
      snapshot = undefined;
    }
  };
  Dexie.on.storagemutated.subscribe(changed);

  const list = (q: LibraryQuery = {}) =>
    run(() =>
      db.transaction('r', [table, db.search], async () => {
        const offset = Math.max(0, q.offset ?? 0);
        const limit = Math.max(0, q.limit ?? 50);
        let snap = snapshot;
        if (!snap) {
          const g = generation;
          const [rows, count] = await Promise.all([db.search.toArray(), table.count()]);
          snap = { rows: rows.sort(newestFirst), count };
          if (g === generation) snapshot = snap;
        }
        // Filters, words and order in memory; only the records shown are read.
        const parsed = parseQuery(q.query ?? '');
        const matches = snap.rows.filter((r) => matchesRow(r, q, parsed));
        const skipped: SkippedRecord[] = [];
        const pageKeys = matches.slice(offset, offset + limit).map((r) => r.url);
        // A record gone since the snapshot (deleted in another page a moment ago) is left out.
        const records = (await table.bulkGet(pageKeys)).flatMap((row, i) => (row === undefined ? [] : (check(row, pageKeys[i], skipped) ?? [])));
        // A record without a search row (unreadable when the database was upgraded, or
        // damaged since) is in no result: found by difference, reported.
        if (offset === 0 && snap.count !== snap.rows.length) {
          const indexed = new Set(snap.rows.map((r) => r.url));
          const lost = (await table.toCollection().primaryKeys()).filter((k) => !indexed.has(k));
          (await table.bulkGet(lost)).forEach((row, i) => row !== undefined && check(row, lost[i], skipped));
        }
        return { records, total: matches.length, skipped };
      }),
    );

  return {
    db,

    save: (record) =>
      run(() => {
        const checked = validateRecord(record);
        if (!checked.ok) throw new Refusal(failure('storage-failed', `not a valid record: ${checked.reason}`));
        const incoming = checked.value;
        return db.transaction('rw', [table, db.search], async () => {
          const row = await table.get(incoming.url);
          const before = row && validateRecord(row);
          const next: SavedDigest =
            before && before.ok
              ? withAsked({ ...incoming, savedAt: before.value.savedAt, starred: before.value.starred, tags: before.value.tags, updatedAt: now() }, mergeAsked(before.value, incoming))
              : incoming;
          await write(next);
          return { record: next, created: !row };
        });
      }),

    get: (url) =>
      run(async () => {
        const row = await table.get(url);
        if (!row) return undefined;
        const r = validateRecord(row);
        if (!r.ok) throw new Refusal(failure('storage-failed', `unreadable record: ${r.reason}`));
        return r.value;
      }),

    list,
    search: (query, filters = {}) => list({ ...filters, query }),

    facets: () =>
      run(() =>
        db.transaction('r', db.search, async () => {
          const rows = await db.search.toArray();
          const total = rows.length;
          const unique = (values: string[]) => [...new Set(values.filter((v) => typeof v === 'string' && v !== ''))].sort();
          return { total, sites: unique(rows.map((r) => r.site)), langs: unique(rows.map((r) => r.lang)), tags: unique(rows.flatMap((r) => r.tags ?? [])) };
        }),
      ),

    remove: (url) =>
      run(() =>
        db.transaction('rw', [table, db.search], async () => {
          const row = await table.get(url);
          if (!row) return undefined;
          await table.delete(url);
          await db.search.delete(url);
          const r = validateRecord(row);
          return r.ok ? r.value : undefined;
        }),
      ),

    restore: (record) =>
      run(() => {
        const checked = validateRecord(record);
        if (!checked.ok) throw new Refusal(failure('storage-failed', `not a valid record: ${checked.reason}`));
        return db.transaction('rw', [table, db.search], async () => {
          if (await table.get(checked.value.url)) return false;
          await write(checked.value);
          return true;
        });
      }),

    setStarred: (url, starred) =>
      run(() =>
        db.transaction('rw', [table, db.search], async () => {
          const next = { ...(await current(url)), starred, updatedAt: now() };
          await write(next);
          return next;
        }),
      ),

    setTags: (url, tags) =>
      run(() =>
        db.transaction('rw', [table, db.search], async () => {
          const next = { ...(await current(url)), tags: normaliseTags(tags), updatedAt: now() };
          await write(next);
          return next;
        }),
      ),

    wipe: () =>
      run(() =>
        db.transaction('rw', [table, db.search], async () => {
          const n = await table.count();
          await table.clear();
          await db.search.clear();
          return n;
        }),
      ),

    exportRecords: (urls) =>
      run(() =>
        db.transaction('r', table, async () => {
          const skipped: SkippedRecord[] = [];
          let rows: (DigestRow | undefined)[];
          let keys: string[];
          if (urls) {
            keys = [...new Set(urls)];
            rows = await table.bulkGet(keys);
          } else {
            rows = await table.toArray();
            keys = rows.map((r) => String((r as { url?: unknown })?.url));
          }
          const records = rows.flatMap((row, i) => (row === undefined ? [] : (check(row, keys[i], skipped) ?? [])));
          records.sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0));
          return { records, skipped };
        }),
      ),

    importRecords: (records) =>
      run(() => {
        const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [] };
        const incoming = new Map<string, SavedDigest>();
        records.forEach((r, i) => {
          const checked = validateRecord(r);
          if (!checked.ok) return report.skipped.push({ key: `#${i + 1}`, reason: checked.reason });
          const v = checked.value;
          const dup = incoming.get(v.url);
          incoming.set(v.url, dup ? mergeImported(dup, v) : v);
        });
        return db.transaction('rw', [table, db.search], async () => {
          const keys = [...incoming.keys()];
          const rows = await table.bulkGet(keys);
          const writes: SavedDigest[] = [];
          rows.forEach((row, i) => {
            const next = incoming.get(keys[i])!;
            const before = row && validateRecord(row);
            if (!before || !before.ok) {
              // Nothing there, or an unreadable record the import replaces.
              writes.push(next);
              if (row) report.updated++;
              else report.added++;
              return;
            }
            const merged = mergeImported(before.value, next);
            if (sameRecord(merged, before.value)) report.unchanged++;
            else {
              writes.push(merged);
              report.updated++;
            }
          });
          if (writes.length) {
            await table.bulkPut(writes.map(toDigestRow));
            await db.search.bulkPut(writes.map(toSearchRow));
          }
          return report;
        });
      }),

    usage: async () => {
      const storage = options.storage ?? (typeof navigator !== 'undefined' ? navigator.storage : undefined);
      if (!storage?.estimate) return undefined;
      try {
        const { usage, quota } = await storage.estimate();
        return { usage, quota };
      } catch {
        return undefined;
      }
    },

    onChange: (listener) => {
      const prefix = `idb://${name}/`;
      const fn = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((k) => k.startsWith(prefix))) listener();
      };
      Dexie.on.storagemutated.subscribe(fn);
      return () => Dexie.on.storagemutated.unsubscribe(fn);
    },

    close: () => {
      Dexie.on.storagemutated.unsubscribe(changed);
      db.close();
    },
  };
}

let shared: LibraryRepository | undefined;

/** The extension's library (one connection per page). */
export function library(): LibraryRepository {
  return (shared ??= openLibrary());
}
