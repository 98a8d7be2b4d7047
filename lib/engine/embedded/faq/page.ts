/**
 * Questions the page asks itself: its own FAQ (schema.org, <details>, an FAQ section), a
 * headline that asks ("Charlotte Casiraghi enceinte ?"), and sub-headings written as questions
 * ("Que disent les studios ?"). Each is kept only with an answer that answers it.
 */
import type { Article, FaqItem } from '../../../types';
import { languagePack, type LanguagePack } from '../../../text/lang';
import { answerQuestion, VERIFIED, verifyAnswer } from '../../../qa';
import { lineLength } from '../compress';
import { repeatsBullet, type Candidate, type FaqContext } from './answers';

const QUESTION_END = /[?？;;]\s*[»"”]?$/u;
const MAX_ANSWER_WORDS = 80;

/** Ends a question the way the language writes it ("?" or French " ?"). */
export function asQuestion(text: string, pack: LanguagePack): string {
  const t = text.trim().replace(/[\s\u202f\u00a0?？;;.:!»"”’]*$/u, '');
  return t + pack.questionMark;
}

/** "Why Delhi's air gets so bad" is a question already, without its question mark. */
export function opensWithInterrogative(text: string, pack: LanguagePack): boolean {
  const lower = text
    .trim()
    .toLowerCase()
    .replace(/^[¿¡"«“]+/u, '');
  return !!pack.faq?.interrogatives.some((w) => lower.startsWith(w + ' ') || lower.startsWith(w + '\u2019') || lower.startsWith(w + "'"));
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();

/** The page's own FAQ, kept as it is; the answer points to the sentences that hold it. */
export function pageFaq(article: Article, ctx: FaqContext): FaqItem[] {
  const pack = languagePack(article.lang);
  const out: FaqItem[] = [];
  const used = new Set<number>();
  for (const q of article.pageFaq ?? []) {
    const answer = squash(q.answer);
    const sources = ctx.sentences.filter((s) => !used.has(s.index) && answer.includes(squash(s.text))).map((s) => s.index);
    if (sources.length === 0) continue;
    // As the page says it, up to about 80 words.
    const kept: number[] = [];
    let words = 0;
    for (const i of sources) {
      const n = lineLength(ctx.sentences[i].text, article.lang);
      if (kept.length && words + n > MAX_ANSWER_WORDS) break;
      kept.push(i);
      words += n;
    }
    for (const i of kept) used.add(i);
    out.push({ question: asQuestion(q.question, pack), answer: kept.map((i) => ctx.sentences[i].text).join(' '), sources: kept, origin: 'page' });
  }
  return out;
}

/**
 * A question the page asks (its headline, a sub-heading), answered from `within` (sentence
 * indices) when an answer there carries what the question asks for.
 */
function answered(question: string, within: ReadonlySet<number> | undefined, ctx: FaqContext, origin: FaqItem['origin']): Candidate | undefined {
  const r = answerQuestion(question, ctx.sentences, ctx.lang, { max: 5 });
  for (const a of r.answers) {
    if (within && !a.sources.every((i) => within.has(i))) continue;
    if (a.sources.some((i) => ctx.facts[i]?.furniture || ctx.facts[i]?.question)) continue;
    if (repeatsBullet(a.sources, ctx)) continue;
    const v = verifyAnswer(r.analysis, a.sources.map((i) => ctx.sentences[i].text).slice(-2));
    if (!v.ok || v.strength < VERIFIED) continue;
    const maxScore = Math.max(1e-9, ...ctx.scores);
    return {
      question,
      type: r.analysis.type,
      asks: 'what',
      sources: a.sources,
      origin,
      score: 1 + Math.max(...a.sources.map((i) => ctx.scores[i] / maxScore)),
    };
  }
  return undefined;
}

/** "Charlotte Casiraghi enceinte ?": the headline's own question, without the rubric before a colon. */
export function headlineQuestion(article: Article, ctx: FaqContext): Candidate | undefined {
  const pack = languagePack(article.lang);
  const title = article.title.replace(/^[^:?]{2,40}\s?:\s(?=\p{Lu})/u, '').trim();
  if (!QUESTION_END.test(title) || /^["«“]/u.test(title)) return undefined;
  const n = lineLength(title, article.lang);
  if (n < 2 || n > 16) return undefined;
  return answered(asQuestion(title.charAt(0).toUpperCase() + title.slice(1), pack), undefined, ctx, 'article');
}

/** Sub-headings that ask a question ("Que disent les studios ?", "Why the smog comes back"), answered from their section. */
export function headingQuestions(article: Article, ctx: FaqContext): Candidate[] {
  const pack = languagePack(article.lang);
  const out: Candidate[] = [];
  article.blocks.forEach((block, b) => {
    if (block.kind !== 'heading') return;
    const heading = block.text
      .replace(/^(?:q|question)\s*[:.-]\s*/iu, '')
      .replace(/^\d{1,2}[.)]\s+/u, '')
      .trim();
    if (!QUESTION_END.test(heading) && !opensWithInterrogative(heading, pack)) return;
    const n = lineLength(heading, article.lang);
    if (n < 2 || n > 14) return;
    let end = article.blocks.findIndex((x, j) => j > b && x.kind === 'heading' && (x.level ?? 6) <= (block.level ?? 6));
    if (end < 0) end = article.blocks.length;
    const within = new Set(ctx.sentences.filter((s) => s.block > b && s.block < end).map((s) => s.index));
    if (within.size === 0) return;
    const c = answered(asQuestion(heading, pack), within, ctx, 'heading');
    if (c) out.push(c);
  });
  return out;
}
