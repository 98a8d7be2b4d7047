/**
 * Question answering over an article's sentences, in every language of lib/text/lang/qa
 * (fr, en, de, es, it, pt, nl, ru, pl, el, zh, ja), offline, in about a millisecond.
 *
 *   analyseQuestion(question, lang) -> { type, expects, focus, rare, counted?, person?, term?, target? }
 *     type: who | when | where | how-many | how-much | why | what-said | what-next | who-is |
 *     what-is | how | yes-no | what; `expects`, the kind of fact that answers it (person, time,
 *     place, count, amount, duration, cause, quote, future, definition, description, or open:
 *     manner, statement, any); `focus`, its content terms; `counted`, the counted noun of a
 *     how-many; `person`, the X of who-is and what-said; `term`, the X of what-is.
 *   verifyAnswer(analysis, [sentence] | [sentence, next]) -> { ok, strength, sentence?, start?, end? }
 *     does the span carry that kind of fact (outside the question's own words), and where, to
 *     cut an answer to it. `ok` for open kinds, which no check can refuse.
 *   answerQuestion(question, sentences, lang, options?) -> { analysis, answered, confidence, answers, closest? }
 *     answers: [{ sources, text, cut, score, typed, span? }], best first: the best sentence (with
 *     the one before when it leans on it, or its neighbour when that holds the typed fact),
 *     then those nearly as good that pass the same checks (options.alternatives: 'all' for the
 *     plain ranking). When the article does not answer, `answers` is empty and `closest` holds
 *     the passage that comes nearest. A question with no topic of its own ("What happens
 *     next?") is answered by its type alone. options: max (3), threshold (tuned), weights,
 *     pairs (a neighbour scoring within PAIR_MARGIN of an answer joins it: the reader's questions).
 *   answerAnalysed(analysis, sentences, options?): the same, for a question built or adjusted
 *     by the caller (the FAQ).
 *
 * `sentences` are segmentArticle's (lib/text/segment.ts). The article's index is built once
 * per sentence array and reused by later questions on the same array; prepareArticle
 * (article.ts; lib/ask.ts prepareAsk) makes it, with each sentence's typed facts, ahead of the
 * first question, as the ask field gets focus.
 */
export { analyseQuestion, type AnswerKind, type QuestionAnalysis } from './question';
export { verifyAnswer, isOpenKind, VERIFIED, type Verification } from './verify';
export { answerQuestion, answerAnalysed, type Answer, type AnswerOptions, type AnswerResult } from './answer';
export type { QuestionType } from '../text/lang/qa';
