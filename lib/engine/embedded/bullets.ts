import type { Article, DigestLength, Sentence } from '../../types';
import { languagePack } from '../../text/lang';
import { terms } from '../../text/tokens';
import { compressSentence, lineLength } from './compress';
import { isQuotation, outsideQuotes, speechOf, type Speech } from './speech';
import { cosine, vectorize, type SentenceModel, type SparseVector } from '../../text/vectors';
import { escapeRegExp } from '../../text/regexp';

/** Lines that are page furniture, not news: datelines, credits, prompts. */
const BOILERPLATE =
  /©|copyright|all rights reserved|tous droits|newsletter|abonnez|abonnement|subscribe|sign up|s'inscrire|inscrivez|cookie|lire aussi|lire la suite|à lire|read more|click here|cliquez|publié le|mis à jour le|updated on|photo\s*:|crédit|credit\s*:|getty images|afp photo|partager|share this|follow us|suivez-nous/i;
/** Ends a sentence, for scripts with spaces (CJK sentences end in 。！？, checked apart). */
const TERMINAL = /[.!…»"”)'’\]。！？」』]$/u;
const QUESTION = /[?？;;]\s*[»"”」]?$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The longest line an EN BREF prints (words; CJK characters / 2). */
export const MAX_LINE_WORDS = 35;
/** The lead may run longer: a long first sentence that tells the story beats a short one that does not. */
export const MAX_LEAD_WORDS = 45;
/** Chinese and Japanese leads run on with commas where others use full stops: room for one (characters / 2). */
export const MAX_LEAD_WORDS_UNSPACED = 65;
const UNSPACED = /^(?:zh|ja)\b/u;
export const maxLeadWords = (lang: string): number => (UNSPACED.test(lang) ? MAX_LEAD_WORDS_UNSPACED : MAX_LEAD_WORDS);
/** The same for any line: a Chinese sentence is a run of clauses the shortening cannot split. */
export const maxLineWords = (lang: string): number => (UNSPACED.test(lang) ? MAX_LEAD_WORDS : MAX_LINE_WORDS);
/** How many of the article's first sentences count as its lead. */
const LEAD_SENTENCES = 2;

/** What the bullets need to know of each sentence, worked out once. */
export interface SentenceFacts {
  /** The sentence as an EN BREF line (lib/engine/embedded/compress.ts). */
  line: string;
  lineWords: number;
  words: number;
  speech: Speech;
  /** Opens on a pronoun or a demonstrative that points to an earlier sentence ("Il", "This", "该"). */
  dangling: boolean;
  /**
   * Dangling on a person ("Il a ajouté…", "Сегодня, он…"): readable right after the line that
   * names them. A line dangling on a thing or a fact ("This comes after", "C'était", "Dieser
   * Bericht") is not, as readers judge it.
   */
  personal: boolean;
  /** Stems of the nouns its demonstratives point back to (referentsNeeded): an earlier bullet must name them. */
  needs: string[];
  question: boolean;
  furniture: boolean;
  /** Content terms (stems), for "does this line say anything". */
  content: number;
  /** Holds a figure or a name: information a reader can use. */
  specific: boolean;
  /**
   * Reads as a teaser, not a fact: an exclamation in the article's voice ("Ce tique s'est trompé
   * de cible !"), or a noun and its relative clause with no verb of its own ("Une parodie qui
   * n'a pas amusé Hugh Grant.").
   */
  teaser: boolean;
}

/** A line from its first word on: opening quotation marks, brackets and dashes left out. */
const afterOpening = (text: string) => text.replace(/^[\s«"“„(¿¡\-–—]+/u, '');

/** The first word of a line, lower case, after opening marks. */
function firstWord(text: string): string {
  return (afterOpening(text).match(/^[\p{L}\p{N}]+(?:-[\p{L}]+)*(?:['’])?/u)?.[0] ?? '').toLowerCase();
}

/** Does the line open on a word that needs the sentence before it? */
export function opensDangling(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  const anaphora = pack.grammar?.anaphora;
  if (!anaphora?.length) return false;
  const t = afterOpening(text);
  if (CJK.test(t.slice(0, 2))) return [...anaphora, ...(pack.grammar?.leaning ?? [])].some((a) => t.startsWith(a));
  const w = firstWord(t);
  const opening = t.toLowerCase();
  if (pack.grammar?.impersonal?.some((o) => opening.startsWith(o) && !/[\p{L}]/u.test(opening.charAt(o.length)))) return false;
  // A connective the line kept ("Surtout qu'elle…", "Même son de cloche…") ties it to the sentence before.
  const c = pack.connectives;
  // "Alors," leans; "Alors que …" opens a clause of its own.
  const leaning = [...(c?.always ?? []), ...(pack.grammar?.leaning ?? [])];
  if (leaning.some((w) => opening.startsWith(w) && (/['’]$/u.test(w) || !/[\p{L}]/u.test(opening.charAt(w.length))))) return true;
  if (c?.withComma.some((w) => opening.startsWith(w) && /^\s*,/u.test(opening.slice(w.length)))) return true;
  return (
    anaphora.includes(w) ||
    anaphora.includes(w.replace(/['’]$/u, '')) ||
    anaphora.some((a) => /['’]$/u.test(a) && w.startsWith(a.slice(0, -1)) && /['’]/u.test(w))
  );
}

/** As a bullet: opens dangling, or its subject, after a leading phrase, is a pronoun (subjectAfterLead), or it holds a pronoun for a place or a thing. */
export function lineDangles(text: string, lang: string): boolean {
  const g = languagePack(lang).grammar;
  return opensDangling(text, lang) || subjectAfterLead(afterOpening(text), g?.subjects ?? []) || pointsOutside(text, g?.pointers);
}

/** "L'armée y subit une défaite": a pronoun standing for a place or a thing the line does not name. */
function pointsOutside(text: string, pointers: { words: string[]; except: string[] } | undefined): boolean {
  if (!pointers) return false;
  const tokens =
    outsideQuotes(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return tokens.some(
    (w, i) =>
      pointers.words.includes(w) &&
      !pointers.except.some((e) => {
        const parts = e.split(/\s+/u);
        const at = parts.indexOf(w);
        return at >= 0 && parts.every((p, k) => tokens[i - at + k] === p);
      }),
  );
}

/**
 * A subject pronoun right after a leading phrase: "Alors qu'il a promis …, il joue …",
 * "Сегодня, 5 января, он посетил республику", "Lauréate dès ses 11 ans …, elle est poussée".
 */
function subjectAfterLead(text: string, subjects: string[]): boolean {
  if (subjects.length === 0) return false;
  // "qu'il", "lorsqu'elle": the pronoun elided onto the word that opens the clause.
  const pronoun = (token: string | undefined) => !!token && subjects.includes(token.toLowerCase().replace(/^[\p{L}]+['’]/u, ''));
  const segments = text.split(/,\s+/u);
  let words = 0;
  for (let i = 0; i < segments.length - 1 && words <= 15; i++) {
    const tokens = segments[i].match(/[\p{L}\p{N}'’-]+/gu) ?? [];
    // A name opening the line may be what the pronoun stands for ("Boris Johnson, lui, il…"); a
    // place further on is not ("Lauréate, dès ses 11 ans … de Toulouse, elle").
    if (i === 0 && tokens.slice(1).some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
    if (i === 0 && tokens.slice(0, 3).some((w) => /['’]/u.test(w) && pronoun(w))) return true;
    words += tokens.length;
    if (pronoun((segments[i + 1].match(/[\p{L}\p{N}'’-]+/u) ?? [])[0])) return true;
  }
  return false;
}

/**
 * What a line's demonstratives point back to and the line does not name ("ces réformes", "this
 * substance", "dieser Bericht"): the nouns' stems. A line needs an earlier bullet that names them;
 * "cette année", "this week" point at the time of writing instead.
 */
export function referentsNeeded(text: string, lang: string): string[] {
  const pack = languagePack(lang);
  const g = pack.grammar;
  if (!g?.demonstratives?.length || CJK.test(text)) return [];
  const deictic = new Set([...(g.deictic ?? []), ...(pack.dates?.months ?? []), ...(pack.dates?.weekdays ?? [])].map((w) => w.toLowerCase()));
  const phrases = g.demonstratives.map((d) => d.toLowerCase().split(/\s+/u));
  const tokens = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  const lower = tokens.map((m) => m[0].toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    const phrase = phrases.find((p) => p.every((w, k) => lower[i + k] === w));
    if (!phrase) continue;
    let j = i + phrase.length;
    // "ces deux réformes", "this new law": the noun comes after a number or an adjective or two.
    while (j < lower.length && j < i + phrase.length + 2 && (pack.stopwords.has(lower[j]) || /^\p{N}/u.test(lower[j])) && !deictic.has(lower[j])) j++;
    const noun = lower[j];
    if (!noun || deictic.has(noun) || /^\p{N}/u.test(noun)) continue;
    const stem = terms(noun, lang)[0];
    if (!stem) continue;
    // Named earlier in the line itself ("la réforme des retraites … ces réformes").
    if (terms(text.slice(0, tokens[i].index), lang).includes(stem)) continue;
    out.push(stem);
  }
  return out;
}

/** A person named by title and surname only ("M. Li", "Mme Hidalgo", "Dr. Smith"). */
const TITLED_SURNAME = /(?<![\p{L}])(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Herr|Frau|Sr\.|Sra\.)\s+(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * The earlier sentence that introduces the person a line names by title and surname only: "Les
 * propos de M. Li…" means nothing without "le Premier ministre Li Keqiang" before it.
 */
export function introducedIn(sentences: Sentence[], i: number): number | undefined {
  const text = sentences[i].text;
  for (const m of text.matchAll(TITLED_SURNAME)) {
    const surname = escapeRegExp(m[1]);
    // "Stefano Fusco", or the family name first ("Li Keqiang").
    const full = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]+\\s+${surname}|(?<![\\p{L}])${surname}\\s+\\p{Lu}\\p{Ll}+)(?![\\p{L}])`, 'u');
    // Given in full in this very line: it stands alone.
    if (full.test(text.replace(m[0], ''))) continue;
    for (let j = 0; j < i; j++) if (full.test(sentences[j].text.replace(TITLED_SURNAME, ''))) return j;
  }
  return undefined;
}

/**
 * What a stretch of text weighs in the article: the mean, over its content terms, of the share
 * of the article's sentences that use the term (the story's own words weigh most).
 */
export function salienceOf(model: SentenceModel, lang: string): (text: string) => number {
  const df = new Map<string, number>();
  for (const ts of model.terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, model.terms.length);
  const max = Math.max(1, ...df.values());
  return (text) => {
    const ts = terms(text, lang);
    if (ts.length === 0) return 0;
    let sum = 0;
    for (const t of ts) sum += Math.log(1 + (df.get(t) ?? 0)) / Math.log(1 + Math.min(max, n));
    return sum / ts.length;
  };
}

/**
 * The facts of one sentence. Its line is shortened only when asked for: a long read has
 * thousands of sentences, and only those that could be bullets need one.
 */
class Facts implements SentenceFacts {
  private shortened?: { line: string; lineWords: number; dangling: boolean; personal: boolean; needs: string[] };
  constructor(
    private readonly text: string,
    private readonly lang: string,
    private readonly salience: (text: string) => number,
    private readonly keep: ((span: string) => boolean) | undefined,
    readonly words: number,
    readonly speech: Speech,
    readonly question: boolean,
    readonly furniture: boolean,
    readonly content: number,
    readonly specific: boolean,
    readonly teaser: boolean,
  ) {}
  private get short() {
    if (!this.shortened) {
      const line = compressSentence(this.text, this.lang, { salience: this.salience, keep: this.keep });
      // First persons inside a quotation whose speaker the sentence names are that speaker's.
      // A quotation whose speaker is only a role ("…", a ajouté le député) is theirs only after the
      // sentence that says which one.
      const roleOnly = isQuotation(this.speech) && this.speech.speakerNamed && !CJK.test(line) && !/\p{Lu}/u.test(outsideQuotes(line).slice(1));
      const dangling = roleOnly || (lineDangles(line, this.lang) && !(/^[\s(]*[«"“„「]/u.test(line) && this.speech.speakerNamed));
      const subjects = languagePack(this.lang).grammar?.subjects ?? [];
      const personal = dangling && !roleOnly && (subjects.includes(firstWord(line)) || subjectAfterLead(afterOpening(line), subjects));
      this.shortened = { line, lineWords: lineLength(line, this.lang), dangling, personal, needs: referentsNeeded(line, this.lang) };
    }
    return this.shortened;
  }
  get line() {
    return this.short.line;
  }
  get lineWords() {
    return this.short.lineWords;
  }
  get dangling() {
    return this.short.dangling;
  }
  get personal() {
    return this.short.personal;
  }
  get needs() {
    return this.short.needs;
  }
}

/**
 * A sentence the extraction kept inside a paragraph that is furniture by the language pack's
 * phrases: "免责声明：本文仅代表作者个人观点…", "Lire aussi : …".
 */
function packFurniture(text: string, lang: string, words: number): boolean {
  const f = languagePack(lang).furniture;
  if (!f) return false;
  const lower = text.toLowerCase().replace(/^[\s"«“(\[]+/u, '');
  const whole = (w: string) => CJK.test(w) || /[^\p{L}]$/u.test(w) || !/[\p{L}]/u.test(lower.charAt(w.length));
  // One word opens a label ("Partager", "记者"), or a sentence ("记者了解到…"): only a short line is one.
  const label = (w: string) => words <= 8 || /\s/u.test(w) || /[:：]$/u.test(w);
  return f.opening.some((w) => lower.startsWith(w) && whole(w) && label(w)) || f.anywhere.some((w) => lower.includes(w));
}

function isTeaser(text: string, words: number, lang: string): boolean {
  if (/[!！]\s*$/u.test(text)) return true;
  const g = languagePack(lang).grammar;
  if (!g || words > 12) return false;
  const ws = text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (!(g.determiners.includes(ws[0] ?? '') || /^\p{N}/u.test(ws[0] ?? ''))) return false;
  const rel = ws.slice(1, 5).findIndex((w) => g.relatives.includes(w));
  return rel >= 0 && !text.slice(0, text.toLowerCase().indexOf(ws[rel + 1])).includes(',');
}

/**
 * The headline's fact stays in a line: a stretch that holds two of the headline's words ("et a
 * réclamé une nouvelle fois un référendum en France" under "… appelle à un référendum en France")
 * is not cut.
 */
export function headlineKeeper(title: string | undefined, lang: string): ((span: string) => boolean) | undefined {
  const wanted = new Set(title ? terms(title, lang) : []);
  if (wanted.size < 2) return undefined;
  return (span) => new Set(terms(span, lang).filter((t) => wanted.has(t))).size >= 2;
}

/**
 * Each sentence's speech, knowing the paragraph: a sentence with no quotation mark between one
 * that opens a quotation and the one that closes it is someone's words too ("Et une fois sur
 * place, heureusement qu'il demande des réformes…" inside Raphaël Glucksmann's quotation).
 */
function withinQuotations(sentences: Sentence[], lang: string): Speech[] {
  const out: Speech[] = [];
  let open = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (i > 0 && sentences[i - 1].block !== s.block) open = false;
    const speech = speechOf(s.text, lang);
    const marks = /[«»“”„"「」『』]/u.test(s.text);
    if (open && !marks) out.push({ ...speech, quoted: 1, unbalanced: true, speakerNamed: false });
    else out.push(speech);
    if (speech.unbalanced) open = !open;
  }
  return out;
}

export function analyseSentences(sentences: Sentence[], model: SentenceModel, lang: string, title?: string): SentenceFacts[] {
  const salience = salienceOf(model, lang);
  const keep = headlineKeeper(title, lang);
  const speeches = withinQuotations(sentences, lang);
  return sentences.map((s, i) => {
    const words = lineLength(s.text, lang);
    return new Facts(
      s.text,
      lang,
      salience,
      keep,
      words,
      speeches[i],
      QUESTION.test(s.text),
      (BOILERPLATE.test(s.text) || packFurniture(s.text, lang, words)) && words <= 30,
      model.terms[i].length,
      /\p{N}/u.test(s.text) || /(?:^|[\s(«"“])[\p{Lu}][\p{Ll}]+[^.!?]*\s\p{Lu}/u.test(s.text.slice(1)) || CJK.test(s.text),
      isTeaser(s.text, words, lang),
    );
  });
}

/**
 * A sentence that could be an EN BREF line on its own: a whole sentence of the article's
 * voice, or a quotation whose speaker it names; not a question, not furniture, not half a
 * quotation, not too long even once shortened.
 */
export function isBulletCandidate(s: Sentence, f: SentenceFacts, maxWords = MAX_LINE_WORDS): boolean {
  // Half a quotation (it opens here and closes in another sentence) reads as a broken line;
  // checked first, before the line is shortened.
  if (f.question || f.furniture || f.speech.unbalanced) return false;
  if (f.words < 5 || f.words > 90 || f.lineWords > maxWords) return false;
  if (!TERMINAL.test(f.line)) return false;
  // A quotation is a bullet only with its speaker: "a-t-il ajouté" names nobody.
  if (isQuotation(f.speech) && !f.speech.speakerNamed) return false;
  return true;
}

/** The article's lead: its first sentences that say something (not a dateline, a credit or a question). */
export function leadSentences(sentences: Sentence[], facts: SentenceFacts[]): Set<number> {
  const lead = new Set<number>();
  for (const s of sentences) {
    if (lead.size >= LEAD_SENTENCES) break;
    const f = facts[s.index];
    if (f.words >= 8 && !f.furniture && !f.question) lead.add(s.index);
  }
  return lead;
}

export interface ScoreWeights {
  centrality: number;
  position: number;
  title: number;
  /** PacSum: weight of similarity to earlier sentences (0: a sentence matters by what it announces, not by what it repeats). */
  backward: number;
  /** How fast the lead bias fades, as a share of the candidate sentences (at least 4 sentences). */
  positionScale: number;
  /** Weight of the share of the headline's words (by weight) the sentence says: the headline's fact. */
  coverage: number;
}

// Tuned on ../shared/data (half of OrangeSum validation and FRANK's CNN/DM articles; the other
// half held out): see scripts/bench-quality.ts.
export const DEFAULT_WEIGHTS: ScoreWeights = { centrality: 0.5, position: 0.45, title: 0.15, backward: 0, positionScale: 0.25, coverage: 0.3 };

function addInto(sum: SparseVector, v: SparseVector) {
  for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
}

/**
 * Directed centrality (PacSum, Zheng and Lapata 2019): a sentence's cosine similarity to the
 * sentences after it, plus `backward` times its similarity to those before it. Vectors are
 * unit length, so a sum of cosines is one dot product with a running sum of vectors: linear
 * in the article's length instead of quadratic.
 */
export function directedCentrality(vectors: SparseVector[], backward: number): number[] {
  const n = vectors.length;
  const out = new Array<number>(n).fill(0);
  const after: SparseVector = new Map();
  for (let i = n - 1; i >= 0; i--) {
    out[i] = cosine(vectors[i], after);
    addInto(after, vectors[i]);
  }
  if (backward !== 0) {
    const before: SparseVector = new Map();
    for (let i = 0; i < n; i++) {
      out[i] += backward * cosine(vectors[i], before);
      addInto(before, vectors[i]);
    }
  }
  return out;
}

/**
 * Sentence importance: directed centrality, a lead bias (news puts the essentials first), and
 * similarity to the title (the headline says what the news is). With `facts`, the line each
 * sentence makes counts too: long lines, lines that lean on the sentence before, quotations
 * and lines that say little weigh less.
 */
export function scoreSentences(
  article: Pick<Article, 'title' | 'lang'>,
  sentences: Sentence[],
  model: SentenceModel,
  w: ScoreWeights = DEFAULT_WEIGHTS,
  candidates?: ReadonlySet<number>,
  facts?: SentenceFacts[],
): number[] {
  const n = sentences.length;
  if (n === 0) return [];
  const centrality = directedCentrality(model.vectors, w.backward);
  let minC = Infinity;
  let maxC = -Infinity;
  for (const c of centrality) {
    if (c < minC) minC = c;
    if (c > maxC) maxC = c;
  }
  const spanC = Math.max(1e-9, maxC - minC);
  const titleVec = vectorize(terms(article.title, article.lang), model.idf);
  const titleSim = model.vectors.map((v) => cosine(v, titleVec));
  const maxT = Math.max(1e-9, ...titleSim);
  const titleTerms = [...new Set(terms(article.title, article.lang))];
  const titleWeight = titleTerms.reduce((sum, t) => sum + (model.idf.get(t) ?? 0), 0);
  const coverage = model.terms.map((ts) => {
    if (titleWeight <= 0) return 0;
    const own = new Set(ts);
    return titleTerms.reduce((sum, t) => sum + (own.has(t) ? (model.idf.get(t) ?? 0) : 0), 0) / titleWeight;
  });
  const headline = new Set(titleTerms);
  const quoteSpeaksOfHeadline = (text: string) => {
    const outside = new Set(terms(outsideQuotes(text), article.lang));
    return terms(text, article.lang).some((t) => headline.has(t) && !outside.has(t));
  };
  const scale = Math.max(4, (candidates?.size ?? n) * w.positionScale);
  // Position counts only sentences that could be bullets: a dateline or a credit line before
  // the lede must not push the lede down.
  let rank = 0;
  return sentences.map((s, i) => {
    const position = Math.exp(-rank / scale);
    if (!candidates || candidates.has(i)) rank++;
    const base = w.centrality * ((centrality[i] - minC) / spanC) + w.position * position + w.title * (titleSim[i] / maxT) + w.coverage * coverage[i];
    // Only a candidate's line is weighed (shortening every sentence of a long read costs).
    const f = candidates && !candidates.has(i) ? undefined : facts?.[i];
    if (!f) {
      const words = model.terms[i].length;
      return base * (words < 4 ? 0.6 : words > 20 ? 0.55 : 1);
    }
    const length = f.lineWords <= 25 ? 1 : f.lineWords <= 30 ? 0.9 : 0.8;
    // "Il a ajouté..." / "This comes after..." means little without the sentence before it
    // (lib/engine/embedded/index.ts lets it follow that sentence only).
    const standalone = f.dangling ? 0.85 : 1;
    // Quotations colour a story; the EN BREF says what happened.
    // A quotation whose words say nothing of the headline's subject is colour ("C'est Dieu qui a voulu ça").
    const voice = isQuotation(f.speech) ? (quoteSpeaksOfHeadline(sentences[i].text) ? 0.7 : 0.4) : 1;
    // "It's time to sit back and reflect": no name, no figure, few words that carry a topic.
    const information = f.content < 4 && !f.specific ? 0.6 : f.content < 3 ? 0.7 : 1;
    const teaser = f.teaser ? 0.7 : 1;
    return base * length * standalone * voice * information * teaser;
  });
}

/**
 * How many bullets an article deserves: 3 for a short story, up to 6 for a long read; the
 * reader's "short" is 3 at most (the newspaper's EN BREF), "detailed" two more, up to 8.
 */
export function bulletCount(words: number, length: DigestLength = 'standard'): number {
  const standard = words < 300 ? 3 : words < 700 ? 4 : words < 1500 ? 5 : 6;
  if (length === 'short') return Math.min(3, standard);
  if (length === 'detailed') return Math.min(8, standard + 2);
  return standard;
}

/**
 * Two lines on the same fact: most of the shorter one's terms are in the other (a standfirst
 * and the lede that repeats it), and enough of them to mean it.
 */
function sameFact(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return false;
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  const share = shared / Math.min(sa.size, sb.size);
  return (share >= 0.6 && shared >= 4) || (share >= 0.8 && shared >= 3) || (share >= 0.5 && shared >= 5);
}

/** The section (index of the heading block above) each sentence sits in; -1 before any heading. */
function sectionsOf(article: Pick<Article, 'blocks'>, sentences: Sentence[]): number[] {
  const headingAbove: number[] = [];
  let current = -1;
  article.blocks.forEach((b, i) => {
    if (b.kind === 'heading') current = i;
    headingAbove[i] = current;
  });
  return sentences.map((s) => headingAbove[s.block] ?? -1);
}

/**
 * Picks `k` sentences by maximal marginal relevance, so bullets do not repeat each other (a
 * standfirst that the body repeats counts once), spread over the article's sections when it
 * has several, and returns them in reading order.
 */
export function selectSentences(
  candidates: number[],
  scores: number[],
  model: SentenceModel,
  k: number,
  lambda = 0.75,
  layout?: { article: Pick<Article, 'blocks'>; sentences: Sentence[] },
  /** For a line that leans on another sentence, that sentence: the line comes only after it. */
  leansOn?: ReadonlyArray<number | undefined>,
  /** For a line whose demonstratives point back ("ces réformes"), the stems an earlier bullet (or the headline) must name. */
  needs?: ReadonlyArray<readonly string[] | undefined>,
  named?: ReadonlySet<string>,
): number[] {
  const chosen: number[] = [];
  const pool = new Set(candidates);
  const sections = layout ? sectionsOf(layout.article, layout.sentences) : undefined;
  const sectionSizes = new Map<number, number>();
  for (const i of candidates) if (sections) sectionSizes.set(sections[i], (sectionSizes.get(sections[i]) ?? 0) + 1);
  const sectioned = [...sectionSizes.values()].filter((n) => n >= 2).length >= 3;
  while (chosen.length < k && pool.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of pool) {
      // A line that leans on another ("He said...", "M. Li") comes with that sentence, or waits.
      const on = leansOn?.[i];
      if (on !== undefined && !chosen.includes(on)) continue;
      const wanted = needs?.[i];
      if (wanted?.length && !wanted.every((t) => named?.has(t) || chosen.some((c) => c < i && model.terms[c].includes(t)))) continue;
      let redundancy = 0;
      let same = false;
      for (const c of chosen) {
        redundancy = Math.max(redundancy, cosine(model.vectors[i], model.vectors[c]));
        if (sameFact(model.terms[i], model.terms[c])) same = true;
      }
      if (redundancy > 0.6 || same) continue;
      let value = lambda * scores[i] - (1 - lambda) * redundancy;
      // A long read organised in sections: its bullets come from several of them.
      if (sectioned && sections) value *= Math.pow(0.7, chosen.filter((c) => sections[c] === sections[i]).length);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    pool.delete(best);
  }
  return chosen.sort((a, b) => a - b);
}
