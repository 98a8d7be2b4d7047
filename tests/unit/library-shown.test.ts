/**
 * The records the library page showed a keystroke ago are not read again from IndexedDB while
 * their search row's revision stands (lib/library/searcher.ts's shownRecords).
 */
import { describe, expect, it } from 'vitest';
import type { SearchRow } from '../../lib/library/db';
import type { SavedDigest } from '../../lib/library/record';
import { shownRecords, type Snapshot } from '../../lib/library/searcher';
import { makeRecord } from '../../testing/library';

const snapOf = (revs: Record<string, string>): Snapshot => {
  const rows = Object.entries(revs).map(([url, rev]) => ({ url, rev }) as SearchRow);
  return { rows, byUrl: new Map(rows.map((r) => [r.url, r])), count: rows.length };
};

describe('records shown lately', () => {
  const a = makeRecord(1);
  const b = makeRecord(2);
  const stored = new Map<string, SavedDigest | { broken: true }>([
    [a.url, a],
    [b.url, b],
    ['https://broken.example/x', { broken: true }],
  ]);
  const check = (row: SavedDigest | { broken: true }) => ('broken' in row ? undefined : row);

  it('are read once while their revision stands, again when it moves; gone or unreadable ones are left out', async () => {
    const shown = shownRecords();
    const asked: string[][] = [];
    const get = async (keys: string[]) => {
      asked.push(keys);
      return keys.map((k) => stored.get(k));
    };
    const first = await shown.read([a.url, b.url], snapOf({ [a.url]: '1', [b.url]: '1' }), get, check);
    expect(first.map((r) => r.url)).toEqual([a.url, b.url]);
    const again = await shown.read([b.url, a.url], snapOf({ [a.url]: '1', [b.url]: '1' }), get, check);
    expect(again[1]).toBe(first[0]);
    expect(asked).toEqual([[a.url, b.url]]);
    // b written since (a new revision): read again.
    await shown.read([a.url, b.url], snapOf({ [a.url]: '1', [b.url]: '2' }), get, check);
    expect(asked[1]).toEqual([b.url]);
    // Gone since the snapshot, or unreadable: left out, never kept.
    const gone = await shown.read(
      ['https://gone.example/', 'https://broken.example/x', a.url],
      snapOf({ [a.url]: '1', 'https://gone.example/': '1', 'https://broken.example/x': '1' }),
      get,
      check,
    );
    expect(gone.map((r) => r.url)).toEqual([a.url]);
    await shown.read(['https://broken.example/x'], snapOf({ 'https://broken.example/x': '1' }), get, check);
    expect(asked.at(-1)).toEqual(['https://broken.example/x']);
  });
});
