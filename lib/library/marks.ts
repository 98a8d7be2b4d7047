/**
 * The words of a text that a search matched, to mark them in the results: each word of the
 * text is read as the index reads it (lib/library/search-terms.ts) and marked when its term
 * is one the record matched. Returns plain parts; the page renders them as text.
 */
import { termOf, wordSpans } from './search-terms';

export interface TextPart {
  text: string;
  marked: boolean;
}

/** `text` cut into marked and unmarked parts (one unmarked part when nothing matched). */
export function markedParts(text: string, lang: string, terms: ReadonlySet<string>): TextPart[] {
  if (!terms.size || !text) return [{ text, marked: false }];
  const parts: TextPart[] = [];
  let at = 0;
  for (const { word, start, end } of wordSpans(text)) {
    const t = termOf(word, lang);
    if (!t || !terms.has(t)) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** Does the text have a matched word? */
export const hasMark = (text: string, lang: string, terms: ReadonlySet<string>): boolean =>
  terms.size > 0 && wordSpans(text).some(({ word }) => terms.has(termOf(word, lang) ?? ''));
