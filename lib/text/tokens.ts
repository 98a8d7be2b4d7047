import { languagePack } from './lang';
import { stemmerFor } from './stem';

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

/** French elisions: "l'État", "qu'il", "jusqu'à". */
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/u;
/** Italian elisions and apocopes: "l'anno", "dell'Italia", "un'altra", "c'è", "quest'anno". */
const ELISION_IT = /^(?:[ldcmstvn]|un|all|dall|dell|nell|sull|coll|pell|quell|quest|tutt|sant|bell|buon|grand|anch|nessun|ciascun|qualcun|alcun)['’]/u;

/**
 * Content terms for similarity: stopwords dropped, French and Italian elisions and final "'s"
 * stripped, then each word stemmed so that "réalisateurs" and "réalisateur", "Regierungen" and
 * "Regierung" meet: a Snowball stemmer where the language has one (see stem.ts), else a
 * prefix of 7 characters.
 */
export function terms(text: string, lang = 'en'): string[] {
  const pack = languagePack(lang);
  const stem = stemmerFor(pack.code);
  const elision = pack.code === 'it' ? ELISION_IT : ELISION;
  const out: string[] = [];
  for (let w of words(text, lang)) {
    w = w.replace(elision, '').replace(/['’]s$/u, '');
    if (w.length < 2 && !/\p{N}/u.test(w) && !CJK.test(w)) continue;
    if (pack.stopwords.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
