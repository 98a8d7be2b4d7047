import { languagePack } from './lang';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
const wordSegmenters = new Map<string, Intl.Segmenter>();

/** Lower-cased word tokens. Scripts written without spaces go through Intl.Segmenter. */
export function words(text: string, lang = 'en'): string[] {
  const lower = text.toLowerCase();
  if (!CJK.test(lower)) return lower.match(WORD) ?? [];
  let seg = wordSegmenters.get(lang);
  if (!seg) wordSegmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  const out: string[] = [];
  for (const s of seg.segment(lower)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Counts words the way a reader would (CJK characters count as words). */
export function wordCount(text: string, lang = 'en'): number {
  return words(text, lang).length;
}

const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/u;

/**
 * Content terms for similarity: stopwords dropped, French elisions stripped, and a crude
 * stem (prefix of 7 letters) so that "réalisateurs" and "réalisateur" meet.
 */
export function terms(text: string, lang = 'en'): string[] {
  const pack = languagePack(lang);
  const out: string[] = [];
  for (let w of words(text, lang)) {
    w = w.replace(ELISION, '').replace(/['’]s$/u, '');
    if (w.length < 2 && !/\p{N}/u.test(w) && !CJK.test(w)) continue;
    if (pack.stopwords.has(w)) continue;
    out.push(w.length > 7 ? w.slice(0, 7) : w);
  }
  return out;
}
