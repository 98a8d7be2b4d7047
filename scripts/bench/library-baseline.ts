/**
 * The library's search before the full-text index, kept as the benchmark's baseline: every
 * word must be present as it is (accents and case folded), the last one as a prefix unless
 * the query ends with a space; matches listed newest first, no ranking.
 */
import type { SavedDigest } from '../../lib/library/record';
import { normaliseForSearch } from '../../lib/library/search-text';

const WORD = /[\p{L}\p{N}]+/gu;
const indexable = (w: string) => w.length > 1 || /\p{N}/u.test(w);
const words = (text: string): string[] => normaliseForSearch(text).match(WORD) ?? [];

/** The words it looked at: title, site, host, bullets, FAQ questions and answers, tags. */
function searchableWords(r: SavedDigest): Set<string> {
  let host: string | undefined;
  try {
    host = new URL(r.article.url).hostname;
  } catch {
    host = undefined;
  }
  const texts = [
    r.article.title,
    r.article.siteName,
    host,
    ...r.digest.bullets.map((b) => b.text),
    ...r.digest.faq.flatMap((f) => [f.question, f.answer]),
    ...r.tags,
  ];
  const set = new Set<string>();
  for (const t of texts) if (t) for (const w of words(t)) if (indexable(w)) set.add(w);
  return set;
}

export interface BaselineLibrary {
  /** Urls of the records matching `query`, newest first. */
  search(query: string): string[];
}

export function baselineLibrary(records: SavedDigest[]): BaselineLibrary {
  const rows = [...records].sort((a, b) => b.savedAt - a.savedAt).map((r) => ({ url: r.url, words: searchableWords(r) }));
  return {
    search(query) {
      const all = words(query);
      if (!all.length) return rows.map((r) => r.url);
      const finished = /[^\p{L}\p{N}]$/u.test(query);
      const whole = (finished ? all : all.slice(0, -1)).filter(indexable);
      const prefix = finished ? undefined : all[all.length - 1];
      return rows
        .filter((r) => whole.every((w) => r.words.has(w)) && (prefix === undefined || [...r.words].some((w) => w.startsWith(prefix))))
        .map((r) => r.url);
    },
  };
}
