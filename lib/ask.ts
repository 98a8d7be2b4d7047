/**
 * "Ask this article…" with the embedded engine: the reader's question answered from the
 * digest's sentences by lib/qa, as the value the interface shows, the library keeps and the
 * optional engines fall back to. Runs wherever the sentences are (the popup, the side panel,
 * Node); no network.
 */
import type { AskAnswer, AskedQuestion, Sentence } from './types';
import { answerQuestion, type Answer } from './qa';
import { prepareArticle } from './qa/article';

/** The longest question the field takes. */
export const MAX_QUESTION_CHARS = 500;

const asAnswer = (a: Answer): AskAnswer => ({ text: a.text, sources: a.sources, ...(a.cut ? { cut: true } : {}) });

/**
 * Makes the article ready for questions (index, typed facts) ahead of the first one: called
 * when the ask field appears, so the reader's first question costs what the next ones do.
 */
export function prepareAsk(sentences: Sentence[], lang: string): void {
  if (sentences.length) prepareArticle(sentences, lang);
}

export function embeddedAsk(question: string, sentences: Sentence[], lang: string, at = Date.now()): AskedQuestion {
  const q = question.replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_CHARS);
  const r = answerQuestion(q, sentences, lang, { pairs: true });
  const base = { question: q, engine: 'embedded' as const, at };
  if (r.answered) return { ...base, answered: true, answers: r.answers.map(asAnswer) };
  return { ...base, answered: false, answers: [], ...(r.closest ? { closest: asAnswer(r.closest) } : {}) };
}

/** The passage an engine offers when the article does not say: the embedded engine's closest. */
export function closestPassage(question: string, sentences: Sentence[], lang: string): AskAnswer | undefined {
  const r = answerQuestion(question, sentences, lang, { threshold: 0, max: 1, pairs: true });
  const best = r.answers[0] ?? r.closest;
  return best ? asAnswer(best) : undefined;
}
