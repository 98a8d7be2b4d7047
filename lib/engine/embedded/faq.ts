import type { Article, FaqAsks, FaqItem, Sentence } from '../../types';
import { languagePack, type LanguagePack } from '../../text/lang';
import { terms, words, wordCount } from '../../text/tokens';
import { bm25 } from './bm25';
import type { SentenceModel } from './vectors';
import { hasUnbalancedQuotes } from '../../text/quotes';
import { acronymQuestion, actionQuestion, countQuestion, dateQuestion, findPlace, placeQuestion, whyQuestion } from './questions';

/** Lines that are page furniture, not news: datelines, credits, prompts. */
const BOILERPLATE =
  /©|copyright|all rights reserved|tous droits|newsletter|abonnez|abonnement|subscribe|sign up|s'inscrire|inscrivez|cookie|lire aussi|lire la suite|à lire|read more|click here|cliquez|publié le|mis à jour le|updated on|photo\s*:|crédit|credit\s*:|getty images|afp photo|partager|share this|follow us|suivez-nous/i;
const TERMINAL = /[.!…»"”)'’\]]$/u;

function isBulletCandidate(s: Sentence, lang: string): boolean {
  const n = wordCount(s.text, lang);
  if (n < 5 || n > 70) return false;
  if (!TERMINAL.test(s.text)) return false;
  if (/[?？]\s*[»"”]?$/u.test(s.text)) return false;
  // Half a quotation (it opens here and closes in the next sentence) reads as a broken line.
  if (hasUnbalancedQuotes(s.text)) return false;
  return !BOILERPLATE.test(s.text);
}


const DANGLING_START =
  /^(?:[«"“]?\s*(?:he|she|they|it|this|these|those|that|his|her|their|its|il|elle|ils|elles|ce|cet|cette|ces|celui-ci|celle-ci|lui|leur|er|sie|es|dies|diese|dieser|él|ella|ellos|ellas|esto|este|esta|lei|loro|questo|questa|ele|ela|eles|elas|isso|hij|zij|dit|deze)\b|(?:i|we|je|nous|ich|wir|yo|nosotros|io|noi|eu|nós|ik|wij)\b|j['’]|i['’]m\b)/iu;


const MAX_ANSWER_WORDS = 60;
/** An answer this long stands alone; a shorter one takes the next sentence for context. */
const MIN_ANSWER_WORDS = 16;
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
    if (total + n > MAX_ANSWER_WORDS || total >= MIN_ANSWER_WORDS) break;
    picked.push(j);
    total += n;
  }
  return picked;
}

/** "Il a démissionné." answered with the sentence before it, when that one names who and is free. */
function withAntecedent(ctx: Context, i: number): number[] | undefined {
  const { sentences, used, article } = ctx;
  const prev = sentences[i - 1];
  if (!prev || used.has(prev.index) || prev.block !== sentences[i].block || DANGLING_START.test(prev.text) || QUESTION_END.test(prev.text)) return undefined;
  if (hasUnbalancedQuotes(prev.text)) return undefined;
  const total = wordCount(prev.text, article.lang) + wordCount(sentences[i].text, article.lang);
  return total <= MAX_ANSWER_WORDS ? [prev.index, i] : undefined;
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
    // A headline in a list of links ("Why Can't Taylor Swift Perform Her Own Songs?") is not the article asking.
    const capitalised = s.text.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w)).length;
    if (n >= 4 && capitalised / n >= 0.6) return;
    // Inside a quotation that opened earlier in the paragraph: someone speaking, not the article.
    const block = ctx.article.blocks[s.block]?.text ?? '';
    if (hasUnbalancedQuotes(block.slice(0, s.end))) return;
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

/**
 * A headline that asks ("Charlotte Casiraghi enceinte ?", "Carburant : vers une révolution des
 * prix ?") is the article's own question, answered by the sentence that best matches it.
 */
function titleQuestion(ctx: Context): FaqItem[] {
  const { article, sentences, model } = ctx;
  // "Élections municipales : Audrey Pulvar à Paris ?": the rubric before the colon is not asked.
  // (kept when what follows it needs it: "Carburant : vers une révolution des prix ?").
  const title = article.title.replace(/^[^:?]{2,40}\s:\s(?=\p{Lu})/u, '').trim();
  if (!QUESTION_END.test(title) || /^["«“]/u.test(title) || hasUnbalancedQuotes(title)) return [];
  const n = wordCount(title, article.lang);
  if (n < 2 || n > 16) return [];
  const relevance = bm25(model, terms(title, article.lang));
  let best: Sentence | undefined;
  for (const s of sentences) {
    if (ctx.used.has(s.index) || !isBulletCandidate(s, article.lang) || DANGLING_START.test(s.text) || !(relevance[s.index] > 0)) continue;
    if (!best || relevance[s.index] > relevance[best.index]) best = s;
  }
  const answer = best && answerFrom(ctx, best.index, 2);
  if (!answer || !speaksTo(ctx, title, answer)) return [];
  return [item(ctx, asQuestion(title.charAt(0).toUpperCase() + title.slice(1), ctx.pack), answer, 'article')];
}

/** Sub-headings as questions, answered from their own section. */
function headingQuestions(ctx: Context): FaqItem[] {
  const { article, sentences, model, pack } = ctx;
  const out: FaqItem[] = [];
  article.blocks.forEach((block, b) => {
    if (block.kind !== 'heading') return;
    // "Q: Favorite apps?" -> "Favorite apps?"; quotes around a heading would double the template's.
    const heading = block.text
      .replace(/^(?:q|question)\s*[:.-]\s*/iu, '')
      .replace(/^\d{1,2}[.)]\s+/u, '')
      .replace(/^["«“„]\s*|\s*["»”“]$/gu, '')
      .trim();
    // A quotation cut in half would leave a stray mark in the question.
    if (hasUnbalancedQuotes(heading)) return;
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
  /(?<![\p{L}])(?:préfet|préfète|commissaire|général|générale|colonel|capitaine|adjoint|adjointe|conseiller|conseillère|élu|élue|ambassadeur|ambassadrice|évêque|pape|cardinal|rabbin|imam|coach|attaquant|attaquante|défenseur|gardien|pilote|champion|championne|skipper|navigateur|navigatrice|aventurier|aventurière|photographe|artiste|humoriste|animateur|animatrice|présentateur|présentatrice|économiste|sociologue|historien|historienne|politologue|épidémiologiste|infectiologue|virologue|spécialiste|expert|experte|analyste|responsable|dirigeant|dirigeante|syndicaliste|head|governor|sheriff|officer|detective|general|colonel|captain|councillor|councilman|commissioner|ambassador|bishop|pope|economist|analyst|expert|historian|scientist|epidemiologist|executive|official|ministre|premier ministre|président|présidente|maire|député|députée|sénateur|sénatrice|directeur|directrice|porte-parole|secrétaire|chanteur|chanteuse|acteur|actrice|comédien|comédienne|réalisateur|réalisatrice|joueur|joueuse|entraîneur|sélectionneur|juge|avocat|avocate|procureur|journaliste|écrivain|écrivaine|romancier|romancière|patron|patronne|fondateur|fondatrice|chef|prince|princesse|roi|reine|professeur|médecin|chercheur|chercheuse|militant|militante|candidat|candidate|minister|president|mayor|senator|governor|director|chief|spokesman|spokeswoman|spokesperson|secretary|singer|actor|actress|director|player|striker|coach|manager|boss|judge|lawyer|attorney|prosecutor|author|writer|founder|ceo|chairman|chairwoman|leader|prince|princess|king|queen|professor|doctor|researcher|activist|candidate|star)(?![\p{L}])[^.!?]{0,30}$/iu;

/** A role word anywhere: "un Sud-Coréen de 33 ans" has none, "le maire écologiste" has one. */
const ROLE_WORD = new RegExp(ROLE.source.replace(/\[\^\.!\?\]\{0,30\}\$$/u, ''), 'iu');

/**
 * Someone besides the story's main person, introduced beyond doubt: a role or a title before
 * the name, or an apposition that gives a role or an age. "Départ de Nouvelle-Zélande, en
 * 2018," is not a person.
 */
export function introducesPerson(text: string, person: string): boolean {
  const at = text.indexOf(person);
  if (at < 0) return false;
  const after = text.slice(at + person.length);
  const before = text.slice(Math.max(0, at - 40), at);
  if (ROLE.test(before) || /(?:^|\s)(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?)\s+$/u.test(before)) return true;
  const apposition = /^,\s+([^,]{3,80}),/u.exec(after)?.[1] ?? '';
  return /^\s*\(\s*\d/u.test(after) || /\b\d{1,3}\s+(?:ans|years?\s+old)\b/u.test(apposition) || (ROLE_WORD.test(apposition) && /^(?:un|une|le|la|l['’]|les|the|a|an|ancien|ancienne|former|also)(?![\p{L}])/iu.test(apposition));
}

/**
 * Does the sentence say who the person is? An apposition ("Raymond Lee, un Sud-Coréen de 33
 * ans,"), an age in brackets, or a title or role right before the name.
 */
export function introduces(text: string, person: string): boolean {
  const at = text.indexOf(person);
  if (at < 0) return false;
  const after = text.slice(at + person.length);
  const before = text.slice(Math.max(0, at - 40), at);
  // "à San Basilio-Zaterre, dans le canal", "rue Saint-Lazare, à Paris": a place, not a person.
  const afterPlaceWord = /(?:^|\s)(?:à|au|aux|en|dans|de|du|des|rue|avenue|boulevard|place|quai|gare|pont|in|at|on|from|of|to|near)\s+$/iu.test(before);
  const apposition = /^,\s+(?:\p{Ll}|\d)/u.test(after) && !/^,\s+(?:dans|à|au|aux|en|sur|sous|près|vers|in|at|on|near|from)(?![\p{L}])/iu.test(after);
  return (
    (apposition && !afterPlaceWord) ||
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
  if (WRITTEN_QUESTIONS.has(lang)) return !!findPlace(text, lang);
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
  /(?<![\p{L}])(?:said|says|told|added|explained|according to|warned|insisted|wrote|tweeted|stated|a déclaré|a dit|a affirmé|a expliqué|a ajouté|a assuré|a estimé|a confié|a raconté|a souligné|a précisé|a indiqué|a rappelé|a insisté|a prévenu|a martelé|a tweeté|a écrit|a réagi|ont déclaré|ont indiqué|ont précisé|ont expliqué|précise|indique|rappelle|explique|déclare|affirme|assure|estime|raconte|souligne|confie|selon|sagte|sagt|erklärte|dijo|afirmó|ha detto|disse|zei)(?![\p{L}])/iu;

/** Institutions that speak: "a précisé la préfecture de police", "selon le parquet", "said the ministry". */
const INSTITUTION: Record<string, RegExp> = {
  fr: /(?:(?:a|ont)\s+(?:précisé|déclaré|indiqué|expliqué|affirmé|ajouté|souligné|assuré|estimé|annoncé|confié|dit|rappelé|réagi)|selon)\s+((?:le|la|les)\s+[\p{L}-]{3,}(?:\s(?:de|du|des)\s(?:la\s|l['’])?[\p{L}-]{3,})?|l['’][\p{L}-]{3,}(?:\s(?:de|du|des)\s(?:la\s|l['’])?[\p{L}-]{3,})?)(?![\p{L}])/u,
  en: /(?:said|told\s+\p{Lu}\p{L}+|according to)\s+(the\s[\p{L}-]{3,}(?:\s(?:of\s)?[\p{L}-]{3,})?)(?=[\s,.;]|$)/u,
};

/**
 * Quotations as the article prints them: one sentence, or a quotation that runs over two or
 * three sentences ("Non, je laisse la porte ouverte. (...) j'irai ramasser le drapeau", a
 * répondu le député), up to the answer's length.
 */
function quotations(ctx: Context, candidates: Sentence[]): number[][] {
  const { sentences, article } = ctx;
  const spans: number[][] = candidates.map((s) => [s.index]);
  for (let i = 0; i < sentences.length; i++) {
    if (!/^[«"“]/u.test(sentences[i].text) || !hasUnbalancedQuotes(sentences[i].text)) continue;
    const span = [i];
    let words = wordCount(sentences[i].text, article.lang);
    for (let j = i + 1; j < sentences.length && span.length < 3 && sentences[j].block === sentences[i].block; j++) {
      span.push(j);
      words += wordCount(sentences[j].text, article.lang);
      if (!hasUnbalancedQuotes(span.map((k) => sentences[k].text).join(' '))) {
        if (words <= MAX_ANSWER_WORDS) spans.push(span);
        break;
      }
    }
  }
  return spans;
}

/** The best-scored quotation of a named person (or an institution), with the name as the article writes it. */
function quotedSpeaker(ctx: Context, candidates: Sentence[]): { name: string; sources: number[] } | undefined {
  let best: { name: string; sources: number[]; score: number } | undefined;
  for (const span of quotations(ctx, candidates)) {
    if (span.some((i) => ctx.used.has(i))) continue;
    const text = span.map((i) => ctx.sentences[i].text).join(' ');
    if (!QUOTED.test(text) || !SPEECH.test(text) || hasUnbalancedQuotes(text)) continue;
    // The name outside the quotation marks: the speaker, not someone the quote mentions.
    const outside = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ');
    // The name next to the speech verb ("a indiqué à l'AFP Antoine Flahault"), not "Sars-Cov-2".
    const names = [...outside.matchAll(NAME)].filter((m) => !ctx.pack.stopwords.has(m[1].split(/[ \u00a0-]/)[0].toLowerCase()) && !/^-?\d/u.test(outside.slice(m.index! + m[0].length)));
    const verbAt = SPEECH.exec(outside)?.index ?? 0;
    const right = names.find((m) => m.index! > verbAt && m.index! - verbAt < 40);
    const left = names.filter((m) => m.index! < verbAt).pop();
    const name = (right ?? left ?? names[0])?.[1] ?? INSTITUTION[ctx.pack.code]?.exec(outside)?.[1];
    const score = Math.max(...span.map((i) => ctx.scores[i]));
    if (!name || (best && score <= best.score)) continue;
    best = { name, sources: span, score };
  }
  return best && { name: best.name, sources: best.sources };
}

/** Languages whose questions are written from the answering sentence (lib/engine/embedded/questions.ts). */
const WRITTEN_QUESTIONS = new Set(['fr', 'en']);

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

  const genderOf = (name: string) => frGender(sentences, name);
  const written = WRITTEN_QUESTIONS.has(pack.code);
  // specific: written from the sentence, so a second one of the kind asks something new.
  const kinds: Array<{ asks: FaqAsks; question: (s: Sentence) => string | undefined; weight?: (s: Sentence) => number; specific?: boolean }> = [
    { asks: 'what', question: (s) => (s.index < Math.max(6, sentences.length * 0.3) ? faq.whatHappened : undefined) },
    // Written from the sentence itself: "Pourquoi la SNCF a-t-elle ... ?", "Que s'est-il passé à Béziers ?".
    // Languages without those sentence templates keep the plain ones ("Warum ist es passiert?").
    { specific: true, asks: 'why', question: (s) => (written ? whyQuestion(s.text, lang, genderOf) : has(s, pack.cues.why) ? faq.why : undefined) },
    { specific: true, asks: 'where', question: (s) => (written ? placeQuestion(s.text, lang) : namesPlace(s.text, lang) ? faq.where : undefined) },
    { specific: true, asks: 'figures', question: (s) => countQuestion(s.text, lang) },
    { specific: true, asks: 'what', question: (s) => actionQuestion(s.text, lang) },
    { specific: true, asks: 'what', question: (s) => acronymQuestion(s.text, lang) },
    { asks: 'who', question: (s) => (!written && properNouns(s) >= 2 ? faq.who : undefined), weight: (s) => 1 + 0.15 * properNouns(s) },
    { asks: 'when', question: (s) => (written ? dateQuestion(s.text, lang) : undefined) ?? (has(s, pack.cues.when) || YEAR.test(s.text) ? faq.when : undefined) },
    { specific: true, asks: 'when', question: (s) => (written ? dateQuestion(s.text, lang) : undefined) },
    // "was going to" is a plan of the past, not what comes next.
    { asks: 'next', question: (s) => (has(s, pack.cues.next) && !/(?:was|were) going to/iu.test(s.text) ? faq.next : undefined) },
    { asks: 'figures', question: (s) => (numbers(s) >= 2 ? faq.figures : undefined), weight: (s) => 1 + 0.1 * numbers(s) },
  ];
  const out: FaqItem[] = [];
  // "Qui est Raymond Lee ?": asked about the story's main person, answered where the article
  // first introduces them.
  const person = mainPerson(sentences, pack);
  let whoIs: FaqItem | undefined;
  if (person) {
    // Only where the article introduces them (first two mentions): later ones say what they did.
    const intro = sentences
      .filter((s) => s.text.includes(person))
      .slice(0, 2)
      .find((s) => !ctx.used.has(s.index) && isBulletCandidate(s, lang) && introducesPerson(s.text, person));
    const answer = intro && answerFrom(ctx, intro.index, 2);
    if (answer) whoIs = { ...item(ctx, faq.whoIs(person), answer, 'generated'), asks: 'who' };
  }
  // "Que dit X ?": the words of someone the article quotes by name.
  const quoted = quotedSpeaker(ctx, candidates);
  const says = quoted && quoted.name !== person ? { ...item(ctx, faq.says(quoted.name), quoted.sources, 'generated'), asks: 'who' as const } : undefined;
  // A second voice, when the story quotes another person by name.
  const quoted2 = quoted && quotedSpeaker(ctx, candidates);
  const says2 = quoted2 && quoted2.name !== person && quoted2.name !== quoted?.name ? { ...item(ctx, faq.says(quoted2.name), quoted2.sources, 'generated'), asks: 'who' as const } : undefined;
  // "Qui est Jacques Witkowski ?": someone else the article introduces by role or apposition.
  const others: FaqItem[] = [];
  for (const s of candidates) {
    if (others.length >= 2 || ctx.used.has(s.index) || DANGLING_START.test(s.text)) continue;
    const name = [...s.text.matchAll(NAME)].map((m) => m[1]).find((n) => n !== person && n !== quoted?.name && !pack.stopwords.has(n.split(/[ \u00a0-]/)[0].toLowerCase()) && introducesPerson(s.text, n));
    // Where the article first names them, not a later mention.
    if (!name || sentences.findIndex((x) => x.text.includes(name)) !== s.index) continue;
    const answer = answerFrom(ctx, s.index, 2);
    if (answer) others.push({ ...item(ctx, faq.whoIs(name), answer, 'generated'), asks: 'who' });
  }
  const asked = new Set<FaqAsks>();
  const pick = (kind: (typeof kinds)[number]): FaqItem | undefined => {
    let best: { s: Sentence; question: string; answer: number[] } | undefined;
    let bestScore = -Infinity;
    for (const s of candidates) {
      if (ctx.used.has(s.index)) continue;
      const value = scores[s.index] * (kind.weight?.(s) ?? 1);
      if (value <= bestScore) continue;
      const question = kind.question(s);
      if (!question) continue;
      // An answer that opens on "Elle" or "He" needs the sentence before it, which says who.
      const answer = DANGLING_START.test(s.text) ? withAntecedent(ctx, s.index) : answerFrom(ctx, s.index, 2);
      if (!answer) continue;
      bestScore = value;
      best = { s, question, answer };
    }
    return best && { ...item(ctx, best.question, best.answer, 'generated'), asks: kind.asks };
  };
  kinds.forEach((kind) => {
    // The plain "who" and "figures" only when nothing more precise was asked of that kind.
    if (kind.asks === 'who' && (whoIs || says)) return;
    if (kind.asks === 'figures' && asked.has('figures')) return;
    const q = pick(kind);
    if (!q) return;
    asked.add(kind.asks);
    out.push(q);
  });
  // Long enough for more: a second question of each kind written from its own sentence.
  const more = written ? kinds.filter((k) => k.specific).map(pick).filter((q): q is FaqItem => !!q) : [];
  const [lead, ...rest] = out[0]?.asks === 'what' && out[0].question === faq.whatHappened ? out : [undefined, ...out];
  return [lead, whoIs, ...rest.slice(0, 2), says, ...rest.slice(2), ...others, says2, ...more].filter((q): q is FaqItem => !!q);
}

/**
 * French inverted questions need the subject's gender: "M. Dupont" or "Mme Dupont" in the
 * article tells it for a name. Undefined when the article does not say.
 */
export function frGender(sentences: Sentence[], name: string): 'm' | 'f' | undefined {
  const surname = name.split(/\s+/u).pop()!;
  if (!/^\p{Lu}/u.test(surname)) return undefined;
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const f = new RegExp(`(?<![\\p{L}])(?:Mme|Madame|Mlle)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?${esc}(?![\\p{L}])`, 'u');
  const m = new RegExp(`(?<![\\p{L}])(?:M\\.|Monsieur)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?${esc}(?![\\p{L}])`, 'u');
  for (const s of sentences) {
    if (f.test(s.text)) return 'f';
    if (m.test(s.text)) return 'm';
  }
  return undefined;
}

/**
 * A first FAQ: the article's own questions, then its sub-headings, then the questions every
 * news story answers. Answers are the article's own sentences, never a bullet's.
 */
/** 3 questions for a brief, 4 for a typical story (150 words and more), up to 8 for a long read. */
export const faqCount = (words: number): number => (words < 150 ? 3 : Math.min(8, 4 + Math.max(0, Math.floor((words - 250) / 400))));

export function buildFaq(article: Article, sentences: Sentence[], model: SentenceModel, scores: number[], bulletSources: number[], max = faqCount(article.wordCount)): FaqItem[] {
  const ctx: Context = { article, sentences, model, scores, pack: languagePack(article.lang), used: new Set(bulletSources) };
  const items = [...pageQuestions(ctx), ...titleQuestion(ctx), ...articleQuestions(ctx), ...headingQuestions(ctx)];
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
