/**
 * The library as a page searches it: the small search rows of every record (filters and the
 * newest-first order) and the full-text index (lib/library/search-index.ts), kept in memory
 * between queries (each keystroke is one) and brought up to date when the library changes,
 * in this page or another (Dexie reports every committed write of any page of the extension).
 *
 * The rows are read on their own: listing never waits for the index. The index comes from
 * the last one saved in the cache table, packed (search-pack.ts: it loads at once, 10,000
 * records in tens of milliseconds, where MiniSearch's JSON took seconds), brought up to date
 * (the records whose revision moved are read again from docs), or, without one, is built
 * from docs and then saved for the next page; an import saves it before it reports. Pages
 * start on it when they open (warm()), so that the first keystroke finds it ready.
 */
import type { LibraryDb, SearchRow } from './db';
import type { SavedDigest } from './record';
import { SearchIndex, type SearchDoc } from './search-index';
import { isPack, type SearchPack } from './search-pack';

/** The cache row holding the saved index. */
export const PACK_ID = 'search-pack';

export interface Filters {
  site?: string;
  lang?: string;
  tag?: string;
  starred?: boolean;
}

export interface Snapshot {
  /** Every search row, newest first. */
  rows: SearchRow[];
  byUrl: Map<string, SearchRow>;
  /** Records in the digests table (more than rows when some could not be indexed). */
  count: number;
}

/**
 * What the index holds of a record is as current as its row says: the version of its index
 * document, or (rows written before it was kept) the row's revision.
 */
const indexedAs = (r: SearchRow) => r.doc ?? r.rev;

/** Newest first by first save; ties by url, so the order is stable. */
export const newestFirst = (a: SearchRow, b: SearchRow) => b.savedAt - a.savedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0);

/** Does a row pass the filters? */
export function passes(r: SearchRow, f: Filters): boolean {
  if (f.site !== undefined && r.site !== f.site) return false;
  if (f.lang !== undefined && r.lang !== f.lang) return false;
  if (f.starred && !r.starred) return false;
  if (f.tag !== undefined && !r.tags?.includes(f.tag)) return false;
  return true;
}

/** More records than this changed at once, and most of the library: the index is made anew. */
const REBUILD_AT = 200;

/** The saved index is saved again when this share of the records changed since. */
const RESAVE_SHARE = 0.1;

/** Index documents just written, with their versions (SearchRow.doc). */
export type IndexedDocs = { doc: SearchDoc; version: string | undefined }[];

export interface Searcher {
  /** The rows as the library is now. */
  snapshot(): Promise<Snapshot>;
  /** The rows and the index, both as the library is now. */
  indexed(): Promise<{ snap: Snapshot; index: SearchIndex }>;
  /** Prepares the index ahead of the first query. */
  warm(): Promise<void>;
  /** The library changed: the rows are read again, the index brought up to date at the next query. */
  invalidate(): void;
  /**
   * Brings the index up to date and saves it for the next page, now (after an import). `docs`:
   * the index documents just written and their versions (SearchRow.doc), used rather than read
   * back while their rows still say so.
   */
  persist(docs?: IndexedDocs): Promise<void>;
}

export function createSearcher(db: LibraryDb): Searcher {
  let snap: Snapshot | undefined;
  let generation = 0;
  let index: SearchIndex | undefined;
  /** The version of each record as indexed (indexedAs). */
  const revs = new Map<string, string>();
  /** Records changed since the index was last saved. */
  let unsaved = 0;
  // One index update at a time (a keystroke while the index is being built waits for that
  // build); the rows are read beside it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const readRows = async (): Promise<Snapshot> => {
    const [rows, count] = await Promise.all([db.search.toArray(), db.digests.count()]);
    return { rows: rows.sort(newestFirst), byUrl: new Map(rows.map((r) => [r.url, r])), count };
  };

  /** The rows being read, and for which generation: the list and the index opening together read them once. */
  let reading: { g: number; rows: Promise<Snapshot> } | undefined;
  const snapshot = async (): Promise<Snapshot> => {
    if (snap) return snap;
    const g = generation;
    if (reading?.g !== g) {
      const rows = db.transaction('r', [db.search, db.digests], readRows);
      reading = { g, rows };
      // A failed read is tried again by the next call, not handed to every later one.
      rows.catch(() => reading?.rows === rows && (reading = undefined));
    }
    const s = await reading.rows;
    if (g === generation) snap = s;
    return s;
  };

  const invalidate = () => {
    generation++;
    snap = undefined;
  };

  /** Writes the index for the next page (search-pack.ts), with the revision of each record. */
  const write = async () => {
    if (!index) return;
    const pack = index.toPack(revs);
    await db.cache.put({ id: PACK_ID, ...pack });
    // The JSON of version 3, if still there, is no longer read.
    await db.cache.delete('search-index');
  };

  /** Saves the index for the next page, in a moment when this one is idle. */
  const save = () => {
    const idle =
      (globalThis as { requestIdleCallback?: (fn: () => void, o?: { timeout: number }) => void }).requestIdleCallback ??
      ((fn: () => void) => setTimeout(fn, 0));
    idle(() => void serial(write).catch(() => undefined), { timeout: 2_000 });
  };

  /**
   * Index documents the caller has in hand (an import just wrote them), by url: not read back
   * from IndexedDB, where 10,000 of them weigh tens of megabytes.
   */
  let given = new Map<string, { doc: SearchDoc; version: string | undefined }>();
  /** The given document of a row, unless written again since (by another page). */
  const givenFor = (row: SearchRow | undefined) => {
    const g = row && given.get(row.url);
    return g && row.doc !== undefined && g.version === row.doc ? g.doc : undefined;
  };

  /** The documents of the rows `rows` (those gone left out), given or read. */
  const docsOf = async (rows: SearchRow[]): Promise<(SearchDoc | undefined)[]> => {
    const missing = rows.filter((r) => !givenFor(r)).map((r) => r.url);
    const read = new Map<string, SearchDoc | undefined>();
    if (missing.length) (await db.docs.bulkGet(missing)).forEach((d, i) => read.set(missing[i], d));
    return rows.map((r) => givenFor(r) ?? read.get(r.url));
  };

  /** The index made anew from every document of the rows `s`. */
  const rebuild = async (s: Snapshot) => {
    const docs = s.rows.every((r) => givenFor(r)) ? s.rows.map((r) => givenFor(r)!) : (await db.docs.toArray()).filter((d) => s.byUrl.has(d.id));
    revs.clear();
    for (const d of docs) revs.set(d.id, indexedAs(s.byUrl.get(d.id)!));
    index = await SearchIndex.ofAsync(docs, revs);
  };

  /** The rows `index` last followed: nothing to compare again while they are current. */
  let followed: Snapshot | undefined;

  /** Brings the index in step with the rows `s`: drops what is gone, reads again what changed. */
  const follow = async (s: Snapshot) => {
    if (s === followed) return;
    for (const url of [...revs.keys()]) {
      if (s.byUrl.has(url)) continue;
      index!.remove(url);
      revs.delete(url);
      unsaved++;
    }
    const stale = s.rows.filter((r) => revs.get(r.url) !== indexedAs(r));
    if (stale.length > REBUILD_AT && stale.length > s.rows.length / 2) {
      // Most of the library is new (an import): packed anew rather than added one by one.
      await rebuild(s);
      unsaved += stale.length;
    } else if (stale.length) {
      const docs = await docsOf(stale);
      docs.forEach((d, i) => {
        if (!d) return;
        index!.set(d);
        revs.set(stale[i].url, indexedAs(stale[i]));
      });
      unsaved += stale.length;
    }
    followed = s;
  };

  /** The saved pack, if this version can read it. */
  const readPack = async (): Promise<SearchPack | undefined> => {
    const saved = await db.cache.get(PACK_ID);
    return isPack(saved) ? saved : undefined;
  };

  const indexed = () =>
    serial(async () => {
      if (index) {
        const s = await snapshot();
        await follow(s);
        if (unsaved > RESAVE_SHARE * Math.max(1, index.size)) {
          unsaved = 0;
          save();
        }
        return { snap: s, index };
      }
      // The rows as the list reads them (once for both), and the saved index: they need not
      // agree, follow() reads again the records whose revision differs from the index's.
      const [s, saved] = await Promise.all([snapshot(), readPack()]);
      // A saved index missing most of the records (saved before an import) is not worth
      // following one record at a time: built again, a part at a time.
      const isCurrent = (url: string, i: number) => {
        const row = s.byUrl.get(url);
        return !!row && indexedAs(row) === saved!.revs[i];
      };
      const current = saved ? saved.ids.filter(isCurrent).length : 0;
      let fresh = !saved || current < s.rows.length / 2;
      if (!fresh && saved) {
        try {
          index = SearchIndex.fromPack(saved);
          saved.ids.forEach((url, i) => revs.set(url, saved.revs[i]));
        } catch {
          // A pack this version cannot read: built again.
          fresh = true;
        }
      }
      if (fresh) await rebuild(s);
      unsaved = 0;
      followed = undefined;
      await follow(s);
      if (fresh || unsaved > RESAVE_SHARE * Math.max(1, index!.size)) {
        unsaved = 0;
        save();
      }
      return { snap: s, index: index! };
    });

  /**
   * The index brought up to date and saved now, not when idle: after an import, which changes
   * many records at once, the next page must not build it again.
   */
  const persist = async (docs: IndexedDocs = []) => {
    // The change may not have been reported yet (Dexie tells after the commit): read again.
    invalidate();
    given = new Map(docs.map((d) => [d.doc.id, d]));
    try {
      await indexed();
    } finally {
      given = new Map();
    }
    unsaved = 0;
    await serial(write);
  };

  return {
    snapshot,
    indexed,
    warm: async () => {
      (await indexed()).index.prepare();
    },
    persist,
    invalidate,
  };
}

/** Records kept by shownRecords: a few pages of results. */
const SHOWN_KEPT = 300;

/**
 * The records the list showed lately, by url, with the revision of the search row they were
 * read under (a write gives a new one): a keystroke mostly shows records the one before showed,
 * and reading and checking them again from IndexedDB was most of its time after the search.
 * The same record object comes back while its revision stands, so the page need not draw it again.
 */
export function shownRecords() {
  const kept = new Map<string, { rev: string; record: SavedDigest }>();
  return {
    /** The records of `keys` (in order, those gone or unreadable left out): kept, else read with `get` and checked with `check`. */
    async read<Row>(
      keys: string[],
      snap: Snapshot,
      get: (keys: string[]) => Promise<(Row | undefined)[]>,
      check: (row: Row, key: string) => SavedDigest | undefined,
    ): Promise<SavedDigest[]> {
      const found = new Map<string, SavedDigest>();
      const missing: string[] = [];
      for (const k of keys) {
        const entry = kept.get(k);
        const rev = snap.byUrl.get(k)?.rev;
        if (entry && rev !== undefined && entry.rev === rev) found.set(k, entry.record);
        else missing.push(k);
      }
      if (missing.length) {
        (await get(missing)).forEach((row, i) => {
          if (row === undefined) return;
          const record = check(row, missing[i]);
          if (!record) return;
          found.set(missing[i], record);
          const rev = snap.byUrl.get(missing[i])?.rev;
          if (rev === undefined) return;
          kept.delete(missing[i]);
          if (kept.size >= SHOWN_KEPT) kept.delete(kept.keys().next().value!);
          kept.set(missing[i], { rev, record });
        });
      }
      return keys.flatMap((k) => found.get(k) ?? []);
    },
  };
}
