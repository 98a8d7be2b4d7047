import type { Article, Sentence } from '../../types';
import { terms, wordCount } from '../../text/tokens';
import { cosine, vectorize, type SentenceModel } from './vectors';

/** Lines that are page furniture, not news: datelines, credits, prompts. */
const BOILERPLATE =
  /©|copyright|all rights reserved|tous droits|newsletter|abonnez|abonnement|subscribe|sign up|s'inscrire|inscrivez|cookie|lire aussi|lire la suite|à lire|read more|click here|cliquez|publié le|mis à jour le|updated on|photo\s*:|crédit|credit\s*:|getty images|afp photo|partager|share this|follow us|suivez-nous/i;
const TERMINAL = /[.!…»"”)'’\]]$/u;

export function isBulletCandidate(s: Sentence, lang: string): boolean {
  const n = wordCount(s.text, lang);
  if (n < 5 || n > 70) return false;
  if (!TERMINAL.test(s.text)) return false;
  if (/[?？]\s*[»"”]?$/u.test(s.text)) return false;
  return !BOILERPLATE.test(s.text);
}

export interface Scored {
  index: number;
  score: number;
}

/**
 * Sentence importance: centrality (sum of tf-idf cosine to the rest of the article), a
 * lead bias (news puts the essentials first), and similarity to the title.
 */
export function scoreSentences(article: Article, sentences: Sentence[], model: SentenceModel): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const centrality = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const sim = cosine(model.vectors[i], model.vectors[j]);
      centrality[i] += sim;
      centrality[j] += sim;
    }
  }
  const maxC = Math.max(1e-9, ...centrality);
  const titleVec = vectorize(terms(article.title, article.lang), model.idf);
  const titleSim = model.vectors.map((v) => cosine(v, titleVec));
  const maxT = Math.max(1e-9, ...titleSim);
  const scale = Math.max(4, n * 0.2);
  return sentences.map((s, i) => {
    const position = Math.exp(-i / scale);
    const words = model.terms[i].length;
    const lengthFactor = words < 4 ? 0.6 : words > 35 ? 0.85 : 1;
    return (0.4 * (centrality[i] / maxC) + 0.4 * position + 0.2 * (titleSim[i] / maxT)) * lengthFactor;
  });
}

/** How many bullets an article deserves: 3 for a short story, up to 6 for a long read. */
export function bulletCount(words: number): number {
  if (words < 300) return 3;
  if (words < 700) return 4;
  if (words < 1500) return 5;
  return 6;
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
