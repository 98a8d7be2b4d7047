/**
 * What a reader types in the library's search box, turned into what the index looks for.
 *
 * Each word of the query is one group; a record matches a group when it has one of the
 * group's alternatives:
 * - the word's index term in each language of the library (the reader's query has no
 *   language of its own; "vaccine" gives "vaccin" in English and in French, so an English
 *   query finds a French article where the stems agree),
 * - within an edit distance that grows with the word's length (typos),
 * - as a prefix when it is the word being typed (the query does not end with a space),
 * - the news equivalents of the word in every language of the library (lib/text/lang/synonyms:
 *   "grève" -> "mouvement social", "cheminots", "strike"), weighted lower.
 * Groups are then ranked by lib/library/search-index.ts.
 */
import { synonymLanguages, synonymsFor } from '../text/lang/synonyms';
import { normaliseForSearch } from './search-text';
import { bareTerm, indexTerms, termOf, termScope, wordSpans } from './search-terms';

/** One way to satisfy a group: every term of `terms` (several for a phrase: "mouvement social"). */
export interface Alternative {
  terms: string[];
  /** 1 for the word itself; lower for an equivalent. */
  weight: number;
  /** Typos allowed (edit distance) on its single term. */
  fuzzy: number;
  /** Matched as the start of a longer term (the word being typed). */
  prefix: boolean;
  /** Fields to look in; all when absent. */
  fields?: string[];
}

export interface QueryGroup {
  /** The word as typed, lower case. */
  word: string;
  alternatives: Alternative[];
}

/**
 * Weight of a news equivalent against the word itself: low enough that a record with the word
 * itself comes before one with an equivalent only (recall of the benchmark's synonym queries
 * is the same at 0.4 and 0.6).
 */
export const SYNONYM_WEIGHT = 0.4;
/** A word being typed of fewer letters than this is matched as a prefix of titles, sites and tags only... */
const SHORT_PREFIX = 3;
/** ...and after other words, not at all until it has this many: thousands of terms start with "for". */
const SHORT_NEXT = 4;
/**
 * A word being typed of fewer letters than this is matched as the start of longer words
 * everywhere but in the article's sentences, where it is matched as itself (and its typos):
 * "pol" begins words in half the sentences of a French library ("politique", "police"), and
 * reading them all at each letter took most of a keystroke's time on 10,000 records.
 */
const BODY_PREFIX = 5;
/** The fields but the article's sentences. */
const HEAD_FIELDS = ['title', 'tags', 'site', 'bullets', 'faq'];

/** Typos allowed in a term of this length: none in short words, where one edit is another word. */
export function editDistanceFor(term: string): number {
  const n = bareTerm(term).length;
  if (n < 4) return 0;
  if (n < 8) return 1;
  return 2;
}

/** A phrase of a synonym table: its terms in its language, and the concept it belongs to. */
interface Phrase {
  concept: string;
  lang: string;
  terms: string[];
}

let phrases: Phrase[] | undefined;
/** Concepts by the terms of a phrase that names them ("fr:mouv fr:social" -> strike). */
let concepts: Map<string, Set<string>> | undefined;

function synonymIndex() {
  if (phrases && concepts) return { phrases, concepts };
  phrases = [];
  concepts = new Map();
  for (const lang of synonymLanguages()) {
    for (const [concept, list] of Object.entries(synonymsFor(lang))) {
      for (const text of list) {
        const terms = indexTerms(text, lang);
        if (!terms.length) continue;
        phrases.push({ concept, lang, terms });
        const key = terms.join(' ');
        let set = concepts.get(key);
        if (!set) concepts.set(key, (set = new Set()));
        set.add(concept);
      }
    }
  }
  return { phrases, concepts };
}

/** The concepts named by these terms (one word or a phrase, of one language). */
const conceptsOf = (terms: string[]): Set<string> | undefined => synonymIndex().concepts.get(terms.join(' '));

/**
 * The query's groups. `languages`: the languages of the records searched (their terms are
 * compared); a word that is a stopword in all of them is left out, as the index leaves it out.
 * `main`: those most of the records are in (all by default): typos, prefixes and equivalents
 * are looked for in them; in the others (a few records), the words themselves. Each language
 * looked in costs a walk of the index per word.
 */
export function parseSearchQuery(query: string, languages: readonly string[], main: readonly string[] = languages): QueryGroup[] {
  const langs = languages.length ? [...new Set(languages)] : ['en'];
  const wide = langs.filter((l) => main.includes(l));
  if (!wide.length) wide.push(langs[0]);
  const words = wordSpans(query).map((w) => w.word);
  if (!words.length) return [];
  const typing = !/[^\p{L}\p{M}\p{N}]$/u.test(query);
  // Each word's term per language (null: not indexed there).
  const termsOf = words.map((w) => langs.map((l) => termOf(w, l)));
  const groups: QueryGroup[] = [];
  words.forEach((word, i) => {
    const last = typing && i === words.length - 1;
    // The first letters of a word after others: the words before say more, wait for more letters.
    if (last && i > 0 && word.length < SHORT_NEXT) return;
    const alternatives = new Map<string, Alternative>();
    const add = (alt: Alternative) => {
      const key = `${alt.terms.join(' ')}|${alt.fields?.join(',') ?? ''}`;
      const before = alternatives.get(key);
      if (!before || before.weight < alt.weight)
        alternatives.set(key, before ? { ...alt, prefix: alt.prefix || before.prefix, fuzzy: Math.max(alt.fuzzy, before.fuzzy) } : alt);
    };
    const own = termsOf[i].filter((t): t is string => !!t);
    const folded = normaliseForSearch(word);
    if (last && word.length < SHORT_PREFIX) {
      // One or two letters: too many terms start with them to look everywhere.
      for (const l of wide) add({ terms: [termScope(l) + folded], weight: 1, fuzzy: 0, prefix: true, fields: ['title', 'site', 'tags'] });
    } else {
      const short = last && word.length < BODY_PREFIX;
      langs.forEach((l, k) => {
        const t = termsOf[i][k];
        const w = wide.includes(l);
        if (!t) return;
        const fuzzy = w ? editDistanceFor(t) : 0;
        if (short && w) {
          // Split by field, so that each field is counted once: as a prefix in the digest, as itself in the sentences.
          add({ terms: [t], weight: 1, fuzzy, prefix: true, fields: HEAD_FIELDS });
          add({ terms: [t], weight: 1, fuzzy, prefix: false, fields: ['body'] });
        } else add({ terms: [t], weight: 1, fuzzy, prefix: last && w });
      });
      // The word as typed is also the start of longer words ("electri" -> "électricité").
      if (last) for (const l of wide) add({ terms: [termScope(l) + folded], weight: 1, fuzzy: 0, prefix: true, ...(short ? { fields: HEAD_FIELDS } : {}) });
    }
    if (!own.length && !last) return;
    // News equivalents: of this word, or of the phrase it starts or ends ("mouvement social").
    const named = new Set<string>();
    // Read in every language with a table, not only the library's: an English query finds
    // a French library's "grève" through "strike".
    synonymLanguages().forEach((lang) => {
      const t = termOf(word, lang);
      if (!t) return;
      for (const c of conceptsOf([t]) ?? []) named.add(c);
      const next = words[i + 1] === undefined ? null : termOf(words[i + 1], lang);
      const prev = words[i - 1] === undefined ? null : termOf(words[i - 1], lang);
      if (next) for (const c of conceptsOf([t, next]) ?? []) named.add(c);
      if (prev) for (const c of conceptsOf([prev, t]) ?? []) named.add(c);
    });
    for (const p of synonymIndex().phrases) {
      if (named.has(p.concept) && wide.includes(p.lang)) add({ terms: p.terms, weight: SYNONYM_WEIGHT, fuzzy: 0, prefix: false });
    }
    groups.push({ word, alternatives: [...alternatives.values()] });
  });
  return groups;
}
