import type { Article, Bullet, Digest, DigestOptions, FaqItem, Sentence } from '../../types';
import type { Engine } from '../types';
import { headingFor } from '../../text/lang';
import { contentHash } from '../../text/hash';
import { terms } from '../../text/tokens';
import { buildModel, type SentenceModel } from '../../text/vectors';
import {
  analyseSentences,
  bulletCount,
  introducedIn,
  DEFAULT_WEIGHTS,
  isBulletCandidate,
  leadSentences,
  maxLeadWords,
  maxLineWords,
  scoreSentences,
  selectSentences,
  type ScoreWeights,
  type SentenceFacts,
} from './bullets';
import { faqCount, faqWithBlocked, type FaqInput } from './faq';
import { buildTable } from './table';

export const EMBEDDED_ENGINE_VERSION = '0.3.0';

/** The default engine: runs anywhere, no network, no key, a few milliseconds. */
export const embeddedEngine: Engine = {
  id: 'embedded',
  version: EMBEDDED_ENGINE_VERSION,
  available: () => true,
  digest: (article, sentences, options = {}) => embeddedDigest(article, sentences, options),
};

/** Every stage of the embedded engine, for the benchmarks that time or score them one by one. */
export interface EmbeddedStages {
  model: SentenceModel;
  facts: SentenceFacts[];
  candidates: number[];
  scores: number[];
  /** Sentence indices of the bullets, in reading order. */
  chosen: number[];
  bullets: Bullet[];
  faq: FaqItem[];
}

/** Beyond this many sentences, only this many are considered as lines. */
const LONG_READ_SENTENCES = 200;

/** The bullets: sentences scored, chosen and shortened into EN BREF lines. */
export function bulletStage(
  article: Article,
  sentences: Sentence[],
  options: DigestOptions = {},
  weights: ScoreWeights = DEFAULT_WEIGHTS,
  /** Sentences the FAQ answers with, not to be bullets. */
  exclude: ReadonlySet<number> = new Set(),
  /** The model and facts of an earlier pass on the same sentences. */
  prepared?: Pick<EmbeddedStages, 'model' | 'facts'>,
): Omit<EmbeddedStages, 'faq'> {
  const model = prepared?.model ?? buildModel(sentences, article.lang);
  const facts = prepared?.facts ?? analyseSentences(sentences, model, article.lang, article.title);
  const k = Math.max(1, options.bullets ?? bulletCount(article.wordCount, options.length));
  const lead = leadSentences(sentences, facts);
  // A long read: only its best sentences by content and place are shortened and weighed as lines.
  let pool = sentences;
  if (sentences.length > LONG_READ_SENTENCES) {
    const rough = scoreSentences(article, sentences, model, weights);
    const best = new Set(
      sentences
        .map((s) => s.index)
        .sort((a, b) => rough[b] - rough[a])
        .slice(0, LONG_READ_SENTENCES),
    );
    pool = sentences.filter((s) => best.has(s.index) || lead.has(s.index));
  }
  let candidates = pool
    .filter((s) => isBulletCandidate(s, facts[s.index], lead.has(s.index) ? maxLeadWords(article.lang) : maxLineWords(article.lang)) && !exclude.has(s.index))
    .map((s) => s.index);
  // Teasers ("Ce tique s'est trompé de cible !") only when the article has too few other lines.
  const plain = candidates.filter((i) => !facts[i].teaser);
  if (plain.length >= Math.min(k, 3)) candidates = plain;
  // A text of fragments (lists, short lines) still deserves bullets.
  if (candidates.length < 3)
    candidates = sentences.filter((s) => !facts[s.index].question && !facts[s.index].furniture && !exclude.has(s.index)).map((s) => s.index);
  if (candidates.length === 0) candidates = sentences.filter((s) => !exclude.has(s.index)).map((s) => s.index);
  const scores = scoreSentences(article, sentences, model, weights, new Set(candidates), facts);
  // A line that leans on the sentence before it comes only after that sentence: fewer lines
  // rather than one that points to nothing, unless the article gives fewer than two others.
  const isCandidate = new Set(candidates);
  // Leaning on a person, a line may follow the one that names them; on a thing or a fact ("This
  // comes after", "Dieser Bericht"), it reads as a fragment even there: never (-1 is never chosen).
  const leaning = facts.map((f, i) => (!isCandidate.has(i) ? undefined : f.dangling ? (f.personal ? i - 1 : -1) : introducedIn(sentences, i)));
  // The first sentence's demonstratives point into itself or to the headline ("nommé à ce poste").
  const first = Math.min(...lead);
  const needs = facts.map((f, i) => (isCandidate.has(i) && i !== first ? f.needs : undefined));
  const named = new Set(terms(article.title, article.lang));
  let chosen = selectSentences(candidates, scores, model, k, 0.75, { article, sentences }, leaning, needs, named);
  // Too few: a line leaning on a person may come without the line that names them; a fragment
  // about a thing or a fact ("Ce comité", "This comes after") still never does.
  if (chosen.length < Math.min(2, k, candidates.length)) {
    const loose = leaning.map((on) => (on === -1 ? -1 : undefined));
    chosen = selectSentences(candidates, scores, model, k, 0.75, { article, sentences }, loose, needs, named);
  }
  // A text of fragments only ("le le y le"): its lines as they are, rather than no bullet at all.
  if (chosen.length === 0) chosen = selectSentences(candidates, scores, model, k, 0.75, { article, sentences });
  const bullets = chosen.map((i) => ({ text: facts[i].line, sources: [i] }));
  return { model, facts, candidates, scores, chosen, bullets };
}

const faqInput = (sentences: Sentence[], stage: Omit<EmbeddedStages, 'faq'>): FaqInput => ({
  sentences,
  facts: stage.facts,
  scores: stage.scores,
  bullets: stage.bullets,
});

/**
 * Bullets, then the FAQ. When a bullet holds the only answers the FAQ has (a quotation, a
 * cause), that sentence goes to the FAQ and the bullets take the next line: never the lead.
 */
export function embeddedStages(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): EmbeddedStages {
  let stage = bulletStage(article, sentences, options, weights);
  const max = options.faqItems ?? faqCount(article.wordCount);
  let { items, blocked } = faqWithBlocked(article, faqInput(sentences, stage), max);
  const want = Math.min(2, max);
  const excluded = new Set<number>();
  // Never the story's lead, nor the line the bullets value most (the facts are the same on every pass).
  const lead = leadSentences(sentences, stage.facts);
  for (let swaps = 0; items.length < want && swaps < 2; swaps++) {
    const top = stage.chosen.reduce((a, b) => (stage.scores[b] > stage.scores[a] ? b : a), stage.chosen[0]);
    const give = blocked.find((c) => !c.sources.some((i) => i === top || lead.has(i) || excluded.has(i)));
    if (!give) break;
    for (const i of give.sources) excluded.add(i);
    const next = bulletStage(article, sentences, options, weights, excluded, stage);
    const faq = faqWithBlocked(article, faqInput(sentences, next), max);
    if (faq.items.length <= items.length) break;
    stage = next;
    ({ items, blocked } = faq);
  }
  return { ...stage, faq: items };
}

/** The embedded engine with its scoring weights exposed, for the benchmarks that tune them. */
export function embeddedDigest(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): Digest {
  const t0 = performance.now();
  const { bullets, faq, facts } = embeddedStages(article, sentences, options, weights);
  return {
    heading: headingFor(article.lang, article.text),
    language: article.lang,
    bullets,
    faq,
    table: buildTable(article, sentences, facts),
    engine: { id: 'embedded', version: EMBEDDED_ENGINE_VERSION },
    contentHash: contentHash(article.text),
    timings: { digestMs: Math.round((performance.now() - t0) * 100) / 100 },
  };
}
