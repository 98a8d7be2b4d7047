/**
 * What a question asks: its type (who, when, how many...), the kind of fact that answers it,
 * and its content terms. Language knowledge comes from lib/text/lang/qa.
 */
import { qaPack, type PhraseType, type QaPack, type QuestionType } from '../text/lang/qa';
import { findPhrases, type PhraseMatch } from './phrases';
import { plain, termsOf, tokenize, unspaced, type Token } from './terms';
import { escapeRegExp } from '../text/regexp';

/** The kind of fact an answer must carry. */
export type AnswerKind =
  'person' | 'time' | 'place' | 'count' | 'amount' | 'duration' | 'cause' | 'quote' | 'future' | 'definition' | 'description' | 'manner' | 'statement' | 'any';

export interface QuestionAnalysis {
  question: string;
  lang: string;
  type: QuestionType;
  expects: AnswerKind;
  /** Content terms (stems, without accents), in the question's order, without repeats. */
  focus: string[];
  /** The words those terms come from, as written. */
  focusWords: string[];
  /** Terms of names and numbers in the question ("Luther", "1520"): rarer, surer matches. */
  rare: string[];
  /** how-many: the terms of the counted noun ("tackles", "personnes"). */
  counted?: string[];
  /** who-is, what-said: the person, as written. */
  person?: string;
  /** what-is: the term to define, as written. */
  term?: string;
  /** what/which + noun: the noun naming the kind of answer ("fort" in "which fort"). */
  target?: string;
}

const EXPECTS: Record<QuestionType, AnswerKind> = {
  who: 'person',
  when: 'time',
  where: 'place',
  'how-many': 'count',
  'how-much': 'amount',
  why: 'cause',
  'what-said': 'quote',
  'what-next': 'future',
  'who-is': 'description',
  'what-is': 'definition',
  how: 'manner',
  'yes-no': 'statement',
  what: 'any',
};

/** When two phrases tie, the more specific type wins. */
const PRIORITY: PhraseType[] = ['what-next', 'why', 'how-long', 'how-many', 'how-much', 'when', 'where', 'who', 'how', 'what'];

const OPENERS = /[,;:¿¡«"“(]\s*$/u;
const TRIM = /^[\s¿¡«"“„]+|[\s?？;;.!»"”]+$/gu;

/**
 * The words that end a type's multi-word phrases ("year" of "what year", "pays" of "quel
 * pays"): after a bare question word ("Quel est le pays où..."), such a noun names the type.
 */
const kindNouns = new WeakMap<QaPack, Map<string, PhraseType>>();
function nounsOf(pack: QaPack): Map<string, PhraseType> {
  let m = kindNouns.get(pack);
  if (m) return m;
  m = new Map();
  for (const type of ['when', 'where', 'who', 'how-much', 'how-long'] as const) {
    for (const p of pack.types[type] ?? []) {
      const words = p.split(/\s+/u);
      const last = words[words.length - 1];
      // A noun, not a verb or a question word ("is" of "where is").
      // A noun, not a verb, a question word or an article ("η" of "ποια είναι η").
      if (
        words.length >= 2 &&
        !p.endsWith('*') &&
        !m.has(last) &&
        !pack.yesNo.includes(last) &&
        !pack.questionWords.includes(last) &&
        !pack.stopwords?.().has(last)
      )
        m.set(last, type);
    }
  }
  kindNouns.set(pack, m);
  return m;
}

interface Slot {
  kind: 'said' | 'whoIs' | 'whatIs';
  value: string;
  start: number;
  end: number;
  /** Offsets of the whole template in the question. */
  from: number;
  to: number;
}

interface Template {
  /** Its fixed words, lower case: all must be in the question for the template to be tried. */
  words: string[];
  source: string;
  re?: RegExp;
}

/**
 * The templates of a list, each compiled only once a question holds its words: compiling all
 * of a pack's case-insensitive Unicode patterns cost the first question ~10 ms.
 */
const templates = new WeakMap<readonly string[], Map<boolean, Template[]>>();
function templatesOf(list: readonly string[], spaced: boolean): Template[] {
  let bySpacing = templates.get(list);
  if (!bySpacing) templates.set(list, (bySpacing = new Map()));
  let out = bySpacing.get(spaced);
  if (out) return out;
  out = list.map((t) => {
    const last = t.trimEnd().endsWith('{X}');
    const body = t
      .split('{X}')
      .map((part) => escapeRegExp(part).replace(/\s+/gu, '\\s+').replace(/['’]/gu, "['’]\\s*"))
      .join(last ? '(.+)' : '(.+?)');
    const source = spaced ? `(?:^|(?<=[\\s,;:]))${body}${last ? '$' : '(?=$|[\\s,;:.!])'}` : `${body}${last ? '$' : ''}`;
    return {
      words: t
        .replace('{X}', ' ')
        .toLowerCase()
        .split(/[\s'’]+/u)
        .filter(Boolean),
      source,
    };
  });
  bySpacing.set(spaced, out);
  return out;
}

function findSlot(text: string, pack: QaPack, spaced: boolean): Slot | undefined {
  const lower = text.toLowerCase();
  for (const kind of ['said', 'whoIs', 'whatIs'] as const) {
    for (const t of templatesOf(pack[kind], spaced)) {
      if (!t.words.every((w) => lower.includes(w))) continue;
      t.re ??= new RegExp(t.source, 'iu');
      const m = t.re.exec(text);
      if (!m || m[1] === undefined) continue;
      const value = m[1].trim();
      const start = m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
      if (value) return { kind, value, start, end: start + value.length, from: m.index, to: m.index + m[0].length };
    }
  }
  return undefined;
}

/**
 * A name as a reader writes it: capitalised words (and their particles), none a role ("Sohn"
 * is a noun in German, not a name), or a short phrase in a script without capitals.
 */
function looksLikeName(tokens: Token[], spaced: boolean, value: string, roles: readonly string[]): boolean {
  if (!spaced) return value.length > 0 && value.length <= 6;
  if (tokens.length === 0 || tokens.length > 5) return false;
  const hasCase = tokens.some((t) => /\p{Lu}|\p{Ll}/u.test(t.word) && t.word.toUpperCase() !== t.word.toLowerCase());
  if (!hasCase) return tokens.length <= 3;
  const content = tokens.filter((t) => t.term !== null);
  return content.length > 0 && content.every((t) => t.capital) && !findPhrases(roles, value, tokens).length;
}

function chooseType(text: string, tokens: Token[], pack: QaPack, spaced: boolean): { type: PhraseType; match: PhraseMatch; opens: boolean } | undefined {
  let best: { type: PhraseType; match: PhraseMatch; opens: boolean; rank: number[] } | undefined;
  for (const type of PRIORITY) {
    const list = pack.types[type];
    if (!list) continue;
    for (const match of findPhrases(list, text, tokens, !spaced)) {
      const opens = spaced && (match.first === 0 || OPENERS.test(text.slice(0, match.start)));
      const size = spaced ? match.last - match.first : match.end - match.start;
      const rank = [opens ? 1 : 0, size, -match.start, -PRIORITY.indexOf(type)];
      if (!best || greater(rank, best.rank)) best = { type, match, opens, rank };
    }
  }
  return best;
}

function greater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/**
 * Reads a question: its type, what kind of fact answers it, its content terms, and what the
 * check needs (the counted noun, the person, the term).
 */
export function analyseQuestion(question: string, lang: string): QuestionAnalysis {
  const pack = qaPack(lang);
  const text = question.replace(/\s+/gu, ' ').replace(TRIM, '');
  const tokens = tokenize(text, lang);
  const spaced = !unspaced(text, lang);
  const questionWords = new Set(pack.questionWords);
  let type: QuestionType = 'what';
  /** Characters of the question that say its type, not its topic. */
  let typeSpan: [number, number] | undefined;
  let person: string | undefined;
  let term: string | undefined;
  let target: string | undefined;

  const slot = findSlot(text, pack, spaced);
  const slotTokens = slot ? tokens.filter((t) => t.start >= slot.start && t.end <= slot.end) : [];
  const chosen = chooseType(text, tokens, pack, spaced);
  if (slot?.kind === 'said' && slotTokens.length <= 5) {
    type = 'what-said';
    person = slot.value;
  } else if (slot?.kind === 'whoIs' && looksLikeName(slotTokens, spaced, slot.value, pack.roles)) {
    type = 'who-is';
    person = slot.value;
  } else if (slot?.kind === 'whatIs' && (spaced ? slotTokens.length <= 4 && slotTokens.filter((t) => t.term !== null).length <= 3 : slot.value.length <= 6)) {
    type = 'what-is';
    term = slot.value;
  }
  if (type !== 'what') typeSpan = [slot!.from, slot!.start];

  let phraseType: PhraseType | undefined;
  if (type === 'what' && chosen) {
    phraseType = chosen.type;
    typeSpan = [chosen.match.start, chosen.match.end];
    // "Quel est le pays où...", "What was the year...": the noun after the question word names the kind.
    if (spaced && (phraseType === 'what' || phraseType === 'who') && chosen.match.last - chosen.match.first === 1) {
      const nouns = nounsOf(pack);
      // "Ποιος όρος…" is "which term", not "who": a word that is "who" alone asks "which"
      // before a noun that names no person (a verb after it keeps "who": "Ποιος κέρδισε").
      const next = tokens[chosen.match.last];
      if (
        phraseType === 'who' &&
        next &&
        next.term !== null &&
        pack.whichWords?.includes(tokens[chosen.match.first].word) &&
        !nouns.has(next.word) &&
        !questionWords.has(next.word)
      ) {
        const verb = pack.verbEndings?.some((e) => plain(next.word).endsWith(e)) ?? false;
        if (!verb && !findPhrases(pack.roles, text.slice(next.start, next.end), [{ ...next, start: 0, end: next.end - next.start }]).length)
          phraseType = 'what';
      }
      for (const t of tokens.slice(chosen.match.last, chosen.match.last + 4)) {
        const named = nouns.get(t.word);
        if (named || (t.term !== null && !questionWords.has(t.word))) {
          target = t.word;
          if (named && phraseType === 'what') phraseType = named;
          break;
        }
      }
    }
  }
  // "Konnte den … nach wie vor…?", "Is it true that…?": a question opening with a verb asks yes or no,
  // unless a question word opens a clause of it.
  const yes = type === 'what' ? findPhrases(pack.yesNo, text, tokens, !spaced) : [];
  const yesFirst = yes.length > 0 && (!spaced || yes[0].first === 0);
  if (yesFirst && (!phraseType || (spaced && chosen && !chosen.opens))) {
    phraseType = undefined;
    type = 'yes-no';
    typeSpan = [yes[0].start, yes[0].end];
  } else if (phraseType) type = phraseType === 'how-long' ? 'how-much' : phraseType;
  const expects = phraseType === 'how-long' ? 'duration' : EXPECTS[type];

  const inType = (t: Token) => !!typeSpan && t.start >= typeSpan[0] && t.end <= typeSpan[1];
  const focusTokens = tokens.filter((t) => t.term !== null && !inType(t) && !questionWords.has(t.word));
  const focus: string[] = [];
  const focusWords: string[] = [];
  const rare: string[] = [];
  for (const t of focusTokens) {
    if (focus.includes(t.term!)) continue;
    focus.push(t.term!);
    focusWords.push(text.slice(t.start, t.end));
    if (/\p{N}/u.test(t.word) || (t.capital && !pack.capitalisedNouns && t !== tokens[0])) rare.push(t.term!);
  }
  // Pairs of characters where a segmenter cut a name into pieces (see termsOf).
  for (const pair of termsOf(tokens.filter((t) => !inType(t) && !questionWords.has(t.word)))) if (!focus.includes(pair)) focus.push(pair);

  let counted: string[] | undefined;
  if (type === 'how-many' && chosen) {
    const after = tokens.filter((t) => t.start >= chosen.match.end);
    const before = tokens.filter((t) => t.end <= chosen.match.start);
    const words: Token[] = [];
    for (const t of after) {
      if (t.term === null || questionWords.has(t.word)) {
        if (words.length) break;
        continue;
      }
      words.push(t);
      if (words.length === 2) break;
    }
    if (!words.length) words.push(...before.filter((t) => t.term !== null && !questionWords.has(t.word)).slice(-2));
    if (words.length) counted = words.map((t) => t.term!);
  }

  return {
    question,
    lang,
    type,
    expects,
    focus,
    focusWords,
    rare,
    ...(counted ? { counted } : {}),
    ...(person ? { person } : {}),
    ...(term ? { term } : {}),
    ...(target ? { target } : {}),
  };
}
