/**
 * Does a sentence, or a span of two, carry the kind of fact a question asks for? A time for
 * "when", a count of that very noun for "how many", a place for "where", a cause for "why",
 * a description of X for "who is X", X as the speaker for "what did X say", a future or
 * planned action for "what next", a definition for "what is X". The typed answer must lie
 * outside the question's own words: "1990" does not answer "what happened in 1990?".
 */
import { qaPack, type QaPack } from '../text/lang/qa';
import { amounts, causes, counts, definitions, futures, names, persons, places, quotes, times, type Fact, type SentenceText } from './facts';
import type { QuestionAnalysis } from './question';
import { termsOf, tokenize, unspaced } from './terms';

export interface Verification {
  /** The check passed: the span carries the fact asked for. */
  ok: boolean;
  /** 0-1: how sure (1: beyond doubt; around 0.5: the question asks for no particular kind). */
  strength: number;
  /** Which sentence of the span holds the typed answer (0 or 1), and where in it (characters). */
  sentence?: number;
  start?: number;
  end?: number;
}

/** A fact weaker than this is a hint, not an answer. */
export const VERIFIED = 0.7;

/** The terms of a name or a term as written in the question ("Emmanuel Macron" -> its terms), once per question. */
const phraseTerms = new WeakMap<QuestionAnalysis, Map<string, string[]>>();
export function termsOfPhrase(phrase: string, q: QuestionAnalysis): string[] {
  let m = phraseTerms.get(q);
  if (!m) phraseTerms.set(q, (m = new Map()));
  let t = m.get(phrase);
  if (!t) m.set(phrase, (t = termsOf(tokenize(phrase, q.lang))));
  return t;
}

/** Kinds for which any sentence will do: the check cannot tell (how, yes-no, what). */
const OPEN_KINDS = new Set(['manner', 'statement', 'any']);
export const isOpenKind = (kind: QuestionAnalysis['expects']): boolean => OPEN_KINDS.has(kind);

/**
 * The facts of the kind the question expects in one sentence, strongest first, without those
 * made only of the question's own words. `context`: the other sentence of the span (for a
 * quotation whose speaker is named in the sentence before).
 */
export function typedFacts(q: QuestionAnalysis, s: SentenceText, pack: QaPack = qaPack(q.lang), context?: SentenceText): Fact[] {
  let found: Fact[];
  switch (q.expects) {
    case 'person':
      found = persons(s, pack);
      break;
    case 'time':
      found = times(s, pack);
      break;
    case 'place':
      found = places(s, pack);
      break;
    case 'count':
      found = counts(s, pack, q.counted);
      break;
    case 'amount':
      found = amounts(s, pack, pack.amountUnits, 'amount');
      break;
    case 'duration':
      found = [
        ...amounts(s, pack, pack.durationUnits, 'duration'),
        ...times(s, pack).map((f) => ({ ...f, kind: 'duration' as const, strength: f.strength * 0.6 })),
      ];
      break;
    case 'cause':
      found = causes(s, pack);
      break;
    case 'future':
      found = futures(s, pack);
      break;
    case 'quote': {
      found = quotes(s, pack);
      if (q.person) {
        const speaker = termsOfPhrase(q.person, q);
        const named = (x: SentenceText) => x.tokens.some((t) => t.term !== null && speaker.includes(t.term));
        // The speaker named in the sentence, or in the one before it that the quotation goes on from.
        const weight = named(s) ? 1 : context && named(context) ? 0.8 : 0.3;
        found = found.map((f) => ({ ...f, strength: f.strength * weight }));
      }
      break;
    }
    case 'definition':
      found = definitions(s, pack, q.term ? termsOfPhrase(q.term, q) : [], 'definition');
      break;
    case 'description':
      found = definitions(s, pack, q.person ? termsOfPhrase(q.person, q) : [], 'description');
      break;
    default:
      // Open questions: a name the question does not give is the likeliest answer to "what" or "which".
      found = names(s, pack).map((f) => ({ ...f, kind: 'any' as const, strength: f.strength * 0.5 }));
  }
  const asked = new Set(q.focus);
  const own = (f: Fact) => {
    let content = 0;
    for (let i = f.first; i < f.last; i++) {
      const t = s.tokens[i].term;
      if (t === null) continue;
      content++;
      if (!asked.has(t)) return false;
    }
    return content > 0;
  };
  return found.filter((f) => f.strength > 0 && !own(f)).sort((a, b) => b.strength - a.strength || a.start - b.start);
}

/**
 * Checks one sentence or two consecutive ones (a span) against a question analysed by
 * analyseQuestion; returns where the typed answer is.
 */
export function verifyAnswer(q: QuestionAnalysis, span: string[]): Verification {
  const pack = qaPack(q.lang);
  const texts: SentenceText[] = span.map((text) => ({ text, tokens: tokenize(text, q.lang), unspaced: unspaced(text, q.lang) }));
  return verifyTexts(q, texts, pack);
}

export function verifyTexts(q: QuestionAnalysis, texts: SentenceText[], pack: QaPack = qaPack(q.lang)): Verification {
  if (OPEN_KINDS.has(q.expects)) return { ok: true, strength: 0.5 };
  let best: Verification = { ok: false, strength: 0 };
  texts.forEach((s, k) => {
    const f = typedFacts(q, s, pack, texts[k - 1])[0];
    if (f && f.strength > best.strength) best = { ok: f.strength >= VERIFIED, strength: f.strength, sentence: k, start: f.start, end: f.end };
  });
  return best;
}
