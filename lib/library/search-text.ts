/**
 * Words for the library's search: accent- and case-insensitive ("Été" = "ete", "Œuvre" =
 * "oeuvre"), split on anything that is not a letter or a digit ("l'État" -> "etat",
 * "Jean-Luc" -> "jean", "luc"); scripts written without spaces go through Intl.Segmenter.
 * Pure functions: used by the database schema (the words index), the repository and tests.
 */

/** Letters NFKD does not take apart. */
const FOLD: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, diacritics stripped, compatibility forms unfolded ("ﬁ" -> "fi"). */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđðþı]/g, (c) => FOLD[c] ?? c);
}

const WORD = /[\p{L}\p{N}]+/gu;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/** Every word of `text`, normalised, in order, one-letter words included. */
function allWords(text: string): string[] {
  const out: string[] = [];
  for (const run of normaliseForSearch(text).match(WORD) ?? []) {
    if (NO_SPACES.test(run) && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const s of segmenter.segment(run)) if (s.isWordLike) out.push(s.segment);
    } else out.push(run);
  }
  return out;
}

/** Kept in the index: one-letter words of alphabetic scripts ("l", "d", "a") are not. */
const indexable = (w: string) => w.length > 1 || /[\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w);

/** The searchable words of `text`, in order, repeats kept. */
export function searchWords(text: string): string[] {
  return allWords(text).filter(indexable);
}

/** Unique words of several texts (the words index of one record). */
export function uniqueSearchWords(texts: Iterable<string | undefined>): string[] {
  const set = new Set<string>();
  for (const t of texts) if (t) for (const w of searchWords(t)) set.add(w);
  return [...set];
}

export interface ParsedQuery {
  /** Words that must be present as they are. */
  whole: string[];
  /** The last word, matched as a prefix while the reader is still typing it. */
  prefix?: string;
}

/**
 * "Pollution à Del" -> whole ["pollution"], prefix "del". The last word is a prefix even of
 * one letter ("p" while typing); a query ending in a space or punctuation has finished it.
 */
export function parseQuery(query: string): ParsedQuery {
  const words = allWords(query);
  if (!words.length) return { whole: [] };
  const finished = /[^\p{L}\p{N}]$/u.test(query);
  const whole = (finished ? words : words.slice(0, -1)).filter(indexable);
  return finished ? { whole: [...new Set(whole)] } : { whole: [...new Set(whole)], prefix: words[words.length - 1] };
}

/** Does a record with these (unique) words match the query? The same rule as the index. */
export function matchesQuery(words: readonly string[], q: ParsedQuery): boolean {
  const set = new Set(words);
  if (!q.whole.every((w) => set.has(w))) return false;
  return q.prefix === undefined || words.some((w) => w.startsWith(q.prefix!));
}
