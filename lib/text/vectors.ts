import type { Sentence } from '../types';
import { terms } from './tokens';

export type SparseVector = Map<string, number>;

export interface SentenceModel {
  /** Content terms of each sentence. */
  terms: string[][];
  /** L2-normalised tf-idf vector of each sentence. */
  vectors: SparseVector[];
  idf: Map<string, number>;
}

/** tf-idf over the article's own sentences (each sentence a document). */
export function buildModel(sentences: Sentence[], lang: string): SentenceModel {
  const allTerms = sentences.map((s) => terms(s.text, lang));
  const df = new Map<string, number>();
  for (const ts of allTerms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 0.5)));
  const vectors = allTerms.map((ts) => vectorize(ts, idf));
  return { terms: allTerms, vectors, idf };
}

export function vectorize(ts: string[], idf: Map<string, number>): SparseVector {
  const v: SparseVector = new Map();
  for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
  let norm = 0;
  for (const [t, tf] of v) {
    const w = (1 + Math.log(tf)) * (idf.get(t) ?? Math.log(2));
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [t, w] of a) {
    const x = b.get(t);
    if (x !== undefined) dot += w * x;
  }
  return dot;
}
