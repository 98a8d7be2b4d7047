/**
 * The FAQ, chosen the way an editor writes one: the page's own FAQ first; then the questions a
 * reader has after the headline and the EN BREF lines (why, what next, what X said or decided,
 * how many, who is X, what is X), each kept only when its answer carries the kind of fact it
 * asks for, and never a repeat of a bullet. Fewer right pairs rather than more.
 *
 *   choosing the questions: generate.ts; the page's own questions: page.ts;
 *   finding, checking and writing the answers: answers.ts; who speaks: people.ts.
 */
import type { Article, Bullet, FaqItem, Sentence } from '../../../types';
import type { SentenceFacts } from '../bullets';
import { toItem, type Candidate, type FaqContext } from './answers';
import { generateCandidates } from './generate';
import { headingQuestions, headlineQuestion, pageFaq } from './page';

export { asQuestion, opensWithInterrogative } from './page';
export type { Candidate } from './answers';

/** How many questions at most: 2 for a brief, 3 for a short story, 4 from 300 words, up to 6 for a long read. */
export const faqCount = (words: number): number => (words < 150 ? 2 : words < 300 ? 3 : Math.min(6, 4 + Math.max(0, Math.floor((words - 700) / 600))));

/** At most this many questions of a kind: one voice, one of every other (half the FAQs were "What does X say?"). */
const PER_TYPE: Partial<Record<Candidate['type'], number>> = {};

export interface FaqInput {
  sentences: Sentence[];
  facts: SentenceFacts[];
  scores: number[];
  bullets: Bullet[];
}

export function buildFaq(article: Article, input: FaqInput, max = faqCount(article.wordCount)): FaqItem[] {
  return faqWithBlocked(article, input, max).items;
}

/** The FAQ, and the pairs a bullet kept out (best first), for the engine to weigh against the bullets. */
export function faqWithBlocked(article: Article, input: FaqInput, max = faqCount(article.wordCount)): { items: FaqItem[]; blocked: Candidate[] } {
  const ctx: FaqContext = { lang: article.lang, sentences: input.sentences, facts: input.facts, bullets: input.bullets, scores: input.scores, blocked: [] };
  const items: FaqItem[] = pageFaq(article, ctx).slice(0, max);
  const used = new Set(items.flatMap((q) => q.sources));
  const seen = new Set(items.map((q) => q.question.toLowerCase()));
  const perType = new Map<Candidate['type'], number>();
  const speakers = new Set<string>();
  const own = [headlineQuestion(article, ctx), ...headingQuestions(article, ctx)].filter((c): c is Candidate => !!c);
  const generated = generateCandidates(ctx, article).sort((a, b) => b.score - a.score);
  const all = [...own, ...generated];
  // A fallback pair (one) only where the others leave fewer than two: a page with enough text and
  // no FAQ leaves the reader with nothing.
  const firm = all.filter((c) => !c.fallback);
  for (const c of [...firm, ...all.filter((c) => c.fallback)]) {
    if (items.length >= max || (c.fallback && items.length >= Math.min(2, max))) break;
    const key = c.question.toLowerCase();
    if (seen.has(key) || c.sources.some((i) => used.has(i))) continue;
    if (c.origin === 'generated') {
      const n = perType.get(c.type) ?? 0;
      if (n >= (PER_TYPE[c.type] ?? 1)) continue;
      // "What did X say" once a speaker.
      if (c.type === 'what-said') {
        if (speakers.has(key)) continue;
        speakers.add(key);
      }
      perType.set(c.type, n + 1);
    }
    seen.add(key);
    for (const i of c.sources) used.add(i);
    items.push(toItem(c, ctx));
  }
  return { items, blocked: (ctx.blocked ?? []).sort((a, b) => b.score - a.score) };
}
