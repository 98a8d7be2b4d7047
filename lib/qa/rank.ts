/**
 * How well each sentence answers a question: a weighted sum of signals, each from 0 to 1 —
 * BM25 over stems, the share of the question's terms (by weight) the sentence holds, alone and
 * with its neighbours, near-misses of inflection, the typed fact the question asks for and how
 * close it stands to the question's words, how tightly and in what order those words appear,
 * names and numbers of the question found again, tf-idf cosine, length, and the share of the
 * question's terms the sentence's paragraph holds beyond the sentence itself, the share of the
 * sentence that is new to the question (an answer says something the question does not), and
 * the question's words found as written, not only as stems; names of the question the
 * sentence refers to by a pronoun ("he" after a sentence naming Luther), and coverage again
 * with the rarer terms weighing more. The weights are
 * tuned on development data (npm run bench:ask -- --tune) and kept in weights.ts.
 */
import { bm25 } from '../text/bm25';
import { cosine, vectorize } from '../text/vectors';
import { qaPack } from '../text/lang/qa';
import { articleAnaphora, articleGrams, gramsOf, type ArticleIndex } from './article';
import { tokenize } from './terms';
import type { Fact } from './facts';
import type { AnswerKind, QuestionAnalysis } from './question';
import { typedFacts } from './verify';
import { WEIGHTS, type Weights } from './weights';

export const FEATURES = [
  'bm',
  'cov',
  'ctx',
  'fuzzy',
  'type',
  'prox',
  'dens',
  'order',
  'rare',
  'cos',
  'len',
  'block',
  'novel',
  'exact',
  'coref',
  'cov2',
  'grams',
] as const;
export type Feature = (typeof FEATURES)[number];

export interface SentenceScore {
  index: number;
  score: number;
  features: number[];
  /** The strongest typed fact of the kind asked for in this sentence. */
  fact?: Fact;
  /** Tokens of the sentence that match the question's terms. */
  matched: number[];
}

/** Each question term's weight: its idf in the article, or the highest there is for a term the article lacks. */
function termWeights(q: QuestionAnalysis, index: ArticleIndex): number[] {
  return q.focus.map((t) => index.model.idf.get(t) ?? index.unseenIdf);
}

const PREFIX = 5;

/** The signals of every sentence for a question (see FEATURES). */
export function scoreSentences(q: QuestionAnalysis, index: ArticleIndex, weights: Weights = WEIGHTS): SentenceScore[] {
  const { model, texts } = index;
  const pack = qaPack(q.lang);
  const n = texts.length;
  const w = termWeights(q, index);
  const total = w.reduce((a, x) => a + x, 0) || 1;
  const bm = bm25(model, q.focus);
  const maxBm = Math.max(1e-9, ...bm);
  const focusIndex = new Map(q.focus.map((t, k) => [t, k]));
  const prefixes = new Map<string, number>();
  q.focus.forEach((t, k) => {
    if (t.length >= PREFIX + 1 && !prefixes.has(t.slice(0, PREFIX))) prefixes.set(t.slice(0, PREFIX), k);
  });
  const rare = new Set(q.rare);
  const asWritten = new Map(q.focusWords.map((word, k) => [word.toLowerCase(), k]));
  const qVector = vectorize(q.focus, model.idf);

  // Which question terms each sentence holds.
  const holds: Array<Set<number>> = model.terms.map((ts) => {
    const set = new Set<number>();
    for (const t of ts) {
      const k = focusIndex.get(t);
      if (k !== undefined) set.add(k);
    }
    return set;
  });
  const coverage = (set: Set<number>) => {
    let s = 0;
    for (const k of set) s += w[k];
    return s / total;
  };

  // Names of the question that the article keeps coming back to: a pronoun may stand for them.
  const recurring = q.focus.map((t, k) => rare.has(t) && (model.idf.get(t) ?? Infinity) <= Math.log((n + 1) / 3.5) && k < w.length);
  const anaphoric = articleAnaphora(index);
  const total2 = w.reduce((a, x) => a + x * x, 0) || 1;

  // The question's terms each paragraph holds.
  const blocks = new Map<number, Set<number>>();
  index.sentences.forEach((s, i) => {
    let set = blocks.get(s.block);
    if (!set) blocks.set(s.block, (set = new Set()));
    for (const k of holds[i]) set.add(k);
  });

  const grams = articleGrams(index);
  const qGrams = gramsOf(tokenize(q.focusWords.join(' '), q.lang));

  const out: SentenceScore[] = [];
  for (let i = 0; i < n; i++) {
    const s = texts[i];
    const held = holds[i];
    const cov = coverage(held);
    const around = new Set(held);
    for (const j of [i - 1, i + 1]) if (j >= 0 && j < n) for (const k of holds[j]) around.add(k);
    const ctx = coverage(around) - cov;
    // Inflections a stemmer leaves apart ("compiled" / "compilation"): the first letters agree.
    let fuzzy = 0;
    const seen = new Set<number>();
    for (const t of model.terms[i]) {
      const k = prefixes.get(t.slice(0, PREFIX));
      if (k !== undefined && !held.has(k) && !seen.has(k) && t.length >= PREFIX) {
        seen.add(k);
        fuzzy += w[k];
      }
    }
    fuzzy /= total;

    const matched: number[] = [];
    s.tokens.forEach((t, p) => {
      if (t.term !== null && focusIndex.has(t.term)) matched.push(p);
    });
    const facts = typedFacts(q, s, pack, texts[i - 1]);
    const fact = facts[0];
    let prox = 0;
    if (fact && matched.length) {
      let d = Infinity;
      for (const p of matched) d = Math.min(d, p < fact.first ? fact.first - p : p >= fact.last ? p - fact.last + 1 : 0);
      prox = Math.exp(-d / 4);
    }
    let dens = 0;
    let order = 0;
    if (matched.length) {
      dens = held.size / (matched[matched.length - 1] - matched[0] + 1);
      // Question terms that follow each other in the question and (closely) in the sentence.
      let pairs = 0;
      for (let a = 0; a + 1 < matched.length; a++) {
        const ka = focusIndex.get(s.tokens[matched[a]].term!)!;
        const kb = focusIndex.get(s.tokens[matched[a + 1]].term!)!;
        if (kb === ka + 1 && matched[a + 1] - matched[a] <= 3) pairs++;
      }
      order = q.focus.length > 1 ? Math.min(1, pairs / (q.focus.length - 1)) : 0;
    }
    let rareHit = 0;
    if (rare.size) {
      for (const k of held) if (rare.has(q.focus[k])) rareHit++;
      rareHit /= rare.size;
    }
    let content = 0;
    let fromQuestion = 0;
    const exact = new Set<number>();
    for (const t of s.tokens) {
      if (t.term === null) continue;
      content++;
      if (focusIndex.has(t.term)) fromQuestion++;
      const k = asWritten.get(t.word);
      if (k !== undefined) exact.add(k);
    }
    let exactWeight = 0;
    for (const k of exact) exactWeight += w[k];
    let coref = 0;
    if (anaphoric[i]) {
      q.focus.forEach((_, k) => {
        if (recurring[k] && !held.has(k) && [i - 1, i - 2].some((j) => j >= 0 && index.sentences[j].block === index.sentences[i].block && holds[j].has(k)))
          coref += w[k];
      });
    }
    let cov2 = 0;
    for (const k of held) cov2 += w[k] * w[k];
    const features = [
      bm[i] / maxBm,
      cov,
      ctx,
      fuzzy,
      fact?.strength ?? 0,
      prox,
      dens,
      order,
      rareHit,
      cosine(qVector, model.vectors[i]),
      Math.log(1 + s.tokens.length) / 5,
      coverage(blocks.get(index.sentences[i].block)!) - cov,
      content ? 1 - fromQuestion / content : 0,
      exactWeight / total,
      coref / total,
      cov2 / total2,
      gramShare(qGrams, grams[i]),
    ];
    out.push({ index: i, score: combine(features, q.expects, weights), features, fact, matched });
  }
  return out;
}

/** Share of the question's letter 4-grams the sentence has. */
function gramShare(q: Set<string>, s: Set<string>): number {
  if (!q.size) return 0;
  let n = 0;
  for (const g of q) if (s.has(g)) n++;
  return n / q.size;
}

export function combine(features: number[], kind: AnswerKind, weights: Weights): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += weights.base[k] * features[k];
  // The typed fact counts as much as the kind of question makes it telling.
  return s + (weights.type[kind] ?? 0) * features[4];
}
