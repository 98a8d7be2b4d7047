/**
 * The library's IndexedDB database, through Dexie. Only lib/library/repository.ts opens it.
 *
 * Schema history (never edit a published version; add one):
 *   1  digests: the saved records keyed by url (+ site and lang beside each record); indexes
 *      savedAt (newest first), site, lang, tags (multi-entry).
 *   2  + search: one small row per record (url, savedAt, site, lang, star, tags and the
 *      normalised words of title, site, bullets, FAQ and tags as one string), read whole to
 *      filter, match and order in memory. The upgrade builds it from version 1.
 *   3  search rows lose their words and gain rev (a new value at each write: what changed
 *      since the full-text index was built); + docs: each record's index document (lib/library/search-index.ts:
 *      the stems of its title, tags, site, bullets, FAQ and sentences), read to build the
 *      index without reading the records; + cache: the full-text index as last saved (one
 *      row, rebuilt from docs when missing). The upgrade rebuilds search and docs from the
 *      records.
 *   4  the cache holds the index packed (lib/library/search-pack.ts: typed arrays that load at
 *      once) under 'search-pack'; the upgrade deletes version 3's JSON ('search-index'), which
 *      no page reads any more. Tables unchanged; search rows written from then on carry doc,
 *      the version of the record's index document (rows without it are indexed by rev).
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { siteOf, validateRecord, type SavedDigest } from './record';
import { docVersion, searchDoc, type SearchDoc } from './search-index';
import type { SearchPack } from './search-pack';

export const LIBRARY_DB_NAME = 'en-bref-library';

export const SCHEMAS = {
  1: { digests: 'url, savedAt, site, lang, *tags' },
  2: { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt' },
  3: { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt', docs: 'id', cache: 'id' },
  4: { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt', docs: 'id', cache: 'id' },
} as const;

export const LIBRARY_DB_VERSION = 4;

/** A record as stored: with its site and language beside it, for version 1's indexes. */
export type DigestRow = SavedDigest & { site: string; lang: string };

/** What filters and ordering read: derived from the record, rewritten with it. */
export interface SearchRow {
  url: string;
  savedAt: number;
  /** New at each write of the record: the index reads again the documents whose rev moved. */
  rev: string;
  site: string;
  lang: string;
  starred: boolean;
  tags: string[];
  /**
   * The version of the record's index document (search-index.ts's docVersion): a write that
   * leaves it as it was (a star, a new reading date) is not indexed again. Absent in rows
   * written before it: then rev stands for it.
   */
  doc?: string;
}

export const toDigestRow = (r: SavedDigest): DigestRow => ({ ...r, site: siteOf(r), lang: r.article.lang });

let writes = 0;
/** Unique across pages and sessions without a clock: two changes in one millisecond differ. */
const newRev = () => `${Date.now().toString(36)}.${(writes++).toString(36)}.${Math.random().toString(36).slice(2, 8)}`;

/** The search row of a record whose index document is `doc`. */
export function toSearchRow(r: SavedDigest, doc: SearchDoc = searchDoc(r)): SearchRow {
  return { url: r.url, savedAt: r.savedAt, rev: newRev(), site: siteOf(r), lang: r.article.lang, starred: r.starred, tags: r.tags, doc: docVersion(doc) };
}

/**
 * An older row's search row and index document, or none when it does not validate (it is then
 * reported as unreadable when listed). Never throws: one bad row must not block the upgrade.
 */
export function searchRowsOf(row: unknown): { row: SearchRow; doc: SearchDoc } | undefined {
  try {
    const checked = validateRecord(row);
    if (!checked.ok) return undefined;
    const doc = searchDoc(checked.value);
    return { row: toSearchRow(checked.value, doc), doc };
  } catch {
    return undefined;
  }
}

/** The full-text index saved (search-pack.ts), with the revision of each record it holds. */
export type SavedIndex = SearchPack & { id: string };

/** The tables whose changes change the library (the cache only saves work). */
export const LIBRARY_TABLES = ['digests', 'search', 'docs'] as const;

export class LibraryDb extends Dexie {
  declare digests: Table<DigestRow, string>;
  declare search: Table<SearchRow, string>;
  declare docs: Table<SearchDoc, string>;
  declare cache: Table<SavedIndex, string>;

  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    // Version 2's rows are rebuilt by version 3: its upgrade has nothing left to do.
    this.version(2).stores(SCHEMAS[2]);
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade(async (tx) => {
        const rows: SearchRow[] = [];
        const docs: SearchDoc[] = [];
        await tx
          .table('digests')
          .toCollection()
          .each((row: unknown) => {
            const s = searchRowsOf(row);
            if (!s) return;
            rows.push(s.row);
            docs.push(s.doc);
          });
        await tx.table('search').clear();
        await tx.table('search').bulkPut(rows);
        await tx.table('docs').bulkPut(docs);
      });
    this.version(4)
      .stores(SCHEMAS[4])
      .upgrade((tx) => tx.table('cache').delete('search-index'));
  }
}
