/**
 * Snowball stemmers, per language. English is Porter2 (the Snowball "english" algorithm, from
 * the `porter2` package); French, German, Spanish, Italian, Portuguese, Dutch, Russian and Greek are
 * the Snowball algorithms compiled to JavaScript, one small self-contained module each, from
 * `@orama/stemmers` (no Node built-in, no dynamic import, no eval: they bundle into the
 * background service worker as they are). Other languages fall back to a 7-letter prefix.
 */
import { stem as english } from 'porter2';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as spanish } from '@orama/stemmers/spanish';

export type Stemmer = (word: string) => string;

/**
 * Snowball Portuguese leaves the plurals in -ões, -ães and -ãos apart from their singular in
 * -ão ("eleições" -> "eleiçõ", "eleição" -> "eleiçã"): give it the singular first.
 */
const portuguesePlural = /(?:ões|ães|ãos)$/u;
/** Snowball Russian expects "е" where a text may print "ё". */
const yo = /ё/gu;

const SNOWBALL: Readonly<Record<string, Stemmer>> = {
  en: english,
  fr: french,
  de: german,
  es: spanish,
  it: italian,
  pt: (w) => portuguese(w.replace(portuguesePlural, 'ão')),
  nl: dutch,
  ru: (w) => russian(w.replace(yo, 'е')),
  el: greek,
};

/**
 * Languages whose content terms keep the 7-letter prefix although Snowball has a stemmer for
 * them, because the stemmer was measured to lower the summaries' ROUGE.
 *
 * English: on FRANK's 75 CNN/DailyMail articles (npm run bench:quality, engine at 3 sentences),
 * Porter2 gave ROUGE-1/2/L 39.88/17.85/35.79 against 40.26/18.43/36.20 with the prefix (paired
 * difference -0.38/-0.58/-0.41, t = -1.1/-1.9/-1.3; 14 of 75 digests change, 4 better and 10
 * worse on ROUGE-2), and on FRANK's 74 XSum articles (1 sentence) -0.23/-0.18/-0.14. Porter
 * (v1) and Porter2 on words over 5 letters did no better. English words are short: the prefix
 * leaves most of them whole, and the engine's weights were tuned on that.
 *
 * French, measured the same way, is a tie (OrangeSum, 1,500 articles at 2 sentences:
 * -0.06/-0.00/-0.07, t = -0.7/-0.1/-0.8; 100 digests better and 116 worse on ROUGE-2), so it
 * gets Snowball: "président"/"présidents" and "élection"/"élections" meet, the prefix does not
 * see that. The other languages have no reference summaries here to measure against.
 */
const PREFIX_IN_TERMS = new Set(['en']);

/** Languages with a Snowball stemmer. */
export const snowballLanguages = (): string[] => Object.keys(SNOWBALL);

/** The crude stem of languages without a stemmer: a prefix of 7 characters. */
export const prefixStem: Stemmer = (w) => (w.length > 7 ? w.slice(0, 7) : w);

/** Stemmers set by setStemmer (null: the prefix), ahead of the defaults above. */
const overrides = new Map<string, Stemmer | null>();

/**
 * The stems of words seen before, per language: terms() runs on every sentence of every
 * article and the same words come back all the time; Snowball costs about 1-2 µs a word, a
 * lookup a tenth of that. Bounded: cleared past CACHE_LIMIT words.
 */
const CACHE_LIMIT = 50_000;
const memoised = new Map<string, Stemmer>();

/** Only words of letters are stemmed: "covid-19", "2,5" or "u.s" stay as they are. */
const STEMMABLE = /^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*$/u;

function memoise(stemmer: Stemmer): Stemmer {
  const memo = new Map<string, string>();
  return (word) => {
    let s = memo.get(word);
    if (s === undefined) {
      s = STEMMABLE.test(word) ? stemmer(word) || word : word;
      if (memo.size >= CACHE_LIMIT) memo.clear();
      memo.set(word, s);
    }
    return s;
  };
}

/**
 * The Snowball stemmer of a primary language code ("fr", "de"), memoised, or undefined when
 * Snowball has none. Expects lower-case words.
 */
export function snowballStemmer(lang: string): Stemmer | undefined {
  const key = `snowball:${lang}`;
  let fn = memoised.get(key);
  if (!fn && SNOWBALL[lang]) memoised.set(key, (fn = memoise(SNOWBALL[lang])));
  return fn;
}

/**
 * The stemmer that terms() uses for a primary language code: Snowball where it helps (see
 * PREFIX_IN_TERMS), else the 7-letter prefix. Expects lower-case words.
 */
export function stemmerFor(lang: string): Stemmer {
  let fn = memoised.get(lang);
  if (fn) return fn;
  const override = overrides.get(lang);
  if (override !== undefined) fn = override ? memoise(override) : prefixStem;
  else fn = (!PREFIX_IN_TERMS.has(lang) && snowballStemmer(lang)) || prefixStem;
  memoised.set(lang, fn);
  return fn;
}

/**
 * Replaces the stemmer that terms() uses for a language (null: the prefix stem; undefined:
 * back to the default), for benchmarks that compare settings in one run, and for tests.
 */
export function setStemmer(lang: string, stemmer: Stemmer | null | undefined): void {
  if (stemmer === undefined) overrides.delete(lang);
  else overrides.set(lang, stemmer);
  memoised.delete(lang);
}
