/**
 * Answers: the sentences that answer a question, taken whole or with the sentence before
 * them when they lean on it, checked to carry the kind of fact the question asks for
 * (lib/qa), shortened when long, and never a repeat of what a bullet already says.
 */
import type { Bullet, FaqAsks, FaqItem, Sentence } from '../../../types';
import { languagePack } from '../../../text/lang';
import { analyseQuestion, verifyAnswer, VERIFIED, type QuestionType } from '../../../qa';
import { compressSentence, lineLength } from '../compress';
import { opensDangling, type SentenceFacts } from '../bullets';

/** An answer longer than this (words) is cut to its own sentences' asides. */
const LONG_ANSWER = 45;
const MAX_ANSWER = 70;

export interface FaqContext {
  lang: string;
  sentences: Sentence[];
  facts: SentenceFacts[];
  bullets: Bullet[];
  /** Sentence importance for the story (the bullets' scores). */
  scores: number[];
  /** Pairs left out because a bullet says their answer: the engine may give the sentence to the FAQ instead. */
  blocked?: Candidate[];
}

export interface Candidate {
  question: string;
  /** What the writer meant to ask; the question must read back as that type. */
  type: QuestionType | 'action';
  asks: FaqAsks;
  sources: number[];
  origin: FaqItem['origin'];
  /** How much the answer matters to the story, and how well the pair reads (higher first). */
  score: number;
  /** A pair to keep only on a page that would otherwise have no FAQ (a voice on the story but not on its headline's subject). */
  fallback?: boolean;
}

/** The sentences that answer, starting at `i`: with the one before when `i` leans on it. */
export function answerSpan(ctx: FaqContext, i: number, extra: number[] = [], quotation = false): number[] | undefined {
  const { sentences, facts } = ctx;
  let span = [...new Set([i, ...extra])].sort((a, b) => a - b);
  const first = span[0];
  // The sentence as the article writes it leans on the one before ("Il a ajouté…"); its EN BREF line may not.
  // A speaker's quotation that opens on "Nous", "We" leans on nobody: the span names who says it.
  if (first > 0 && !(quotation && /^[\s]*[«"“„「]/u.test(sentences[first].text)) && opensDangling(sentences[first].text, ctx.lang)) {
    const prev = sentences[first - 1];
    if (prev.block !== sentences[first].block || facts[prev.index].question || facts[prev.index].speech.unbalanced) return undefined;
    span = [prev.index, ...span];
  }
  const words = span.reduce((n, k) => n + (facts[k]?.words ?? 0), 0);
  return words <= MAX_ANSWER ? span : undefined;
}

/** Does the question, as a reader parses it, get the kind of fact it asks for from this span? */
export function verifies(question: string, type: Candidate['type'], span: number[], ctx: FaqContext): boolean {
  const analysis = analyseQuestion(question, ctx.lang);
  // "Qu'a annoncé le gouvernement ?" is written from the very sentence that says it; "Que dit X ?"
  // from a quotation whose speaker the span names (lib/engine/embedded/faq/people.ts).
  if (type === 'action' || (type === 'what-said' && analysis.type === 'what-said')) return true;
  // The question must read as what it was written to ask ("Pourquoi…" as why).
  if (analysis.type !== type) return false;
  const texts = span.map((k) => ctx.sentences[k].text);
  // verifyAnswer looks at one sentence or two in a row: the last two of a longer span.
  const v = verifyAnswer(analysis, texts.slice(-2));
  return v.ok && v.strength >= VERIFIED;
}

/**
 * A bullet already says it: every sentence of the answer is a bullet's, and the bullets keep
 * most of what the answer would say (an answer may give the whole of a sentence a bullet cut).
 */
export function repeatsBullet(span: number[], ctx: FaqContext): boolean {
  const shown = new Map<number, string>();
  for (const b of ctx.bullets) for (const s of b.sources) shown.set(s, b.text);
  if (!span.every((k) => shown.has(k))) return false;
  const bulletWords = [...new Set(span.map((k) => shown.get(k)!))].reduce((n, line) => n + lineLength(line, ctx.lang), 0);
  return bulletWords >= 0.7 * lineLength(answerText(span, ctx), ctx.lang);
}

/** The answer as the reader sees it: the sentences, each shortened when the whole is long. */
export function answerText(span: number[], ctx: FaqContext, type?: Candidate['type']): string {
  const whole = span.map((k) => ctx.sentences[k].text);
  const words = span.reduce((n, k) => n + (ctx.facts[k]?.words ?? 0), 0);
  // "Who is X": the apposition that says it is what shortening would cut ("Beyrer, a professor…, has").
  if (words <= LONG_ANSWER || (type === 'who-is' && words <= MAX_ANSWER)) return whole.join(' ');
  return whole.map((t) => compressSentence(t, ctx.lang, { target: Math.max(20, Math.round(LONG_ANSWER / span.length)) })).join(' ');
}

/**
 * "Who is X": the name and the apposition that says who they are, out of a sentence about
 * something else ("…, relève Albert Park, professeur d'économie à l'Université des sciences et
 * technologies de Hong Kong." -> "Albert Park, professeur d'économie à …"). Undefined when the
 * sentence says it otherwise ("nomma George Washington commandant en chef").
 */
export function whoIsAnswer(sentence: string, question: string, lang: string): string | undefined {
  const relatives = languagePack(lang).grammar?.relatives ?? [];
  const asked: string[] = question.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  for (const m of sentence.matchAll(/((?:\p{Lu}[\p{L}'’.-]*\s)*\p{Lu}[\p{L}'’-]+),\s((?:[^,;:()«»"“”]+?)(?:\([^()]*\)[^,;:«»"“”]*?)?)(?=[,;.]\s|[.]$|$)/gu)) {
    const name = m[1];
    const surname = name.split(/\s+/u).pop()!;
    if (!asked.includes(surname)) continue;
    const apposition = m[2].trim();
    const words = apposition.split(/\s+/u);
    // A role: lower case first ("professeur", "the president of …", "a professor"), a few words, no verb of saying after.
    // ("X, who was arrested on Monday": what happened to them, not who they are.)
    if (words.length < 3 || words.length > 30 || !/^\p{Ll}/u.test(apposition) || relatives.includes(words[0].toLowerCase())) continue;
    return `${name}, ${apposition.replace(/[.,;]+$/u, '')}.`;
  }
  return undefined;
}

/**
 * A sentence of several clauses joined by semicolons, cut after the first clauses that answer:
 * "Pour se reloger, les Acadiens doivent demander une concession… ; les citoyens du Madawaska
 * sont privilégiés car…" answers "Que vont faire les Acadiens ?" with its first clause.
 * Undefined when the sentence has one clause or only the whole answers.
 */
export function answerClauses(sentence: string, question: string, lang: string): string | undefined {
  // Chinese and Japanese chain clauses with commas where others would end the sentence: a long one is cut there too.
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence);
  const parts = sentence.split(cjk && sentence.length > 40 ? /[;；，]/u : /(?<=\S)\s*[;；]\s*/u).filter((p) => p.trim());
  if (parts.length < 2) return undefined;
  const analysis = analyseQuestion(question, lang);
  let end = 0;
  for (let k = 1; k < parts.length; k++) {
    // The sentence up to the end of its k-th clause: a trim of it, whatever mark joined them.
    end = sentence.indexOf(parts[k - 1], end) + parts[k - 1].length;
    const head = sentence.slice(0, end);
    if (lineLength(head, lang) < 6) continue;
    const v = verifyAnswer(analysis, [head]);
    if (v.ok && v.strength >= VERIFIED) return head.replace(/[\s,:–—-]+$/u, '') + (cjk ? '。' : '.');
  }
  return undefined;
}

export function toItem(c: Candidate, ctx: FaqContext): FaqItem {
  const one = c.sources.length === 1 ? ctx.sentences[c.sources[0]].text : undefined;
  const focused =
    (c.type === 'who-is' && one ? whoIsAnswer(one, c.question, ctx.lang) : undefined) ??
    // A generated question asks about one clause; a voice's words stay whole.
    (one && c.origin === 'generated' && c.type !== 'what-said' ? answerClauses(one, c.question, ctx.lang) : undefined);
  return { question: c.question, answer: focused ?? answerText(c.sources, ctx, c.type), sources: c.sources, origin: c.origin, asks: c.asks };
}
