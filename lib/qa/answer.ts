/**
 * Answers a question from an article's sentences: the sentences ranked (rank.ts), the best
 * taken as answers with the sentence next to them when that one holds the typed fact, cut to
 * the answer when long, and a calibrated confidence below which the article is taken not to
 * say (the best passage is then offered as the closest, never as an answer).
 */
import type { Sentence } from '../types';
import { qaPack } from '../text/lang/qa';
import { articleIndex, type ArticleIndex } from './article';
import { analyseQuestion, type QuestionAnalysis } from './question';
import { scoreSentences, type SentenceScore } from './rank';
import { isOpenKind, typedFacts, VERIFIED } from './verify';
import { findPhrases } from './phrases';
import { WEIGHTS, type Weights } from './weights';

export interface Answer {
  /** Indices of the article's sentences the answer comes from (one or two, consecutive). */
  sources: number[];
  /** The answer as the article words it: its sentences, or the part of a long one that answers. */
  text: string;
  /** True when `text` is a cut of its sentences (the interface may mark the cut with "…"). */
  cut: boolean;
  /** Ranking score (higher is better; comparable within one question). */
  score: number;
  /** The sentences carry the kind of fact the question asks for (a date for "when"...). */
  typed: boolean;
  /** Where the typed answer is: which source and the characters in that sentence. */
  span?: { sentence: number; start: number; end: number };
}

export interface AnswerResult {
  analysis: QuestionAnalysis;
  /** The article answers: `answers` holds the answers, best first. */
  answered: boolean;
  /** 0-1: how likely the best passage answers the question. */
  confidence: number;
  answers: Answer[];
  /** When not answered: the passage that comes closest, to offer as such, never as an answer. */
  closest?: Answer;
}

export interface AnswerOptions {
  /** How many answers at most (default 3). */
  max?: number;
  /** Confidence needed to answer (default: the threshold tuned on development data). */
  threshold?: number;
  /**
   * Which answers follow the best one: 'close' (default), those nearly as good that pass the
   * same checks (confidence, and the typed fact when the question asks for one); 'all', the
   * next best sentences whatever they are (to measure the ranking).
   */
  alternatives?: 'close' | 'all';
  weights?: Weights;
  /**
   * An answer whose neighbour scores nearly as well (within PAIR_MARGIN) is given as the two
   * sentences (the reader's questions; the FAQ keeps one sentence and its own checks).
   */
  pairs?: boolean;
}

/** How far below the best answer's score another may be and still be shown (see AnswerOptions). */
const CLOSE_MARGIN = 2;

/** How close a neighbour's score must come to the best sentence's for both to be the answer (tuned on the tuning half). */
export const PAIR_MARGIN = 1;

/** Longer than this, an answer is cut to the clause that answers. */
const CUT_WORDS = 35;
const CUT_CHARS_UNSPACED = 90;
const CLAUSE_MARK = /[,;:()\u2013\u2014，；：（）]/u;

/** Answers `question` from `sentences` (segmentArticle's, in the article's language `lang`). */
export function answerQuestion(question: string, sentences: Sentence[], lang: string, options: AnswerOptions = {}): AnswerResult {
  return answerAnalysed(analyseQuestion(question, lang), sentences, options);
}

/** As answerQuestion, for a question already analysed (the FAQ builds its own). */
export function answerAnalysed(q: QuestionAnalysis, sentences: Sentence[], options: AnswerOptions = {}): AnswerResult {
  const weights = options.weights ?? WEIGHTS;
  const max = options.max ?? 3;
  const threshold = options.threshold ?? weights.threshold;
  if (sentences.length === 0) return { analysis: q, answered: false, confidence: 0, answers: [] };
  const index = articleIndex(sentences, q.lang);
  if (q.focus.length === 0) return byTypeAlone(q, index, max);
  const scores = scoreSentences(q, index, weights);
  const ranked = [...scores].sort((a, b) => b.score - a.score);
  const answers: Answer[] = [];
  const used = new Set<number>();
  const open = isOpenKind(q.expects);
  const eligible = eligibility(scores.map((s) => s.features));
  let top: SentenceScore | undefined;
  for (const s of ranked) {
    if (answers.length >= max) break;
    if (used.has(s.index) || !eligible(s.features)) continue;
    // Answers after the first pass the checks of their own: no filler after a good answer.
    if (top && options.alternatives !== 'all' && (s.score < top.score - CLOSE_MARGIN || calibrated(s.features, weights) < threshold)) continue;
    const a = buildAnswer(q, index, s, scores, options.pairs ? PAIR_MARGIN : undefined, used);
    if (a.sources.some((i) => used.has(i))) continue;
    if (top && options.alternatives !== 'all' && !open && !a.typed) continue;
    for (const i of a.sources) used.add(i);
    answers.push(a);
    top ??= s;
  }
  const best = answers[0];
  const confidence = top ? calibrated(top.features, weights) : 0;
  const answered = !!best && confidence >= threshold;
  return answered ? { analysis: q, answered, confidence, answers } : { analysis: q, answered, confidence, answers: [], ...(best ? { closest: best } : {}) };
}

/**
 * A question with no topic of its own ("What happens next?", "Quand cela se passe-t-il ?",
 * "Pourquoi ?"): only its type can pick an answer, the sentences that carry that kind of fact,
 * in reading order (news says the essential first), or for what comes next, those that speak
 * most of the future. None: not answered.
 */
function byTypeAlone(q: QuestionAnalysis, index: ArticleIndex, max: number): AnswerResult {
  const open = isOpenKind(q.expects);
  const answers: Answer[] = [];
  if (!open) {
    const pack = qaPack(q.lang);
    const found = index.texts.map((t, i) => {
      const facts = typedFacts(q, t, pack, index.texts[i - 1]);
      return { i, fact: facts[0], weight: facts.reduce((n, f) => n + f.strength, 0) };
    });
    // What comes next is where the article talks most of the future; the rest, in reading order.
    const order = found.filter((x) => x.fact && x.fact.strength >= VERIFIED);
    if (q.expects === 'future') order.sort((a, b) => b.weight - a.weight || a.i - b.i);
    for (const { i, fact } of order.slice(0, max)) {
      const cut = cutSentence(index, i, fact, []);
      answers.push({
        sources: [i],
        text: cut.text,
        cut: cut.cut,
        score: fact!.strength,
        typed: true,
        span: { sentence: i, start: fact!.start, end: fact!.end },
      });
    }
  }
  return answers.length ? { analysis: q, answered: true, confidence: answers[0].score, answers } : { analysis: q, answered: false, confidence: 0, answers: [] };
}

/**
 * Which sentences may answer: those holding a term of the question (or a near-miss of one);
 * when none does ("ou habite t il ?" against "vit"), those sharing letters with its words.
 */
export function eligibility(features: number[][]): (f: number[]) => boolean {
  const matches = (f: number[]) => f[1] > 0 || f[3] > 0;
  return features.some(matches) ? matches : (f) => f[16] > 0;
}

/** The confidence that a sentence with these signals answers (weights.calibration). */
export function calibrated(features: number[], weights: Weights = WEIGHTS): number {
  let z = weights.calibration.b;
  for (let k = 0; k < features.length; k++) z += (weights.calibration.w[k] ?? 0) * features[k];
  return 1 / (1 + Math.exp(-z));
}

/** One answer from a ranked sentence: with its neighbour when that one holds the typed fact, cut when long. */
function buildAnswer(
  q: QuestionAnalysis,
  index: ArticleIndex,
  s: SentenceScore,
  scores: SentenceScore[],
  pairMargin?: number,
  used?: ReadonlySet<number>,
): Answer {
  const { sentences, texts } = index;
  const i = s.index;
  let sources = [i];
  let fact = s.fact;
  let factAt = i;
  const open = isOpenKind(q.expects);
  // "He is also the oldest...": a sentence that leans on the one before takes it along.
  if (i > 0 && sentences[i - 1].block === sentences[i].block && leansBack(index, i)) {
    sources = [i - 1, i];
    if (!open && (!fact || fact.strength < VERIFIED)) {
      const f = typedFacts(q, texts[i - 1], qaPack(q.lang), texts[i - 2])[0];
      if (f && f.strength > (fact?.strength ?? 0)) {
        fact = f;
        factAt = i - 1;
      }
    }
  } else if (!open && (!fact || fact.strength < VERIFIED)) {
    // The typed fact in the next sentence (or the one before): the answer is both.
    const pack = qaPack(q.lang);
    for (const j of [i + 1, i - 1]) {
      if (j < 0 || j >= sentences.length) continue;
      // Within the paragraph; across into the next only for a fact beyond doubt (a quotation that says why).
      const sameBlock = sentences[j].block === sentences[i].block;
      const f = typedFacts(q, texts[j], pack, j === i + 1 ? texts[i] : texts[j - 1])[0];
      if (f && f.strength >= (sameBlock ? VERIFIED : 1) && f.strength > (fact?.strength ?? 0)) {
        sources = j > i ? [i, j] : [j, i];
        fact = f;
        factAt = j;
        break;
      }
    }
  }
  if (sources.length === 1 && pairMargin !== undefined) {
    // Two neighbours the ranking barely tells apart, both on the question's terms: the answer
    // is the passage of both rather than a guess between them.
    let pair: SentenceScore | undefined;
    for (const j of [i - 1, i + 1]) {
      const n = scores[j];
      if (
        n &&
        !used?.has(j) &&
        sentences[j].block === sentences[i].block &&
        n.features[1] > 0 &&
        n.score >= s.score - pairMargin &&
        (!pair || n.score > pair.score)
      )
        pair = n;
    }
    if (pair) {
      sources = pair.index < i ? [pair.index, i] : [i, pair.index];
      if (!open && (!fact || fact.strength < VERIFIED) && pair.fact && pair.fact.strength > (fact?.strength ?? 0)) {
        fact = pair.fact;
        factAt = pair.index;
      }
    }
  }
  const parts = sources.map((k) => cutSentence(index, k, k === factAt ? fact : undefined, scores[k].matched));
  return {
    sources,
    text: parts.map((p) => p.text).join(' '),
    cut: parts.some((p) => p.cut),
    score: s.score,
    typed: !open && !!fact && fact.strength >= VERIFIED,
    ...(fact ? { span: { sentence: factAt, start: fact.start, end: fact.end } } : {}),
  };
}

/** The sentence opens with a pronoun or a demonstrative ("He", "Ces", "这") that refers back. */
function leansBack(index: ArticleIndex, i: number): boolean {
  const s = index.texts[i];
  const pack = qaPack(index.lang);
  if (s.unspaced) return pack.anaphora.some((w) => s.text.startsWith(w));
  const m = findPhrases(pack.anaphora, s.text, s.tokens.slice(0, 3));
  return m.length > 0;
}

/** A long sentence cut to the clauses around its typed fact and the question's words there. */
function cutSentence(
  index: ArticleIndex,
  k: number,
  fact: { first: number; last: number; start: number; end: number } | undefined,
  matched: number[],
): { text: string; cut: boolean } {
  const s = index.texts[k];
  const long = s.unspaced ? s.text.length > CUT_CHARS_UNSPACED : s.tokens.length > CUT_WORDS;
  if (!long || !fact) return { text: s.text, cut: false };
  const nearby = matched.filter((p) => p >= fact.first - 12 && p < fact.last + 12);
  let from = Math.min(fact.start, ...nearby.map((p) => s.tokens[p].start));
  let to = Math.max(fact.end, ...nearby.map((p) => s.tokens[p].end));
  // Out to the clause boundaries on each side.
  const before = s.text.slice(0, from);
  let b = -1;
  for (let c = before.length - 1; c >= 0; c--)
    if (CLAUSE_MARK.test(before[c])) {
      b = c;
      break;
    }
  from = b < 0 ? 0 : b + 1;
  const after = s.text.slice(to);
  const e = after.search(CLAUSE_MARK);
  to = e < 0 ? s.text.length : to + e;
  const text = s.text
    .slice(from, to)
    .trim()
    .replace(/^[,;:\s]+/u, '');
  if (!text || text.length >= s.text.length - 3) return { text: s.text, cut: false };
  return { text, cut: true };
}
