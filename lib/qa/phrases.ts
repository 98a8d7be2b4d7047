/**
 * Finding a language pack's phrases ("parce que", "how many", "déclar*") in a text, on whole
 * words; in languages written without spaces, anywhere in the text. Signs ("%", "€") are
 * found anywhere.
 */
import type { Token } from './terms';

export interface PhraseMatch {
  /** Token indices: the first and one past the last. */
  first: number;
  last: number;
  /** Character offsets. */
  start: number;
  end: number;
  phrase: string;
}

interface Compiled {
  byFirst: Map<string, Array<{ phrase: string; seq: Part[] }>>;
  /** Phrases whose first word is a prefix ("déclar*"). */
  prefixed: Array<{ phrase: string; seq: Part[] }>;
  /** Phrases without a letter or digit ("%", "$"), and every phrase of a language without spaces. */
  substrings: string[];
}
interface Part {
  word: string;
  prefix: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;
const compiled = new WeakMap<readonly string[], Map<boolean, Compiled>>();

function compile(phrases: readonly string[], unspaced: boolean): Compiled {
  let byMode = compiled.get(phrases);
  if (!byMode) compiled.set(phrases, (byMode = new Map()));
  let c = byMode.get(unspaced);
  if (c) return c;
  c = { byFirst: new Map(), prefixed: [], substrings: [] };
  for (const phrase of phrases) {
    if (unspaced || !HAS_WORD.test(phrase)) {
      c.substrings.push(phrase.replace(/\*$/u, '').toLowerCase());
      continue;
    }
    const seq: Part[] = [];
    for (const piece of phrase.toLowerCase().split(/\s+/u)) {
      const words = piece.match(WORD) ?? [];
      words.forEach((word, k) => seq.push({ word, prefix: piece.endsWith('*') && k === words.length - 1 }));
    }
    if (seq.length === 0) continue;
    if (seq[0].prefix) c.prefixed.push({ phrase, seq });
    else {
      let list = c.byFirst.get(seq[0].word);
      if (!list) c.byFirst.set(seq[0].word, (list = []));
      list.push({ phrase, seq });
    }
  }
  byMode.set(unspaced, c);
  return c;
}

const fits = (part: Part, word: string) => (part.prefix ? word.startsWith(part.word) : word === part.word);

/**
 * Every place where one of the phrases occurs, in the order of the text. `tokens` are the
 * text's own (lib/qa/terms.ts tokenize).
 */
export function findPhrases(phrases: readonly string[], text: string, tokens: Token[], unspaced = false): PhraseMatch[] {
  if (phrases.length === 0) return [];
  const c = compile(phrases, unspaced);
  const out: PhraseMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const candidates = c.byFirst.get(tokens[i].word);
    for (const list of [candidates, c.prefixed]) {
      if (!list) continue;
      for (const { phrase, seq } of list) {
        if (i + seq.length > tokens.length) continue;
        let k = 0;
        while (k < seq.length && fits(seq[k], tokens[i + k].word)) k++;
        if (k === seq.length) out.push({ first: i, last: i + k, start: tokens[i].start, end: tokens[i + k - 1].end, phrase });
      }
    }
  }
  if (c.substrings.length) {
    const lower = text.toLowerCase();
    // toLowerCase keeps offsets for the scripts we serve; if it did not, positions would drift.
    const source = lower.length === text.length ? lower : text;
    for (const sub of c.substrings) {
      if (!sub) continue;
      for (let at = source.indexOf(sub); at >= 0; at = source.indexOf(sub, at + sub.length)) {
        out.push({ ...tokenRange(tokens, at, at + sub.length), start: at, end: at + sub.length, phrase: sub });
      }
    }
    out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  return out;
}

/** The tokens that overlap a span of characters (first == last when none does). */
export function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = tokens.length;
  let last = first;
  while (last < tokens.length && tokens[last].start < end) last++;
  return { first, last };
}
