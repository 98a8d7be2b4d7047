/**
 * Text folded for the library's search: accent- and case-insensitive ("Été" = "ete", "Œuvre" =
 * "oeuvre"). Used by the index terms (search-terms.ts).
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
