import type { SentenceModel } from './vectors';

/** Okapi BM25 of a bag of query terms against each sentence's terms. */
export function bm25(model: SentenceModel, query: string[], k1 = 1.2, b = 0.75): number[] {
  const lengths = model.terms.map((t) => t.length);
  const avg = lengths.reduce((a, x) => a + x, 0) / Math.max(1, lengths.length) || 1;
  const q = new Set(query);
  return model.terms.map((ts, i) => {
    const tf = new Map<string, number>();
    for (const t of ts) if (q.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    let s = 0;
    for (const [t, f] of tf) {
      const idf = Math.max(0.05, model.idf.get(t) ?? 0);
      s += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * lengths[i]) / avg));
    }
    return s;
  });
}
