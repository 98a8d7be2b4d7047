/**
 * A long article in a model's context: the sentences the embedded engine ranks highest (its
 * centrality, lead and title scores), kept in reading order with their own numbers, so the
 * model still cites the article's sentences. The lead always stays: news says the essential
 * first.
 */
import type { Sentence } from '../../types';
import { buildModel } from '../../text/vectors';
import { scoreSentences } from '../embedded/bullets';

export interface Fitted {
  sentences: Sentence[];
  /** True when some sentences were left out. */
  trimmed: boolean;
}

/** Characters a sentence takes in the prompt ("[12] " and a line break included). */
const cost = (s: Sentence) => s.text.length + 8;

const LEAD = 3;

export function fitSentences(article: { title: string; lang: string }, sentences: readonly Sentence[], budgetChars: number): Fitted {
  const total = sentences.reduce((n, s) => n + cost(s), 0);
  if (total <= budgetChars) return { sentences: [...sentences], trimmed: false };
  const model = buildModel([...sentences], article.lang);
  // scoreSentences reads the title and language only.
  const scores = scoreSentences(article as Parameters<typeof scoreSentences>[0], [...sentences], model);
  const order = sentences.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const keep = new Set<number>();
  let used = 0;
  for (let i = 0; i < Math.min(LEAD, sentences.length); i++) {
    if (used + cost(sentences[i]) > budgetChars) break;
    keep.add(i);
    used += cost(sentences[i]);
  }
  for (const i of order) {
    if (keep.has(i)) continue;
    const c = cost(sentences[i]);
    if (used + c > budgetChars) continue;
    keep.add(i);
    used += c;
  }
  return { sentences: sentences.filter((_, i) => keep.has(i)), trimmed: true };
}
