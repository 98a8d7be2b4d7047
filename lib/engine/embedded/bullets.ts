import type { Article, DigestLength, Sentence } from '../../types';
import { languagePack } from '../../text/lang';
import { terms } from '../../text/tokens';
import { compressSentence, lineLength } from './compress';
import { isQuotation, speechOf, type Speech } from './speech';
import { cosine, vectorize, type SentenceModel, type SparseVector } from './vectors';

/** Lines that are page furniture, not news: datelines, credits, prompts. */
const BOILERPLATE =
  /©|copyright|all rights reserved|tous droits|newsletter|abonnez|abonnement|subscribe|sign up|s'inscrire|inscrivez|cookie|lire aussi|lire la suite|à lire|read more|click here|cliquez|publié le|mis à jour le|updated on|photo\s*:|crédit|credit\s*:|getty images|afp photo|partager|share this|follow us|suivez-nous/i;
/** Ends a sentence, for scripts with spaces (CJK sentences end in 。！？, checked apart). */
const TERMINAL = /[.!…»"”)'’\]。！？」』]$/u;
const QUESTION = /[?？;;]\s*[»"”」]?$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The longest line an EN BREF prints (words; CJK characters / 2). */
export const MAX_LINE_WORDS = 35;

/** What the bullets need to know of each sentence, worked out once. */
export interface SentenceFacts {
  /** The sentence as an EN BREF line (lib/engine/embedded/compress.ts). */
  line: string;
  lineWords: number;
  words: number;
  speech: Speech;
  /** Opens on a pronoun or a demonstrative that points to an earlier sentence ("Il", "This", "该"). */
  dangling: boolean;
  question: boolean;
  furniture: boolean;
  /** Content terms (stems), for "does this line say anything". */
  content: number;
  /** Holds a figure or a name: information a reader can use. */
  specific: boolean;
}

/** The first word of a line, lower case, after opening marks. */
function firstWord(text: string): string {
  return (text.replace(/^[\s«"“„(¿¡\-–—]+/u, '').match(/^[\p{L}\p{N}]+(?:-[\p{L}]+)*(?:['’])?/u)?.[0] ?? '').toLowerCase();
}

/** Does the line open on a word that needs the sentence before it? */
export function opensDangling(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  const anaphora = pack.grammar?.anaphora;
  if (!anaphora?.length) return false;
  const t = text.replace(/^[\s«"“„(¿¡\-–—]+/u, '');
  if (CJK.test(t.slice(0, 2))) return anaphora.some((a) => t.startsWith(a));
  const w = firstWord(t);
  return anaphora.includes(w) || anaphora.includes(w.replace(/['’]$/u, '')) || anaphora.some((a) => /['’]$/u.test(a) && w.startsWith(a.slice(0, -1)) && /['’]/u.test(w));
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

export function analyseSentences(sentences: Sentence[], model: SentenceModel, lang: string): SentenceFacts[] {
  const salience = salienceOf(model, lang);
  return sentences.map((s, i) => {
    const line = compressSentence(s.text, lang, { salience });
    const words = lineLength(s.text, lang);
    const speech = speechOf(s.text, lang);
    return {
      line,
      lineWords: lineLength(line, lang),
      words,
      speech,
      // First persons inside a quotation whose speaker the sentence names are that speaker's.
      dangling: opensDangling(line, lang) && !(/^[\s(]*[«"“„「]/u.test(line) && speech.speakerNamed),
      question: QUESTION.test(s.text),
      furniture: BOILERPLATE.test(s.text) && words <= 30,
      content: model.terms[i].length,
      specific: /\p{N}/u.test(s.text) || /(?:^|[\s(«"“])[\p{Lu}][\p{Ll}]+[^.!?]*\s\p{Lu}/u.test(s.text.slice(1)) || CJK.test(s.text),
    };
  });
}

/**
 * A sentence that could be an EN BREF line on its own: a whole sentence of the article's
 * voice, or a quotation whose speaker it names; not a question, not furniture, not half a
 * quotation, not too long even once shortened.
 */
export function isBulletCandidate(s: Sentence, f: SentenceFacts): boolean {
  if (f.question || f.furniture) return false;
  if (f.words < 5 || f.words > 90 || f.lineWords > MAX_LINE_WORDS) return false;
  if (!TERMINAL.test(f.line)) return false;
  // Half a quotation (it opens here and closes in another sentence) reads as a broken line.
  if (f.speech.unbalanced) return false;
  // A quotation is a bullet only with its speaker: "a-t-il ajouté" names nobody.
  if (isQuotation(f.speech) && !f.speech.speakerNamed) return false;
  return true;
}

export interface ScoreWeights {
  centrality: number;
  position: number;
  title: number;
  /** PacSum: weight of similarity to earlier sentences (0: a sentence matters by what it announces, not by what it repeats). */
  backward: number;
  /** How fast the lead bias fades, as a share of the candidate sentences (at least 4 sentences). */
  positionScale: number;
}

// Tuned on ../shared/data (half of OrangeSum validation and FRANK's CNN/DM articles; the other
// half held out): see scripts/bench-quality.ts.
export const DEFAULT_WEIGHTS: ScoreWeights = { centrality: 0.5, position: 0.45, title: 0.15, backward: 0, positionScale: 0.25 };

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
  const scale = Math.max(4, (candidates?.size ?? n) * w.positionScale);
  // Position counts only sentences that could be bullets: a dateline or a credit line before
  // the lede must not push the lede down.
  let rank = 0;
  return sentences.map((s, i) => {
    const position = Math.exp(-rank / scale);
    if (!candidates || candidates.has(i)) rank++;
    const base = w.centrality * ((centrality[i] - minC) / spanC) + w.position * position + w.title * (titleSim[i] / maxT);
    const f = facts?.[i];
    if (!f) {
      const words = model.terms[i].length;
      return base * (words < 4 ? 0.6 : words > 20 ? 0.55 : 1);
    }
    const length = f.lineWords <= 25 ? 1 : f.lineWords <= 30 ? 0.9 : 0.8;
    // "Il a ajouté..." / "This comes after..." means little without the sentence before it
    // (lib/engine/embedded/index.ts lets it follow that sentence only).
    const standalone = f.dangling ? 0.85 : 1;
    // Quotations colour a story; the EN BREF says what happened.
    const voice = isQuotation(f.speech) ? 0.7 : 1;
    // "It's time to sit back and reflect": no name, no figure, few words that carry a topic.
    const information = f.content < 4 && !f.specific ? 0.6 : f.content < 3 ? 0.7 : 1;
    return base * length * standalone * voice * information;
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
  return (share >= 0.6 && shared >= 4) || (share >= 0.8 && shared >= 3);
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
  dangling?: readonly boolean[],
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
      // A line that leans on the sentence before it ("He said...") follows that sentence, or waits.
      if (dangling?.[i] && i > 0 && !chosen.includes(i - 1)) continue;
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
