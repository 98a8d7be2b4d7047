/**
 * Typed facts inside a sentence: where it gives a time, a count, an amount, a place, a person,
 * a cause, a quotation, a future action, a definition or a description. Each is a span of
 * characters with a strength from 0 to 1 (1: the fact beyond doubt, as "in 1990"; lower: a
 * hint, as a bare "during"). The words come from the language's pack (lib/text/lang/qa).
 */
import type { QaPack } from '../text/lang/qa';
import type { AnswerKind } from './question';
import { findPhrases, tokenRange, type PhraseMatch } from './phrases';
import type { Token } from './terms';

export interface Fact {
  kind: AnswerKind;
  /** Character offsets in the sentence. */
  start: number;
  end: number;
  /** Token indices: the first and one past the last. */
  first: number;
  last: number;
  strength: number;
}

/** One sentence as the checks read it; what they find is kept for the next question. */
export interface SentenceText {
  text: string;
  tokens: Token[];
  /** Written without spaces (zh, ja). */
  unspaced: boolean;
  cache?: Map<string, unknown>;
}

const NUMBER = /(?<![\p{L}\p{N}])\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?/gu;
const NUMBER_CJK = /[零〇一二两三四五六七八九十百千万亿兆]+/gu;
const YEAR = /(?<![\p{N}.,])(?:1[0-9]{3}|20[0-9]{2})(?:s|er|'s|’s|年)?(?!\p{N})/gu;
const DATE = /(?<!\p{N})\p{N}{1,2}[./-]\p{N}{1,2}[./-]\p{N}{2,4}(?!\p{N})/gu;
const ROMAN = /^(?:[ivxlcdm]+)(?:e|er|ème|th|st|nd|rd)?$/u;
/** What makes a number an ordinal right after it: "19th", "3e", "19." (German), "5º". */
const ORDINAL = /^(?:st|nd|rd|th|e|er|re|ère|ème|eme|º|ª|o|a)(?![\p{L}])|^\.(?=\s)/u;
const QUOTE = /[«“„"「『‹]([^«»“”„"「」『』‹›]{3,}?)[»”“"」』›]/gu;
const CLAUSE_END = /[,;:()\u2013\u2014]|[，；：、（）]/u;
/** Sentence-internal marks between a name and what describes it. */
const APPOSITION = /^\s*[,(\u2013\u2014]/u;

function cached<T>(s: SentenceText, key: string, make: () => T): T {
  s.cache ??= new Map();
  if (!s.cache.has(key)) s.cache.set(key, make());
  return s.cache.get(key) as T;
}

function fact(s: SentenceText, kind: AnswerKind, start: number, end: number, strength: number): Fact {
  const { first, last } = tokenRange(s.tokens, start, end);
  return { kind, start, end, first, last, strength };
}

function phrases(s: SentenceText, list: readonly string[], key: string): PhraseMatch[] {
  return cached(s, key, () => findPhrases(list, s.text, s.tokens, s.unspaced));
}

/** Numbers written in digits or in words ("three", "trois", "三"). */
export function numbers(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'numbers', () => {
    const out: Fact[] = [];
    for (const m of s.text.matchAll(NUMBER)) out.push(fact(s, 'count', m.index!, m.index! + m[0].trimEnd().length, 1));
    if (s.unspaced) for (const m of s.text.matchAll(NUMBER_CJK)) out.push(fact(s, 'count', m.index!, m.index! + m[0].length, 0.8));
    else
      for (const m of phrases(s, pack.numberWords, 'numberWords'))
        out.push({ kind: 'count', start: m.start, end: m.end, first: m.first, last: m.last, strength: 0.8 });
    return out.sort((a, b) => a.start - b.start);
  });
}

const near = (a: { first: number; last: number }, b: { first: number; last: number }, before: number, after: number) =>
  b.first >= a.first - before && b.first <= a.last - 1 + after;

/** Time expressions: years, dates, months, days, centuries, and words of time near a number. */
export function times(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'times', () => {
    const out: Fact[] = [];
    for (const m of s.text.matchAll(YEAR)) out.push(fact(s, 'time', m.index!, m.index! + m[0].length, 1));
    for (const m of s.text.matchAll(DATE)) out.push(fact(s, 'time', m.index!, m.index! + m[0].length, 1));
    const nums = numbers(s, pack);
    const roman = (i: number) =>
      i >= 0 && i < s.tokens.length && ROMAN.test(s.tokens[i].word) && s.text[s.tokens[i].start] === s.text[s.tokens[i].start].toUpperCase();
    for (const m of phrases(s, pack.months, 'months')) {
      const withNumber = nums.some((n) => near(m, n, 2, 2));
      out.push({ kind: 'time', start: m.start, end: m.end, first: m.first, last: m.last, strength: withNumber ? 1 : 0.7 });
    }
    for (const m of phrases(s, pack.days, 'days')) out.push({ kind: 'time', start: m.start, end: m.end, first: m.first, last: m.last, strength: 0.8 });
    const units = new Set(pack.durationUnits);
    for (const m of phrases(s, pack.timeWords, 'timeWords')) {
      const n = nums.find((x) => near(m, x, 2, 1));
      if (n) {
        // "in 1990", "the 19th century", "XVe siècle" are dates; "33 ans", "three weeks" a length (or an age).
        const value = s.text.slice(n.start, n.end);
        const dated = /^\p{N}{4}$/u.test(value) || ORDINAL.test(s.text.slice(n.end, n.end + 4)) || !units.has(s.tokens[m.first].word);
        out.push(fact(s, 'time', Math.min(n.start, m.start), Math.max(n.end, m.end), dated ? 0.9 : 0.5));
      } else if (roman(m.first - 1)) out.push(fact(s, 'time', s.tokens[m.first - 1].start, m.end, 0.9));
      else out.push({ kind: 'time', start: m.start, end: m.end, first: m.first, last: m.last, strength: 0.3 });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Numbers followed (or preceded) closely by what they count. */
export function counts(s: SentenceText, pack: QaPack, counted: readonly string[] | undefined): Fact[] {
  const out: Fact[] = [];
  const wanted = new Set(counted ?? []);
  for (const n of numbers(s, pack)) {
    let strength = 0.5;
    if (wanted.size) {
      for (let i = n.last; i < Math.min(s.tokens.length, n.last + 4); i++) {
        if (s.tokens[i].term && wanted.has(s.tokens[i].term!)) {
          strength = 1;
          break;
        }
      }
      for (let i = Math.max(0, n.first - 3); i < n.first && strength < 1; i++) if (s.tokens[i].term && wanted.has(s.tokens[i].term!)) strength = 0.8;
    }
    // A bare year counts nothing.
    if (strength < 1 && /^(?:1[0-9]{3}|20[0-9]{2})$/u.test(s.text.slice(n.start, n.end))) strength = 0.2;
    out.push({ ...n, kind: 'count', strength });
  }
  return out;
}

/** Numbers with a unit, a currency or a sign of share ("12 %", "3 km", "$4 million"). */
export function amounts(s: SentenceText, pack: QaPack, units: readonly string[], kind: 'amount' | 'duration'): Fact[] {
  const marks = phrases(s, units, kind === 'amount' ? 'amountUnits' : 'durationUnits');
  const out: Fact[] = [];
  for (const n of numbers(s, pack)) {
    const unit = marks.find((m) => near(n, m, 2, 3) || (m.start >= n.end && m.start - n.end <= 2) || (m.end <= n.start && n.start - m.end <= 2));
    const year = /^(?:1[0-9]{3}|20[0-9]{2})$/u.test(s.text.slice(n.start, n.end));
    if (unit) out.push(fact(s, kind, Math.min(n.start, unit.start), Math.max(n.end, unit.end), 1));
    else out.push({ ...n, kind, strength: year ? 0.2 : 0.5 });
  }
  if (kind === 'duration')
    for (const m of marks)
      if (!out.some((f) => f.start <= m.start && f.end >= m.end)) out.push({ kind, start: m.start, end: m.end, first: m.first, last: m.last, strength: 0.3 });
  return out;
}

/** Runs of capitalised words (names) that do not open the sentence, or that are two words or more. */
export function names(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'names', () => {
    const out: Fact[] = [];
    if (s.unspaced) {
      // "培顿·曼宁": a transliterated name keeps its middle dot.
      for (const m of s.text.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]+[·・･][\p{Script=Han}\p{Script=Katakana}ー]+/gu))
        out.push(fact(s, 'person', m.index!, m.index! + m[0].length, 1));
      return out;
    }
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i].capital) continue;
      let j = i + 1;
      // "Charles de Gaulle", "Ludwig van Beethoven": particles inside a name.
      while (
        j < t.length &&
        (t[j].capital || (t[j].word.length <= 3 && j + 1 < t.length && t[j + 1].capital && /^[\p{Ll}]/u.test(s.text[t[j].start]))) &&
        t[j].start - t[j - 1].end <= 2
      )
        j++;
      const size = j - i;
      const opens = i === 0;
      let strength = size >= 2 ? 1 : opens ? 0 : 0.6;
      if (pack.capitalisedNouns) strength = size >= 2 ? 0.8 : 0.3;
      if (strength > 0) out.push({ kind: 'person', start: t[i].start, end: t[j - 1].end, first: i, last: j, strength });
      i = j - 1;
    }
    return out;
  });
}

/** A person: a name, the stronger after or before a role ("the president, Joe Biden"). */
export function persons(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'persons', () => {
    const roles = phrases(s, pack.roles, 'roles');
    const out = names(s, pack).map((n) => (roles.some((r) => near(n, r, 3, 3)) ? { ...n, strength: 1 } : n));
    if (s.unspaced) for (const r of roles) out.push({ kind: 'person', start: r.start, end: r.end, first: r.first, last: r.last, strength: 0.5 });
    return out;
  });
}

/** A place: a preposition of place before a name, a name beside a noun of place ("Jacksonville County", "北京市"). */
export function places(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'places', () => {
    const out: Fact[] = [];
    const preps = phrases(s, pack.placePrepositions, 'placePrepositions');
    const nouns = phrases(s, pack.placeNouns, 'placeNouns');
    if (s.unspaced) {
      for (const n of nouns) {
        // A place noun ending a longer word: "杰克逊维尔市", "北京".
        const tok = s.tokens[n.first];
        if (tok && n.end === tok.end && tok.end - tok.start > n.end - n.start) out.push(fact(s, 'place', tok.start, tok.end, 0.9));
        else out.push({ kind: 'place', start: n.start, end: n.end, first: n.first, last: n.last, strength: 0.4 });
      }
      for (const p of preps) if (p.last < s.tokens.length) out.push(fact(s, 'place', p.start, s.tokens[p.last].end, 0.6));
      return out;
    }
    const ns = names(s, pack);
    for (const n of ns) {
      const before = preps.some((p) => p.last <= n.first && n.first - p.last <= 2);
      const beside = nouns.some((m) => near(n, m, 2, 2));
      const strength = before && beside ? 1 : before || beside ? (pack.capitalisedNouns ? 0.7 : 0.9) : 0.3;
      out.push({ ...n, kind: 'place', strength });
    }
    for (const m of nouns)
      if (!out.some((f) => near(f, m, 2, 2))) out.push({ kind: 'place', start: m.start, end: m.end, first: m.first, last: m.last, strength: 0.3 });
    return out;
  });
}

/** From a marker to the end of its clause: what a cause, a quotation or a plan says. */
function clauseFrom(s: SentenceText, start: number, end: number): [number, number] {
  let stop = s.text.length;
  const rest = s.text.slice(end);
  const m = CLAUSE_END.exec(rest);
  if (m && m.index > 8) stop = end + m.index;
  return [start, stop];
}

/** Clauses opened by a marker of cause or purpose ("because", "parce que", "因为"). */
export function causes(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'causes', () => phrases(s, pack.causeMarkers, 'causeMarkers').map((m) => fact(s, 'cause', ...clauseFrom(s, m.start, m.end), 1)));
}

/** Quotations, and reported speech after a verb of saying. */
export function quotes(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'quotes', () => {
    const out: Fact[] = [];
    for (const m of s.text.matchAll(QUOTE)) out.push(fact(s, 'quote', m.index!, m.index! + m[0].length, 1));
    for (const m of phrases(s, pack.speechVerbs, 'speechVerbs')) out.push(fact(s, 'quote', ...clauseFrom(s, m.start, m.end), 0.7));
    return out;
  });
}

/** A future or planned action: "will", "plans to", "prévoit", a verb in the future tense. */
export function futures(s: SentenceText, pack: QaPack): Fact[] {
  return cached(s, 'futures', () => {
    const out = phrases(s, pack.futureMarkers, 'futureMarkers').map((m) => fact(s, 'future', ...clauseFrom(s, m.start, m.end), 0.8));
    if (pack.futureSuffixes?.length) {
      for (const t of s.tokens)
        if (t.word.length >= 4 && pack.futureSuffixes.some((x) => t.word.endsWith(x))) out.push(fact(s, 'future', ...clauseFrom(s, t.start, t.end), 0.7));
    }
    return out;
  });
}

/** Where the sentence names one of `terms` (its tokens), first occurrence of each run. */
function mentions(s: SentenceText, terms: readonly string[]): Array<{ first: number; last: number }> {
  const wanted = new Set(terms);
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!s.tokens[i].term || !wanted.has(s.tokens[i].term!)) continue;
    let j = i + 1;
    while (j < s.tokens.length && s.tokens[j].term && wanted.has(s.tokens[j].term!)) j++;
    out.push({ first: i, last: j });
    i = j - 1;
  }
  return out;
}

/** "X is a...", "X (…)", "X, …,", "…, called X": what the sentence says X is. */
export function definitions(s: SentenceText, pack: QaPack, termTerms: readonly string[], kind: 'definition' | 'description'): Fact[] {
  const out: Fact[] = [];
  if (termTerms.length === 0) return out;
  const defs = phrases(s, pack.definitions, 'definitions');
  const roles = kind === 'description' ? phrases(s, pack.roles, 'roles') : [];
  for (const x of mentions(s, termTerms)) {
    const endX = s.tokens[x.last - 1].end;
    const after = s.text.slice(endX);
    const def = defs.find((d) => d.first >= x.last && d.first - x.last <= 3);
    const role = roles.find((r) => near(x, r, 6, 6));
    if (def) out.push(fact(s, kind, ...clauseFrom(s, def.start, def.end), 1));
    else if (APPOSITION.test(after)) out.push(fact(s, kind, ...clauseFrom(s, endX + after.search(/\S/u) + 1, endX + after.search(/\S/u) + 1), 0.9));
    else if (role) out.push(fact(s, kind, Math.min(role.start, s.tokens[x.first].start), Math.max(role.end, endX), 0.9));
    else out.push(fact(s, kind, s.tokens[x.first].start, endX, 0.3));
  }
  // "…, appelé X", "…, known as X": the definition comes before the term.
  for (const d of defs) {
    if (out.some((f) => f.strength >= 0.9)) break;
    const x = mentions(s, termTerms).find((m) => m.first >= d.last && m.first - d.last <= 2);
    if (x && d.first > 0) out.push(fact(s, kind, 0, s.tokens[x.last - 1].end, 0.8));
  }
  return out;
}
