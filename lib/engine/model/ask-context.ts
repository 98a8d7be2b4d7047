/**
 * Which sentences a model is shown for a reader's question when the whole article does not fit
 * its context. Uses the embedded question answering (lib/qa), so it runs in the pages (where
 * the question is asked), not in the background: the background gets the sentences chosen.
 */
import type { Sentence } from '../../types';
import { analyseQuestion } from '../../qa';
import { articleIndex } from '../../qa/article';
import { scoreSentences } from '../../qa/rank';

/** Characters a sentence takes in the prompt ("[12] " and a line break included). */
const cost = (s: Sentence) => s.text.length + 8;

/**
 * The sentences a model is shown for a question, when the whole article does not fit its
 * context: those the embedded engine finds nearest the question, each with the sentence before
 * it (what "he" or "this" refers to), in reading order with their own numbers.
 */
export function fitForQuestion(sentences: Sentence[], question: string, lang: string, budgetChars: number): Sentence[] {
  const total = sentences.reduce((n, s) => n + cost(s), 0);
  if (total <= budgetChars) return [...sentences];
  const q = analyseQuestion(question, lang);
  const ranked = scoreSentences(q, articleIndex(sentences, lang)).sort((a, b) => b.score - a.score);
  const keep = new Set<number>();
  let used = 0;
  const take = (i: number) => {
    if (i < 0 || keep.has(i) || used + cost(sentences[i]) > budgetChars) return;
    keep.add(i);
    used += cost(sentences[i]);
  };
  for (const s of ranked) {
    take(s.index - 1);
    take(s.index);
  }
  return sentences.filter((s) => keep.has(s.index));
}
