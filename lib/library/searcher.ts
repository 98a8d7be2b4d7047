/**
 * The library as a page searches it: the small search rows of every record (filters and the
 * newest-first order) and the full-text index (lib/library/search-index.ts), kept in memory
 * between queries (each keystroke is one) and brought up to date when the library changes,
 * in this page or another (Dexie reports every committed write of any page of the extension).
 *
 * The index is built from the records' index documents (the docs table: stems already made),
 * once, then kept in step: after a change, only the records whose rev moved are read
 * again. The library page starts building it when it opens (warm()), so that the first
 * keystroke finds it ready.
 */
import type { LibraryDb, SearchRow } from './db';
import { SearchIndex } from './search-index';

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

export interface Searcher {
  /** The rows and, when asked, the index, both as the library is now. */
  current(withIndex: boolean): Promise<{ snap: Snapshot; index?: SearchIndex }>;
  /** Builds the index ahead of the first query. */
  warm(): Promise<void>;
  /** The library changed: the rows are read again, the index brought up to date at the next query. */
  invalidate(): void;
}

export function createSearcher(db: LibraryDb): Searcher {
  let snap: Snapshot | undefined;
  let generation = 0;
  let index: SearchIndex | undefined;
  /** rev of each record as indexed. */
  const indexed = new Map<string, string>();
  // One reading at a time (a keystroke while the index is being built waits for that build),
  // each in its own read transaction, so that rows and index documents agree.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };

  const current = (withIndex: boolean) =>
    serial(async () => {
      const g = generation;
      const read = await db.transaction('r', [db.digests, db.search, db.docs], async () => {
        let s = snap;
        if (!s) {
          const [rows, count] = await Promise.all([db.search.toArray(), db.digests.count()]);
          s = { rows: rows.sort(newestFirst), byUrl: new Map(rows.map((r) => [r.url, r])), count };
        }
        if (!withIndex) return { s };
        if (!index) return { s, all: await db.docs.toArray() };
        const stale = s.rows.filter((r) => indexed.get(r.url) !== r.rev).map((r) => r.url);
        return { s, stale, docs: stale.length ? await db.docs.bulkGet(stale) : [] };
      });
      const s = read.s;
      if (g === generation) snap = s;
      if (!withIndex) return { snap: s };
      if (read.all) {
        const docs = read.all.filter((d) => s.byUrl.has(d.id));
        index = await SearchIndex.ofAsync(docs);
        for (const d of docs) indexed.set(d.id, s.byUrl.get(d.id)!.rev);
      } else if (index) {
        for (const url of [...indexed.keys()]) {
          if (s.byUrl.has(url)) continue;
          index.remove(url);
          indexed.delete(url);
        }
        read.docs?.forEach((d, i) => {
          if (!d) return;
          index!.set(d);
          indexed.set(read.stale![i], s.byUrl.get(read.stale![i])!.rev);
        });
      }
      return { snap: s, index };
    });

  return {
    current,
    warm: async () => {
      await current(true);
    },
    invalidate() {
      generation++;
      snap = undefined;
    },
  };
}
