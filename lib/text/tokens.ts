import { languagePack, type LanguagePack } from './lang';
import { stemmerFor, type Stemmer } from './stem';

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
 * Each word's term (null: a stopword or too short), per language and stemmer: the same words
 * come back in every sentence, their elisions and stopword checks are done once. Bounded.
 */
const termCache = new Map<string, { stem: Stemmer; terms: Map<string, string | null> }>();
const TERM_CACHE_LIMIT = 50_000;

/**
 * Content terms for similarity: stopwords dropped, French and Italian elisions and final "'s"
 * stripped, then each word stemmed so that "réalisateurs" and "réalisateur", "Regierungen" and
 * "Regierung" meet: a Snowball stemmer where the language has one (see stem.ts), else a
 * prefix of 7 characters.
 */
export function terms(text: string, lang = 'en'): string[] {
  const pack = languagePack(lang);
  const stem = stemmerFor(pack.code);
  let cache = termCache.get(pack.code);
  // A new stemmer (setStemmer) means new terms.
  if (!cache || cache.stem !== stem) termCache.set(pack.code, (cache = { stem, terms: new Map() }));
  else if (cache.terms.size > TERM_CACHE_LIMIT) cache.terms.clear();
  const out: string[] = [];
  for (const w of words(text, lang)) {
    let term = cache.terms.get(w);
    if (term === undefined) {
      term = termOf(w, pack, stem);
      cache.terms.set(w, term);
    }
    if (term !== null) out.push(term);
  }
  return out;
}

function termOf(word: string, pack: LanguagePack, stem: Stemmer): string | null {
  const w = word.replace(pack.code === 'it' ? ELISION_IT : ELISION, '').replace(/['’]s$/u, '');
  if (w.length < 2 && !/\p{N}/u.test(w) && !CJK.test(w)) return null;
  if (pack.stopwords.has(w)) return null;
  return stem(w);
}
