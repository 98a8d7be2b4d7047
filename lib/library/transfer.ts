/**
 * The library's export and import (lib/library/repository.ts runs them, each inside `run` for its
 * typed failures): read records out for a file, and merge a file's records in, one transaction
 * each. A record that fails its check is reported in `skipped`, never thrown.
 */
import { toDigestRow, toSearchRow, type DigestRow, type LibraryDb } from './db';
import { mergeImported, sameRecord } from './merge';
import { validateRecord, type SavedDigest } from './record';
import type { ImportReport, SkippedRecord } from './repository';
import { searchDoc } from './search-index';
import type { IndexedDocs } from './searcher';

/** A stored row as a record, or reported in `skipped` under `key` when it fails its check. */
export function checkRow(row: unknown, key: string, skipped: SkippedRecord[]): SavedDigest | undefined {
  const r = validateRecord(row);
  if (r.ok) return r.value;
  skipped.push({ key, reason: r.reason });
  return undefined;
}

/** The records to export (those of `urls`, or all), newest first. */
export function exportRows(db: LibraryDb, urls: string[] | undefined): Promise<{ records: SavedDigest[]; skipped: SkippedRecord[] }> {
  const table = db.digests;
  return db.transaction('r', table, async () => {
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
    const records = rows.flatMap((row, i) => (row === undefined ? [] : (checkRow(row, keys[i], skipped) ?? [])));
    records.sort((a, b) => b.savedAt - a.savedAt || (a.url < b.url ? 1 : a.url > b.url ? -1 : 0));
    return { records, skipped };
  });
}

/**
 * Merges an export's records in: new ones added, known ones merged (mergeImported), the rest
 * left. `written`: told the index documents written and their versions (searcher.ts indexes
 * them without reading them back).
 */
export function importRows(db: LibraryDb, records: SavedDigest[], written?: (docs: IndexedDocs) => void): Promise<ImportReport> {
  const table = db.digests;
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped: [] };
  const incoming = new Map<string, SavedDigest>();
  records.forEach((r, i) => {
    const checked = validateRecord(r);
    if (!checked.ok) return report.skipped.push({ key: `#${i + 1}`, reason: checked.reason });
    const v = checked.value;
    const dup = incoming.get(v.url);
    incoming.set(v.url, dup ? mergeImported(dup, v) : v);
  });
  return db.transaction('rw', [table, db.search, db.docs, db.cache], async () => {
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
      const docs = writes.map(searchDoc);
      const searchRows = writes.map((r, i) => toSearchRow(r, docs[i]));
      await db.search.bulkPut(searchRows);
      await db.docs.bulkPut(docs);
      written?.(docs.map((doc, i) => ({ doc, version: searchRows[i].doc })));
    }
    return report;
  });
}
