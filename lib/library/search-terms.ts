/**
 * The library's index terms: a word as the search stores and compares it. Lower case, the
 * language's stopwords left out, stemmed with the language pack's Snowball stemmer (so that
 * "bagarres" and "bagarre", "élections" and "élection" meet), accents folded first ("été" =
 * "ete"). Languages without a Snowball stemmer keep a 7-letter prefix, as lib/text/stem.ts
 * does. Pure functions: used by the index, the query, the marks and their tests.
 *
 * The search stems English with Porter2 although the engine's terms() keeps a prefix for
 * English (stem.ts explains why, for summaries): a reader typing "strike" must find "strikes".
 * A word is folded before it is stemmed, the same way in the index and in the query.
 */
import { languagePack, primaryLanguage } from '../text/lang';
import { prefixStem, snowballStemmer, type Stemmer } from '../text/stem';
import { normaliseForSearch } from './search-text';

/** Runs of letters and digits; marks kept for the stemmer ("é" may come decomposed). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** One letter of an alphabet ("l", "d", "a") carries nothing; one Han character may. */
const TOO_SHORT = (w: string) => w.length < 2 && !/[\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w);

let segmenter: Intl.Segmenter | undefined;

export interface WordSpan {
  /** The word as written, lower case. */
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with its place (for marking it), lower case, in order. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const run = m[0];
    const start = m.index ?? 0;
    if (NO_SPACES.test(run) && typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
      for (const s of segmenter.segment(run))
        if (s.isWordLike) out.push({ word: s.segment.toLowerCase(), start: start + s.index, end: start + s.index + s.segment.length });
    } else out.push({ word: run.toLowerCase(), start, end: start + run.length });
  }
  return out;
}

interface Analyser {
  /** "fr:" */
  scope: string;
  stem: Stemmer;
  /** Stopwords as written and folded: a reader types "ete" for "été". */
  stopwords: ReadonlySet<string>;
  /** Index term of each word seen (null: not indexed), bounded. */
  memo: Map<string, string | null>;
}

const analysers = new Map<string, Analyser>();
const MEMO_LIMIT = 100_000;

function analyser(lang: string): Analyser {
  const code = primaryLanguage(lang);
  let a = analysers.get(code);
  if (!a) {
    const pack = languagePack(code);
    const stopwords = new Set<string>();
    for (const w of pack.stopwords) stopwords.add(w).add(normaliseForSearch(w));
    analysers.set(code, (a = { scope: `${code}:`, stem: snowballStemmer(code) ?? prefixStem, stopwords, memo: new Map() }));
  }
  return a;
}

/**
 * The index term of one lower-case word in a language, or null (stopword, too short). Terms
 * carry their language ("fr:grev"): a French stem meets French records only, and an English
 * word that happens to be a German stem does not find English records through it. A query,
 * which has no language, is read in each language of the library (search-query.ts).
 */
export function termOf(word: string, lang: string): string | null {
  const a = analyser(lang);
  let t = a.memo.get(word);
  if (t !== undefined) return t;
  const w = word.normalize('NFC');
  if (TOO_SHORT(w) || a.stopwords.has(w)) t = null;
  else if (/^\p{N}+$/u.test(w)) t = a.scope + w;
  else {
    // Folded before stemming, so that a word typed without its accents meets the word
    // written with them: "electricite" and "électricité" give one term.
    const folded = normaliseForSearch(w);
    t = a.scope + (a.stem(folded) || folded);
  }
  if (a.memo.size >= MEMO_LIMIT) a.memo.clear();
  a.memo.set(word, t);
  return t;
}

/** The index terms of a text, in order, repeats kept (they count in the ranking). */
export function indexTerms(text: string | undefined, lang: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const { word } of wordSpans(text)) {
    const t = termOf(word, lang);
    if (t) out.push(t);
  }
  return out;
}

/** The scope of a language's terms: "fr:". */
export const termScope = (lang: string): string => analyser(lang).scope;

/** A term without its language: "fr:grev" -> "grev". */
export const bareTerm = (term: string): string => term.slice(term.indexOf(':') + 1);
