import type { SentenceModel } from './vectors';

/** Where each term occurs: sentence, count, and the rank of its first occurrence there. */
interface Postings {
  lengths: number[];
  avg: number;
  byTerm: Map<string, Array<{ sentence: number; tf: number; first: number }>>;
}

/** Built once per model: a query then touches only the sentences that hold its terms. */
const index = new WeakMap<SentenceModel, Postings>();

function postingsOf(model: SentenceModel): Postings {
  let p = index.get(model);
  if (p) return p;
  const lengths = model.terms.map((t) => t.length);
  const avg = lengths.reduce((a, x) => a + x, 0) / Math.max(1, lengths.length) || 1;
  const byTerm: Postings['byTerm'] = new Map();
  model.terms.forEach((ts, sentence) => {
    const seen = new Map<string, { sentence: number; tf: number; first: number }>();
    for (const t of ts) {
      const hit = seen.get(t);
      if (hit) hit.tf++;
      else seen.set(t, { sentence, tf: 1, first: seen.size });
    }
    for (const [t, posting] of seen) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(posting);
    }
  });
  p = { lengths, avg, byTerm };
  index.set(model, p);
  return p;
}

/**
 * Okapi BM25 of a bag of query terms against each sentence's terms. Sentences sharing no term
 * with the query score 0 without being looked at; the others add their terms' parts in the
 * order the terms first appear in the sentence, as a sentence-by-sentence loop would.
 */
export function bm25(model: SentenceModel, query: string[], k1 = 1.2, b = 0.75): number[] {
  const { lengths, avg, byTerm } = postingsOf(model);
  const out = new Array<number>(model.terms.length).fill(0);
  const parts = new Map<number, Array<[first: number, part: number]>>();
  for (const t of new Set(query)) {
    const list = byTerm.get(t);
    if (!list) continue;
    const idf = Math.max(0.05, model.idf.get(t) ?? 0);
    for (const { sentence, tf, first } of list) {
      const part = (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * lengths[sentence]) / avg));
      let ps = parts.get(sentence);
      if (!ps) parts.set(sentence, (ps = []));
      ps.push([first, part]);
    }
  }
  for (const [sentence, ps] of parts) {
    ps.sort((x, y) => x[0] - y[0]);
    let s = 0;
    for (const [, part] of ps) s += part;
    out[sentence] = s;
  }
  return out;
}
