/**
 * Words with their place in the text, and the term each stands for when matching a question
 * to a sentence. A local adapter over lib/text: the general packs have no stopwords for ru,
 * el, zh and ja yet and terms() keeps a prefix for English and Greek; here every language the
 * core serves gets its stopwords (lib/text/lang/qa) and its Snowball stemmer where one exists,
 * and terms are compared without accents ("Etat" meets "État").
 */
import { stemmer as greek } from '@orama/stemmers/greek';
import { languagePack } from '../text/lang';
import { qaPack } from '../text/lang/qa';
import { prefixStem, snowballStemmer, type Stemmer } from '../text/stem';

export interface Token {
  /** Lower case, as written. */
  word: string;
  /** Character offsets in the text. */
  start: number;
  end: number;
  /** What the word matches on (its stem, without accents); null for a stopword. */
  term: string | null;
  /** Written with a capital (in scripts that have them). */
  capital: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Inside a word of Chinese or Japanese: "1990年" is a number and a word. */
const CJK_PART = /\p{N}+|[\p{L}\p{M}]+/gu;
const CAPITAL = /^\p{Lu}/u;
const DIGIT = /\p{N}/u;
const MARKS = /\p{M}+/gu;

/** Greek stopword lists are written without accents and with a medial sigma. */
const greekPlain = (w: string) => w.normalize('NFD').replace(MARKS, '').replace(/ς/gu, 'σ');
/** Letters without their accents, for comparing terms. Kana keep their voicing marks. */
export const plain = (w: string) => (CJK.test(w) ? w : w.normalize('NFD').replace(MARKS, '').normalize('NFC'));

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang || 'en', { granularity: 'word' })));
  return s;
}

/** Polish has no Snowball stemmer here: a short prefix groups most of its inflections. */
const polish: Stemmer = (w) => (w.length > 6 ? w.slice(0, 6) : w);

function stemmerOf(lang: string): Stemmer {
  if (lang === 'el') return greek;
  if (lang === 'pl') return polish;
  if (lang === 'zh' || lang === 'ja') return (w) => w;
  return snowballStemmer(lang) ?? prefixStem;
}

interface LanguageTerms {
  stopwords: (w: string) => boolean;
  stem: Stemmer;
  cache: Map<string, string | null>;
}
const languages = new Map<string, LanguageTerms>();
const CACHE_LIMIT = 50_000;

function languageTerms(lang: string): LanguageTerms {
  let lt = languages.get(lang);
  if (lt) return lt;
  const general = languagePack(lang).stopwords;
  const own = qaPack(lang).stopwords?.();
  const stopwords =
    lang === 'el' ? (w: string) => general.has(w) || !!own?.has(w) || !!own?.has(greekPlain(w)) : (w: string) => general.has(w) || !!own?.has(w);
  lt = { stopwords, stem: stemmerOf(lang), cache: new Map() };
  languages.set(lang, lt);
  return lt;
}

/** The term of one lower-case word, or null for a stopword or a lone letter. */
export function termOf(word: string, lang: string): string | null {
  const lt = languageTerms(lang);
  let t = lt.cache.get(word);
  if (t !== undefined) return t;
  const cjk = CJK.test(word);
  if ((word.length < 2 && !cjk && !DIGIT.test(word)) || lt.stopwords(word)) t = null;
  else if (DIGIT.test(word) || cjk) t = word;
  else t = plain(lt.stem(word) || word);
  if (lt.cache.size > CACHE_LIMIT) lt.cache.clear();
  lt.cache.set(word, t);
  return t;
}

/** Is the text written without spaces between words (Chinese, Japanese)? */
export const unspaced = (text: string, lang: string): boolean => !!qaPack(lang).unspaced || CJK.test(text);

/**
 * The words of a text with their offsets: letters and digits in runs (so "l'État" gives "l"
 * and "état", "a-t-il" gives "a", "t", "il"); Intl.Segmenter's words where words are not
 * separated by spaces.
 */
export function tokenize(text: string, lang: string): Token[] {
  const out: Token[] = [];
  if (unspaced(text, lang)) {
    for (const s of wordSegmenter(lang).segment(text)) {
      if (!s.isWordLike) continue;
      // The segmenter keeps "1990年" or "A380" whole; runs of letters and digits inside are words.
      for (const m of s.segment.matchAll(CJK_PART)) push(out, m[0], s.index + m.index!, lang);
    }
    return out;
  }
  for (const m of text.matchAll(WORD)) push(out, m[0], m.index!, lang);
  return out;
}

function push(out: Token[], raw: string, start: number, lang: string): void {
  const word = raw.toLowerCase();
  out.push({ word, start, end: start + raw.length, term: termOf(word, lang), capital: CAPITAL.test(raw) });
}

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/**
 * Terms of a run of words. Where a segmenter cut an unknown name into characters ("杰/克/逊/
 * 维/尔"), pairs of neighbouring characters are terms too, so the name still matches as a whole.
 */
export function termsOf(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.term !== null) out.push(t.term);
    const next = tokens[i + 1];
    if (next && CJK_CHAR.test(t.word) && CJK_CHAR.test(next.word) && next.start === t.end) out.push(t.word + next.word);
  }
  return out;
}
