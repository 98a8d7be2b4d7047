import type { Sentence } from '../../../lib/types';
import { buildModel, cosine } from '../../../lib/engine/embedded/vectors';

/** The first k sentences. */
export const leadK = (sentences: string[], k: number): string[] => sentences.slice(0, k);

/**
 * Plain TextRank (Mihalcea and Tarau 2004, with tf-idf cosine as the edge weight): PageRank
 * over the sentence graph, top k in reading order. The classic baseline, no position prior.
 */
export function textRank(sentences: Sentence[], lang: string, k: number, damping = 0.85, iterations = 50): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const { vectors } = buildModel(sentences, lang);
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const out = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i], vectors[j]);
      w[i][j] = w[j][i] = s;
      out[i] += s;
      out[j] += s;
    }
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      for (let i = 0; i < n; i++) if (w[j][i]) next[i] += (damping * rank[j] * w[j][i]) / out[j];
    }
    rank = next;
  }
  return rank
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .slice(0, k)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}
