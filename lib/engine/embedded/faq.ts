import type { Article, FaqAsks, FaqItem, Sentence } from '../../types';
import { languagePack, type LanguagePack } from '../../text/lang';
import { terms, words, wordCount } from '../../text/tokens';
import { bm25 } from './bm25';
import type { SentenceModel } from './vectors';
import { isBulletCandidate } from './bullets';
import { hasUnbalancedQuotes } from '../../text/quotes';

const MAX_ANSWER_WORDS = 60;
const QUESTION_END = /[?？]\s*[»"”]?$/u;

interface Context {
  article: Article;
  sentences: Sentence[];
  model: SentenceModel;
  scores: number[];
  pack: LanguagePack;
  /** Sentences already shown (bullets, earlier answers): an answer never repeats them. */
  used: Set<number>;
}

/** Ends a question the way the language writes it ("?" or French " ?"). */
export function asQuestion(text: string, pack: LanguagePack): string {
  const t = text.trim().replace(/[\s\u202f\u00a0?？.:;!»"”’]*$/u, '');
  return t + pack.questionMark;
}


/** Grows an answer from a first sentence with its next neighbours in the same block, up to ~60 words. */
function answerFrom(ctx: Context, first: number, maxSentences = 3): number[] | undefined {
  const { sentences, used, article } = ctx;
  if (used.has(first)) return undefined;
  const picked = [first];
  let total = wordCount(sentences[first].text, article.lang);
  if (total > MAX_ANSWER_WORDS + 15) return undefined;
  for (let j = first + 1; j < sentences.length && picked.length < maxSentences; j++) {
    const s = sentences[j];
    if (s.block !== sentences[first].block || used.has(j) || QUESTION_END.test(s.text)) break;
    const n = wordCount(s.text, article.lang);
    if (total + n > MAX_ANSWER_WORDS || total >= 25) break;
    picked.push(j);
    total += n;
  }
  return picked;
}

function item(ctx: Context, question: string, sources: number[], origin: FaqItem['origin']): FaqItem {
  for (const s of sources) ctx.used.add(s);
  return { question, answer: sources.map((i) => ctx.sentences[i].text).join(' '), sources, origin };
}

/** "Why Delhi's air gets so bad" is a question already, without its question mark. */
export function opensWithInterrogative(text: string, pack: LanguagePack): boolean {
  const lower = text.trim().toLowerCase().replace(/^[¿¡"«“]+/u, '');
  return !!pack.faq?.interrogatives.some((w) => lower.startsWith(w + ' ') || lower.startsWith(w + '\u2019') || lower.startsWith(w + "'"));
}

const squash = (s: string) => s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The page's own FAQ, kept as it is; the answer points to the sentences that hold it. */
function pageQuestions(ctx: Context): FaqItem[] {
  const out: FaqItem[] = [];
  for (const q of ctx.article.pageFaq ?? []) {
    const answer = squash(q.answer);
    const sources = ctx.sentences.filter((s) => !ctx.used.has(s.index) && answer.includes(squash(s.text))).map((s) => s.index);
    if (sources.length === 0) continue;
    // As the page says it, up to about 80 words.
    const kept: number[] = [];
    let words = 0;
    for (const i of sources) {
      const n = wordCount(ctx.sentences[i].text, ctx.article.lang);
      if (kept.length && words + n > MAX_ANSWER_WORDS + 20) break;
      kept.push(i);
      words += n;
    }
    out.push(item(ctx, asQuestion(q.question, ctx.pack), kept, 'page'));
  }
  return out;
}

/** Questions the article asks itself, answered by what follows them. */
function articleQuestions(ctx: Context): FaqItem[] {
  const out: FaqItem[] = [];
  ctx.sentences.forEach((s, i) => {
    // A question inside a quotation is someone's words, not a question the article answers.
    if (!QUESTION_END.test(s.text) || /^["«“]/u.test(s.text) || /[»"”]$/u.test(s.text) || hasUnbalancedQuotes(s.text)) return;
    const n = wordCount(s.text, ctx.article.lang);
    if (n < 4 || n > 25) return;
    const next = ctx.sentences[i + 1];
    if (!next || QUESTION_END.test(next.text) || next.block - s.block > 1) return;
    const answer = answerFrom(ctx, i + 1, 2);
    if (answer) out.push(item(ctx, asQuestion(s.text, ctx.pack), answer, 'article'));
  });
  return out;
}

/** Sub-headings as questions, answered from their own section. */
function headingQuestions(ctx: Context): FaqItem[] {
  const { article, sentences, model, pack } = ctx;
  const out: FaqItem[] = [];
  article.blocks.forEach((block, b) => {
    if (block.kind !== 'heading') return;
    const n = wordCount(block.text, article.lang);
    if (n < 1 || n > 14) return;
    const isQuestion = QUESTION_END.test(block.text);
    if (!isQuestion && !pack.faq) return;
    let end = article.blocks.findIndex((x, j) => j > b && x.kind === 'heading' && (x.level ?? 6) <= (block.level ?? 6));
    if (end < 0) end = article.blocks.length;
    const section = sentences.filter((s) => s.block > b && s.block < end && !ctx.used.has(s.index));
    if (section.length === 0) return;
    const relevance = bm25(model, terms(block.text, article.lang));
    const best = section.reduce((a, s) => (relevance[s.index] > relevance[a.index] ? s : a), section[0]);
    const first = relevance[best.index] > 0 ? best.index : section[0].index;
    const answer = answerFrom(ctx, first);
    if (!answer) return;
    const question = isQuestion || opensWithInterrogative(block.text, pack) ? asQuestion(block.text, pack) : pack.faq!.aboutHeading(block.text.replace(/[.:;]+$/u, ''));
    out.push(item(ctx, question, answer, 'heading'));
  });
  return out;
}

const NUMBER = /\p{N}/u;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/u;

const NAME = /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0-](?:de |van |von |da |del |di |la |le )?\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}\p{N}])/gu;

/**
 * The person the story is about: the full name (two or three capitalised words) mentioned
 * most, counting later mentions by surname alone. Undefined when nobody is named twice.
 */
export function mainPerson(sentences: Sentence[], pack: LanguagePack): string | undefined {
  const counts = new Map<string, number>();
  const text = sentences.map((s) => s.text).join(' ');
  for (const s of sentences) {
    for (const m of s.text.matchAll(NAME)) {
      const name = m[1];
      const first = name.split(/[ \u00a0-]/)[0].toLowerCase();
      // "Le Conseil", "The Guardian": a function word first is not a first name.
      if (pack.stopwords.has(first)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // Surnames alone ("Lee") count as mentions too: one pass over the words, not one per name.
  const tokens = new Map<string, number>();
  for (const w of text.match(/[\p{L}'’-]+/gu) ?? []) tokens.set(w, (tokens.get(w) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 1;
  for (const [name, n] of counts) {
    const surname = name.split(/[ \u00a0]/).pop()!;
    const mentions = Math.max(n, tokens.get(surname) ?? 0);
    if (mentions > bestCount) {
      bestCount = mentions;
      best = name;
    }
  }
  return bestCount >= 2 ? best : undefined;
}

/** Questions every news story answers, each asked only when a sentence clearly answers it. */
function generatedQuestions(ctx: Context): FaqItem[] {
  const { sentences, article, pack, scores } = ctx;
  const faq = pack.faq;
  if (!faq) return [];
  const lang = article.lang;
  const candidates = sentences.filter((s) => isBulletCandidate(s, lang));
  const tokenSets = new Map(candidates.map((s) => [s.index, new Set(words(s.text, lang))]));
  const has = (s: Sentence, cues: string[]) => {
    const set = tokenSets.get(s.index)!;
    return cues.some((c) => (c.includes(' ') ? s.text.toLowerCase().includes(c) : set.has(c)));
  };
  const properNouns = (s: Sentence) => (s.text.match(/(?<!^|[.!?]\s)\b\p{Lu}\p{Ll}+/gu) ?? []).filter((w) => !pack.stopwords.has(w.toLowerCase())).length;
  const numbers = (s: Sentence) => words(s.text, lang).filter((w) => NUMBER.test(w)).length;

  const kinds: Array<{ asks: FaqAsks; question: string; test: (s: Sentence) => boolean; weight?: (s: Sentence) => number }> = [
    { asks: 'what', question: faq.whatHappened, test: (s) => s.index < Math.max(6, sentences.length * 0.3) },
    { asks: 'why', question: faq.why, test: (s) => has(s, pack.cues.why) },
    { asks: 'who', question: faq.who, test: (s) => properNouns(s) >= 2, weight: (s) => 1 + 0.15 * properNouns(s) },
    { asks: 'figures', question: faq.figures, test: (s) => numbers(s) >= 2, weight: (s) => 1 + 0.1 * numbers(s) },
    { asks: 'when', question: faq.when, test: (s) => has(s, pack.cues.when) || YEAR.test(s.text) },
    { asks: 'next', question: faq.next, test: (s) => has(s, pack.cues.next) },
  ];
  const out: FaqItem[] = [];
  // "Qui est Raymond Lee ?": asked about the story's main person, answered where the article
  // first introduces them.
  const person = mainPerson(sentences, pack);
  if (person) {
    // Only where the article introduces them (first two mentions): later ones say what they did.
    const intro = sentences.filter((s) => s.text.includes(person)).slice(0, 2).find((s) => !ctx.used.has(s.index) && isBulletCandidate(s, lang));
    const answer = intro && answerFrom(ctx, intro.index, 2);
    if (answer) out.push({ ...item(ctx, faq.whoIs(person), answer, 'generated'), asks: 'who' });
  }
  for (const kind of kinds) {
    if (kind.asks === 'who' && person) continue;
    let best: Sentence | undefined;
    let bestScore = -Infinity;
    for (const s of candidates) {
      if (ctx.used.has(s.index) || !kind.test(s)) continue;
      const value = scores[s.index] * (kind.weight?.(s) ?? 1);
      if (value > bestScore) {
        bestScore = value;
        best = s;
      }
    }
    if (!best) continue;
    const answer = answerFrom(ctx, best.index, 2);
    if (answer) out.push({ ...item(ctx, kind.question, answer, 'generated'), asks: kind.asks });
  }
  return out;
}

/**
 * A first FAQ: the article's own questions, then its sub-headings, then the questions every
 * news story answers. Answers are the article's own sentences, never a bullet's.
 */
/** 3 questions for a brief, up to 8 for a long read. */
export const faqCount = (words: number): number => Math.min(8, Math.max(3, 3 + Math.floor(words / 350)));

export function buildFaq(article: Article, sentences: Sentence[], model: SentenceModel, scores: number[], bulletSources: number[], max = faqCount(article.wordCount)): FaqItem[] {
  const ctx: Context = { article, sentences, model, scores, pack: languagePack(article.lang), used: new Set(bulletSources) };
  const items = [...pageQuestions(ctx), ...articleQuestions(ctx), ...headingQuestions(ctx)];
  if (items.length < max) items.push(...generatedQuestions(ctx));
  const seen = new Set<string>();
  return items
    .filter((q) => {
      const key = q.question.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, max);
}
