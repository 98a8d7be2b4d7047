/**
 * Question answering over an article's sentences, in every language of lib/text/lang/qa
 * (fr, en, de, es, it, pt, nl, ru, pl, el, zh, ja), offline, in a few milliseconds.
 *
 *   analyseQuestion(question, lang) -> { type, expects, focus, counted?, person?, term? }
 *     who | when | where | how-many | how-much | why | what-said | what-next | who-is |
 *     what-is | how | yes-no | what; `expects` is the kind of fact that answers it.
 *   verifyAnswer(analysis, [sentence] | [sentence, next]) -> { ok, strength, sentence?, start?, end? }
 *     does the span carry that kind of fact, and where (to cut an answer to it).
 *   answerQuestion(question, sentences, lang, options) -> { answered, confidence, answers, closest? }
 *     answers: [{ sources, text, cut, score, typed, span? }], best first; when the article does
 *     not answer, `answers` is empty and `closest` holds the passage that comes nearest.
 *
 * `sentences` are segmentArticle's (lib/text/segment.ts). The article's index is built once
 * per sentence array and reused by later questions on the same array.
 */
export { analyseQuestion, type AnswerKind, type QuestionAnalysis } from './question';
export { verifyAnswer, VERIFIED, type Verification } from './verify';
export { answerQuestion, answerAnalysed, type Answer, type AnswerOptions, type AnswerResult } from './answer';
export type { QuestionType } from '../text/lang/qa';
