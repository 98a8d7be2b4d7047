/**
 * The library's IndexedDB database, through Dexie. Only lib/library/repository.ts opens it.
 *
 * Schema history (never edit a published version; add one):
 *   1  digests: the saved records keyed by url (+ site and lang beside each record); indexes
 *      savedAt (newest first), site, lang, tags (multi-entry).
 *   2  + search: one small row per record (url, savedAt, site, lang, star, tags and the
 *      normalised words of title, site, bullets, FAQ and tags as one string). Reading every
 *      row of this table is cheap (about 1.5 kB a record, against ~13 kB for a record with its
 *      sentences), so search, filters and the newest-first order run in memory over it, and
 *      only the records shown are read from digests. The upgrade builds it from version 1.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { searchableWords, siteOf, validateRecord, type SavedDigest } from './record';

export const LIBRARY_DB_NAME = 'en-bref-library';

export const SCHEMAS = {
  1: { digests: 'url, savedAt, site, lang, *tags' },
  2: { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt' },
} as const;

export const LIBRARY_DB_VERSION = 2;

/** A record as stored: with its site and language beside it, for version 1's indexes. */
export type DigestRow = SavedDigest & { site: string; lang: string };

/** What search, filters and ordering read: derived from the record, rewritten with it. */
export interface SearchRow {
  url: string;
  savedAt: number;
  site: string;
  lang: string;
  starred: boolean;
  tags: string[];
  /** Unique normalised words, each followed by a space, after a leading space: " velo lyrac ete ". */
  words: string;
}

export const toDigestRow = (r: SavedDigest): DigestRow => ({ ...r, site: siteOf(r), lang: r.article.lang });

export function toSearchRow(r: SavedDigest): SearchRow {
  return { url: r.url, savedAt: r.savedAt, site: siteOf(r), lang: r.article.lang, starred: r.starred, tags: r.tags, words: ` ${searchableWords(r).join(' ')} ` };
}

/**
 * Version 1 -> 2 for one row: its search row, or none when it does not validate (it is then
 * reported as unreadable when listed). Never throws: one bad row must not block the upgrade.
 */
export function searchRowFromVersion1(row: unknown): SearchRow | undefined {
  try {
    const checked = validateRecord(row);
    return checked.ok ? toSearchRow(checked.value) : undefined;
  } catch {
    return undefined;
  }
}

export class LibraryDb extends Dexie {
  declare digests: Table<DigestRow, string>;
  declare search: Table<SearchRow, string>;

  constructor(name = LIBRARY_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade(async (tx) => {
        const rows: SearchRow[] = [];
        await tx
          .table('digests')
          .toCollection()
          .each((row: unknown) => {
            const s = searchRowFromVersion1(row);
            if (s) rows.push(s);
          });
        await tx.table('search').bulkPut(rows);
      });
  }
}
