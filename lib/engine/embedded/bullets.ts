import type { Article, DigestLength, Sentence } from '../../types';
import { terms, wordCount } from '../../text/tokens';
import { hasUnbalancedQuotes } from '../../text/quotes';
import { cosine, vectorize, type SentenceModel, type SparseVector } from './vectors';

/** Lines that are page furniture, not news: datelines, credits, prompts. */
const BOILERPLATE =
  /©|copyright|all rights reserved|tous droits|newsletter|abonnez|abonnement|subscribe|sign up|s'inscrire|inscrivez|cookie|lire aussi|lire la suite|à lire|read more|click here|cliquez|publié le|mis à jour le|updated on|photo\s*:|crédit|credit\s*:|getty images|afp photo|partager|share this|follow us|suivez-nous/i;
const TERMINAL = /[.!…»"”)'’\]]$/u;

export function isBulletCandidate(s: Sentence, lang: string): boolean {
  const n = wordCount(s.text, lang);
  if (n < 5 || n > 70) return false;
  if (!TERMINAL.test(s.text)) return false;
  if (/[?？]\s*[»"”]?$/u.test(s.text)) return false;
  // Half a quotation (it opens here and closes in the next sentence) reads as a broken line.
  if (hasUnbalancedQuotes(s.text)) return false;
  return !BOILERPLATE.test(s.text);
}

export interface Scored {
  index: number;
  score: number;
}

/**
 * Sentences that lean on the one before: a pronoun or a demonstrative first, or a first
 * person outside quotation marks (the rest of someone's quotation).
 */
export const DANGLING_START =
  /^(?:[«"“]?\s*(?:he|she|they|it|this|these|those|that|his|her|their|its|il|elle|ils|elles|ce|cet|cette|ces|celui-ci|celle-ci|lui|leur|er|sie|es|dies|diese|dieser|él|ella|ellos|ellas|esto|este|esta|lei|loro|questo|questa|ele|ela|eles|elas|isso|hij|zij|dit|deze)\b|(?:i|we|je|nous|ich|wir|yo|nosotros|io|noi|eu|nós|ik|wij)\b|j['’]|i['’]m\b)/iu;

/**
 * Content terms past which a sentence is too long for one EN BREF line (about 35 words), and
 * what such a sentence's score is multiplied by. 0.55 measured best for length at no loss
 * against Lead-k (0.85: 17% of bullets over 35 words; 0.55: 12%; 0.4: 9%, but below Lead-3).
 */
const LONG_TERMS = 20;
const LONG_PENALTY = 0.55;

export interface ScoreWeights {
  centrality: number;
  position: number;
  title: number;
  /** PacSum: weight of similarity to earlier sentences (0: a sentence matters by what it announces, not by what it repeats). */
  backward: number;
  /** How fast the lead bias fades, as a share of the candidate sentences (at least 4 sentences). */
  positionScale: number;
}

// Tuned on ../shared/data (half of OrangeSum validation and FRANK's CNN/DM articles, a grid of
// 216 settings; the other half of OrangeSum held out, where it scores as on the tuned half):
// see scripts/bench-quality.ts.
export const DEFAULT_WEIGHTS: ScoreWeights = { centrality: 0.5, position: 0.45, title: 0.15, backward: 0, positionScale: 0.25 };

function addInto(sum: SparseVector, v: SparseVector) {
  for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
}

/**
 * Directed centrality (PacSum, Zheng and Lapata 2019): a sentence's cosine similarity to the
 * sentences after it, plus `backward` times its similarity to those before it. Vectors are
 * unit length, so a sum of cosines is one dot product with a running sum of vectors: linear
 * in the article's length instead of quadratic.
 */
export function directedCentrality(vectors: SparseVector[], backward: number): number[] {
  const n = vectors.length;
  const out = new Array<number>(n).fill(0);
  const after: SparseVector = new Map();
  for (let i = n - 1; i >= 0; i--) {
    out[i] = cosine(vectors[i], after);
    addInto(after, vectors[i]);
  }
  if (backward !== 0) {
    const before: SparseVector = new Map();
    for (let i = 0; i < n; i++) {
      out[i] += backward * cosine(vectors[i], before);
      addInto(before, vectors[i]);
    }
  }
  return out;
}

/**
 * Sentence importance: directed centrality, a lead bias (news puts the essentials first), and
 * similarity to the title.
 */
export function scoreSentences(article: Article, sentences: Sentence[], model: SentenceModel, w: ScoreWeights = DEFAULT_WEIGHTS, candidates?: ReadonlySet<number>): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const centrality = directedCentrality(model.vectors, w.backward);
  let minC = Infinity;
  let maxC = -Infinity;
  for (const c of centrality) {
    if (c < minC) minC = c;
    if (c > maxC) maxC = c;
  }
  const spanC = Math.max(1e-9, maxC - minC);
  const titleVec = vectorize(terms(article.title, article.lang), model.idf);
  const titleSim = model.vectors.map((v) => cosine(v, titleVec));
  const maxT = Math.max(1e-9, ...titleSim);
  const scale = Math.max(4, (candidates?.size ?? n) * w.positionScale);
  // Position counts only sentences that could be bullets: a dateline or a credit line before
  // the lede must not push the lede down.
  let rank = 0;
  return sentences.map((s, i) => {
    const position = Math.exp(-rank / scale);
    if (!candidates || candidates.has(i)) rank++;
    const words = model.terms[i].length;
    const lengthFactor = words < 4 ? 0.6 : words > LONG_TERMS ? LONG_PENALTY : 1;
    // "Il a ajouté..." / "He added..." means little without the sentence before it.
    const standalone = i > 0 && DANGLING_START.test(s.text) ? 0.8 : 1;
    return standalone * (w.centrality * ((centrality[i] - minC) / spanC) + w.position * position + w.title * (titleSim[i] / maxT)) * lengthFactor;
  });
}

/**
 * How many bullets an article deserves: 3 for a short story, up to 6 for a long read; the
 * reader's "short" is 3 at most (the newspaper's EN BREF), "detailed" two more, up to 8.
 */
export function bulletCount(words: number, length: DigestLength = 'standard'): number {
  const standard = words < 300 ? 3 : words < 700 ? 4 : words < 1500 ? 5 : 6;
  if (length === 'short') return Math.min(3, standard);
  if (length === 'detailed') return Math.min(8, standard + 2);
  return standard;
}

/**
 * Picks `k` sentences by maximal marginal relevance, so bullets do not repeat each other,
 * and returns them in reading order.
 */
export function selectSentences(candidates: number[], scores: number[], model: SentenceModel, k: number, lambda = 0.75): number[] {
  const chosen: number[] = [];
  const pool = new Set(candidates);
  while (chosen.length < k && pool.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of pool) {
      let redundancy = 0;
      for (const c of chosen) redundancy = Math.max(redundancy, cosine(model.vectors[i], model.vectors[c]));
      if (redundancy > 0.6) continue;
      const value = lambda * scores[i] - (1 - lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    pool.delete(best);
  }
  return chosen.sort((a, b) => a - b);
}
