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
 * Search (searcher.ts): the small search rows and the full-text index stay in memory between
 * queries until the library changes; filters, ranking and order run there, and only the
 * records of the page asked for are read (npm run bench:library -- --browser times it).
 */
import { Dexie, type DexieOptions } from 'dexie';
import { failure, type Result } from '../errors';
import { LIBRARY_DB_NAME, LIBRARY_TABLES, LibraryDb, toDigestRow, toSearchRow } from './db';
import { Refusal, run } from './failures';
import { withAsked } from './merge';
import { mergeAsked, normaliseTags, validateRecord, type SavedDigest } from './record';
import { relatedHits, type PageText } from './related';
import { searchDoc } from './search-index';
import { checkRow, exportRows, importRows } from './transfer';
import { createSearcher, passes, shownRecords, type IndexedDocs } from './searcher';

export { isQuotaError, storageFailure } from './failures';
export { mergeImported } from './merge';

export interface LibraryQuery {
  /**
   * Words to find in titles, tags, sites, bullets, FAQ and the article's sentences, forgiving
   * typos, word forms, accents and other words for the same thing; the last word as a prefix.
   * Results best first; without words, newest first.
   */
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
  /** Per record shown (by url), the index terms it matched: the words to mark. */
  marks: Record<string, string[]>;
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
  /** Filtered; searched best first, else newest first (by first save). */
  list(q?: LibraryQuery): Promise<Result<LibraryPage>>;
  search(query: string, filters?: Omit<LibraryQuery, 'query'>): Promise<Result<LibraryPage>>;
  /** Prepares the full-text index, so that the first search does not wait for it. */
  warmSearch(): Promise<void>;
  /** Saved digests on the same subject as a page (not the page's own record, `self`), best first. */
  related(page: PageText, self?: string): Promise<Result<SavedDigest[]>>;
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

export function openLibrary(options: LibraryOptions = {}): LibraryRepository {
  const name = options.name ?? LIBRARY_DB_NAME;
  const dexieOptions: DexieOptions = {};
  if (options.indexedDB) dexieOptions.indexedDB = options.indexedDB;
  if (options.IDBKeyRange) dexieOptions.IDBKeyRange = options.IDBKeyRange;
  const db = new LibraryDb(name, dexieOptions);
  const now = options.now ?? Date.now;
  const table = db.digests;

  const check = checkRow;

  /** Reads one record for a change; fails when it is gone or unreadable. */
  const current = async (url: string): Promise<SavedDigest> => {
    const row = await table.get(url);
    if (!row) throw new Refusal(failure('not-in-library', url));
    const r = validateRecord(row);
    if (!r.ok) throw new Refusal(failure('storage-failed', `unreadable record: ${r.reason}`));
    return r.value;
  };

  /** Writes a record, its search row and its index document (inside the caller's transaction). */
  const write = async (r: SavedDigest) => {
    const doc = searchDoc(r);
    await table.put(toDigestRow(r));
    await db.search.put(toSearchRow(r, doc));
    await db.docs.put(doc);
  };
  const tables = [table, db.search, db.docs, db.cache];

  const searcher = createSearcher(db);
  const shown = shownRecords();
  // A change to the records, not to the saved index (which only saves work).
  const libraryChanged = (parts: Record<string, unknown>) => Object.keys(parts).some((k) => LIBRARY_TABLES.some((t) => k.startsWith(`idb://${name}/${t}/`)));
  const changed = (parts: Record<string, unknown>) => {
    if (libraryChanged(parts)) searcher.invalidate();
  };
  Dexie.on.storagemutated.subscribe(changed);

  const list = (q: LibraryQuery = {}) =>
    run(async () => {
      const offset = Math.max(0, q.offset ?? 0);
      const limit = Math.max(0, q.limit ?? 50);
      const query = q.query ?? '';
      const searching = /[\p{L}\p{N}]/u.test(query);
      // Filters, ranking and order in memory; only the records shown are read.
      const { snap, index } = searching ? await searcher.indexed() : { snap: await searcher.snapshot(), index: undefined };
      const hits = index?.search(query, (url) => {
        const row = snap.byUrl.get(url);
        return !!row && passes(row, q);
      });
      const matches = hits ? hits.map((h) => h.url) : snap.rows.filter((r) => passes(r, q)).map((r) => r.url);
      const pageKeys = matches.slice(offset, offset + limit);
      return db.transaction('r', table, async () => {
        const skipped: SkippedRecord[] = [];
        // A record gone since the snapshot (deleted in another page a moment ago) is left out.
        // Those shown a keystroke ago are not read again while their revision stands.
        const records = await shown.read(
          pageKeys,
          snap,
          (keys) => table.bulkGet(keys),
          (row, key) => check(row, key, skipped),
        );
        // A record without a search row (unreadable when the database was upgraded, or
        // damaged since) is in no result: found by difference, reported.
        if (offset === 0 && snap.count !== snap.rows.length) {
          const lost = (await table.toCollection().primaryKeys()).filter((k) => !snap.byUrl.has(k));
          (await table.bulkGet(lost)).forEach((row, i) => row !== undefined && check(row, lost[i], skipped));
        }
        const marks: Record<string, string[]> = {};
        for (const h of hits?.slice(offset, offset + limit) ?? []) marks[h.url] = h.terms;
        return { records, total: matches.length, skipped, marks };
      });
    });

  return {
    db,

    save: (record) =>
      run(() => {
        const checked = validateRecord(record);
        if (!checked.ok) throw new Refusal(failure('storage-failed', `not a valid record: ${checked.reason}`));
        const incoming = checked.value;
        return db.transaction('rw', tables, async () => {
          const row = await table.get(incoming.url);
          const before = row && validateRecord(row);
          const next: SavedDigest =
            before && before.ok
              ? withAsked(
                  { ...incoming, savedAt: before.value.savedAt, starred: before.value.starred, tags: before.value.tags, updatedAt: now() },
                  mergeAsked(before.value, incoming),
                )
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
    warmSearch: () => searcher.warm().catch(() => undefined),

    related: (page, self) =>
      run(async () => {
        const { index } = await searcher.indexed();
        const urls = relatedHits(index, page, self).map((h) => h.url);
        const rows = await table.bulkGet(urls);
        return rows.flatMap((row, i) => (row === undefined ? [] : (check(row, urls[i], []) ?? [])));
      }),

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
        db.transaction('rw', tables, async () => {
          const row = await table.get(url);
          if (!row) return undefined;
          await table.delete(url);
          await db.search.delete(url);
          await db.docs.delete(url);
          const r = validateRecord(row);
          return r.ok ? r.value : undefined;
        }),
      ),

    restore: (record) =>
      run(() => {
        const checked = validateRecord(record);
        if (!checked.ok) throw new Refusal(failure('storage-failed', `not a valid record: ${checked.reason}`));
        return db.transaction('rw', tables, async () => {
          if (await table.get(checked.value.url)) return false;
          await write(checked.value);
          return true;
        });
      }),

    setStarred: (url, starred) =>
      run(() =>
        db.transaction('rw', tables, async () => {
          const next = { ...(await current(url)), starred, updatedAt: now() };
          await write(next);
          return next;
        }),
      ),

    setTags: (url, tags) =>
      run(() =>
        db.transaction('rw', tables, async () => {
          const next = { ...(await current(url)), tags: normaliseTags(tags), updatedAt: now() };
          await write(next);
          return next;
        }),
      ),

    wipe: () =>
      run(() =>
        db.transaction('rw', tables, async () => {
          const n = await table.count();
          await table.clear();
          await db.search.clear();
          await db.docs.clear();
          await db.cache.clear();
          return n;
        }),
      ),

    exportRecords: (urls) => run(() => exportRows(db, urls)),

    importRecords: (records) =>
      run(async () => {
        let written: IndexedDocs = [];
        const report = await importRows(db, records, (docs) => (written = docs));
        // Many records at once: indexed here, so that the next page finds the index saved.
        if (report.added + report.updated) await searcher.persist(written).catch(() => undefined);
        return report;
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
      const fn = (parts: Record<string, unknown>) => {
        if (libraryChanged(parts)) listener();
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
