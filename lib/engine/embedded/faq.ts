import type { Article, FaqAsks, FaqItem, Sentence } from '../../types';
import { languagePack, type LanguagePack } from '../../text/lang';
import { terms, words, wordCount } from '../../text/tokens';
import { bm25 } from './bm25';
import type { SentenceModel } from './vectors';
import { DANGLING_START, isBulletCandidate } from './bullets';
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

/** The answer shares a content word (stemmed) with what is asked: otherwise it answers something else. */
function speaksTo(ctx: Context, asked: string, sources: number[]): boolean {
  const key = new Set(terms(asked, ctx.article.lang));
  if (key.size === 0) return false;
  return sources.some((i) => ctx.model.terms[i].some((t) => key.has(t)));
}

const WHY_OPENERS = /^¿?(?:pourquoi|why|warum|wieso|weshalb|por qué|perché|por que|porque|waarom)(?![\p{L}])/iu;

/** Questions the article asks itself, answered by what follows them. */
function articleQuestions(ctx: Context): FaqItem[] {
  const out: FaqItem[] = [];
  ctx.sentences.forEach((s, i) => {
    // A question inside a quotation is someone's words, not a question the article answers.
    if (!QUESTION_END.test(s.text) || /^["«“]/u.test(s.text) || /[»"”]$/u.test(s.text) || hasUnbalancedQuotes(s.text)) return;
    const n = wordCount(s.text, ctx.article.lang);
    // Rhetorical openers ("And, he added, who knows...?") and interview prompts are not questions the text answers.
    if (n < 4 || n > 25 || !/^\p{Lu}/u.test(s.text) || /^[\p{L}\s]{1,25}:/u.test(s.text) || (s.text.match(/[?？]/gu) ?? []).length > 1) return;
    const next = ctx.sentences[i + 1];
    if (!next || QUESTION_END.test(next.text) || next.block - s.block > 1) return;
    const answer = answerFrom(ctx, i + 1, 2);
    // "Pourquoi aller si vite ? La maire explique que..." : the article answers its own "why"
    // in the next sentence of the paragraph, often in other words.
    const answersWhy = WHY_OPENERS.test(s.text) && answer && ctx.sentences[answer[0]].block === s.block;
    if (answer && (speaksTo(ctx, s.text, answer) || answersWhy)) out.push(item(ctx, asQuestion(s.text, ctx.pack), answer, 'article'));
  });
  return out;
}

/** Sub-headings as questions, answered from their own section. */
function headingQuestions(ctx: Context): FaqItem[] {
  const { article, sentences, model, pack } = ctx;
  const out: FaqItem[] = [];
  article.blocks.forEach((block, b) => {
    if (block.kind !== 'heading') return;
    // "Q: Favorite apps?" -> "Favorite apps?"; quotes around a heading would double the template's.
    const heading = block.text.replace(/^(?:q|question)\s*[:.-]\s*/iu, '').replace(/^["«“„]\s*|\s*["»”“]$/gu, '').trim();
    const n = wordCount(heading, article.lang);
    if (n < 1 || n > 10 || FURNITURE_HEADING.test(heading)) return;
    const isQuestion = QUESTION_END.test(heading);
    if (!isQuestion && !pack.faq) return;
    let end = article.blocks.findIndex((x, j) => j > b && x.kind === 'heading' && (x.level ?? 6) <= (block.level ?? 6));
    if (end < 0) end = article.blocks.length;
    const section = sentences.filter((s) => s.block > b && s.block < end && !ctx.used.has(s.index));
    if (section.length === 0) return;
    const relevance = bm25(model, terms(heading, article.lang));
    const best = section.reduce((a, s) => (relevance[s.index] > relevance[a.index] ? s : a), section[0]);
    if (!(relevance[best.index] > 0)) return;
    const answer = answerFrom(ctx, best.index);
    if (!answer || !speaksTo(ctx, heading, answer)) return;
    const question = isQuestion || opensWithInterrogative(heading, pack) ? asQuestion(heading, pack) : pack.faq!.aboutHeading(heading.replace(/[.:;]+$/u, ''));
    out.push(item(ctx, question, answer, 'heading'));
  });
  return out;
}

/** Headings of page furniture, not of the story. */
const FURNITURE_HEADING = /^(?:more|tl;?dr|related|read (?:more|next|also)|tell us|share|comments?|advertisement|newsletter|sign up|subscribe|à lire aussi|lire aussi|sur le même sujet|commentaires?|partager|publicité)\b/iu;
/** A number as a reader counts it: "70,000", "4,2", "2 300" are one each; "PS4", "Covid-19" are names. */
const NUMBERS = /(?<![\p{L}\p{N}-])\p{N}+(?:[.,\u00a0\u202f ]\p{N}{3})*(?:[.,]\p{N}+)?(?![\p{L}])/gu;
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

/** A role or title shortly before a name: "le ministre de l'Intérieur Gérald Darmanin", "coach Gary Locke". */
const ROLE =
  /(?<![\p{L}])(?:ministre|premier ministre|président|présidente|maire|député|députée|sénateur|sénatrice|directeur|directrice|porte-parole|secrétaire|chanteur|chanteuse|acteur|actrice|comédien|comédienne|réalisateur|réalisatrice|joueur|joueuse|entraîneur|sélectionneur|juge|avocat|avocate|procureur|journaliste|écrivain|écrivaine|romancier|romancière|patron|patronne|fondateur|fondatrice|chef|prince|princesse|roi|reine|professeur|médecin|chercheur|chercheuse|militant|militante|candidat|candidate|minister|president|mayor|senator|governor|director|chief|spokesman|spokeswoman|spokesperson|secretary|singer|actor|actress|director|player|striker|coach|manager|boss|judge|lawyer|attorney|prosecutor|author|writer|founder|ceo|chairman|chairwoman|leader|prince|princess|king|queen|professor|doctor|researcher|activist|candidate|star)(?![\p{L}])[^.!?]{0,30}$/iu;

/**
 * Does the sentence say who the person is? An apposition ("Raymond Lee, un Sud-Coréen de 33
 * ans,"), an age in brackets, or a title or role right before the name.
 */
export function introduces(text: string, person: string): boolean {
  const at = text.indexOf(person);
  if (at < 0) return false;
  const after = text.slice(at + person.length);
  const before = text.slice(Math.max(0, at - 40), at);
  return (
    /^,\s+(?:\p{Ll}|\d)/u.test(after) ||
    /^\s*\(\s*\d/u.test(after) ||
    /(?:^|\s)(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)\s+$/u.test(before) ||
    ROLE.test(before)
  );
}

/** Prepositions of place before a capitalised name: "à Conakry", "in Delhi". */
const PLACE_PREPOSITIONS: Record<string, string> = {
  fr: 'à|au|aux|en|dans le|dans la|près de',
  en: 'in|at|near|outside',
  de: 'in|im|bei|nahe',
  es: 'en|cerca de',
  it: 'a|in|nel|nella|vicino a',
  pt: 'em|no|na|perto de',
  nl: 'in|bij|nabij',
};
const placeRes = new Map<string, RegExp>();

/** The sentence names a place: a preposition of place before a capitalised word that is not a date. */
export function namesPlace(text: string, lang: string): boolean {
  const preps = PLACE_PREPOSITIONS[lang];
  if (!preps) return false;
  let re = placeRes.get(lang);
  if (!re) placeRes.set(lang, (re = new RegExp(`(?<![\\p{L}])(?:${preps})\\s+(?:l[ae']\\s?|the\\s)?(\\p{Lu}[\\p{L}'’-]+)`, 'gu')));
  const when = new Set(languagePack(lang).cues.when);
  for (const m of text.matchAll(re)) {
    if (when.has(m[1].toLowerCase())) continue;
    // "a parlé à Emmanuel Macron": a first name and a surname after "à" is a person, not a place.
    const rest = text.slice(m.index! + m[0].length);
    if (/^(?:à|a)\s/iu.test(m[0]) && /^\s+\p{Lu}\p{Ll}+/u.test(rest)) continue;
    return true;
  }
  return false;
}

const QUOTED = /«[^»]{12,}»|“[^”]{12,}”|"[^"]{12,}"/u;
const SPEECH =
  /(?<![\p{L}])(?:said|says|told|added|explained|according to|a déclaré|a dit|a affirmé|a expliqué|a ajouté|a assuré|a estimé|a confié|a raconté|a souligné|explique|déclare|affirme|assure|estime|raconte|souligne|confie|selon|sagte|sagt|erklärte|dijo|afirmó|ha detto|disse|zei)(?![\p{L}])/iu;

/** The best-scored sentence quoting a named person, with the name as the article writes it. */
function quotedSpeaker(ctx: Context, candidates: Sentence[]): { name: string; sources: number[] } | undefined {
  let best: { name: string; sources: number[]; score: number } | undefined;
  for (const s of candidates) {
    if (ctx.used.has(s.index) || !QUOTED.test(s.text) || !SPEECH.test(s.text) || hasUnbalancedQuotes(s.text)) continue;
    // The name outside the quotation marks: the speaker, not someone the quote mentions.
    const outside = s.text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ');
    const name = [...outside.matchAll(NAME)].map((m) => m[1]).find((n) => !ctx.pack.stopwords.has(n.split(/[ \u00a0-]/)[0].toLowerCase()));
    if (!name || (best && ctx.scores[s.index] <= best.score)) continue;
    best = { name, sources: [s.index], score: ctx.scores[s.index] };
  }
  return best && { name: best.name, sources: best.sources };
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
  // Years are dates (the "when" question's), not key figures.
  const numbers = (s: Sentence) => (s.text.match(NUMBERS) ?? []).filter((n) => !/^(?:1[89]|20)\d\d$/.test(n)).length;

  const kinds: Array<{ asks: FaqAsks; question: string; test: (s: Sentence) => boolean; weight?: (s: Sentence) => number }> = [
    { asks: 'what', question: faq.whatHappened, test: (s) => s.index < Math.max(6, sentences.length * 0.3) },
    { asks: 'why', question: faq.why, test: (s) => has(s, pack.cues.why) },
    { asks: 'who', question: faq.who, test: (s) => properNouns(s) >= 2, weight: (s) => 1 + 0.15 * properNouns(s) },
    { asks: 'figures', question: faq.figures, test: (s) => numbers(s) >= 2, weight: (s) => 1 + 0.1 * numbers(s) },
    { asks: 'when', question: faq.when, test: (s) => has(s, pack.cues.when) || YEAR.test(s.text) },
    { asks: 'where', question: faq.where, test: (s) => namesPlace(s.text, lang) },
    { asks: 'next', question: faq.next, test: (s) => has(s, pack.cues.next) },
  ];
  const out: FaqItem[] = [];
  // "Qui est Raymond Lee ?": asked about the story's main person, answered where the article
  // first introduces them.
  const person = mainPerson(sentences, pack);
  if (person) {
    // Only where the article introduces them (first two mentions): later ones say what they did.
    const intro = sentences
      .filter((s) => s.text.includes(person))
      .slice(0, 2)
      .find((s) => !ctx.used.has(s.index) && isBulletCandidate(s, lang) && introduces(s.text, person));
    const answer = intro && answerFrom(ctx, intro.index, 2);
    if (answer) out.push({ ...item(ctx, faq.whoIs(person), answer, 'generated'), asks: 'who' });
  }
  // "Que dit X ?": the words of someone the article quotes by name.
  const quoted = quotedSpeaker(ctx, candidates);
  if (quoted && quoted.name !== person) out.push({ ...item(ctx, faq.says(quoted.name), quoted.sources, 'generated'), asks: 'who' });
  for (const kind of kinds) {
    if (kind.asks === 'who' && person) continue;
    let best: Sentence | undefined;
    let bestScore = -Infinity;
    for (const s of candidates) {
      // An answer that opens on "Elle" or "He" answers nothing without the sentence before it.
      if (ctx.used.has(s.index) || DANGLING_START.test(s.text) || !kind.test(s)) continue;
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
/** 3 questions for a brief, 4 for a typical story, up to 8 for a long read. */
export const faqCount = (words: number): number => (words < 250 ? 3 : Math.min(8, 4 + Math.floor((words - 250) / 400)));

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
