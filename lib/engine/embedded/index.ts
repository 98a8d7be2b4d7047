import type { Article, Bullet, Digest, DigestOptions, FaqItem, Sentence } from '../../types';
import type { Engine } from '../types';
import { headingFor } from '../../text/lang';
import { contentHash } from '../../text/hash';
import { buildModel, type SentenceModel } from './vectors';
import { analyseSentences, bulletCount, DEFAULT_WEIGHTS, isBulletCandidate, scoreSentences, selectSentences, type ScoreWeights, type SentenceFacts } from './bullets';
import { buildFaq } from './faq';

export const EMBEDDED_ENGINE_VERSION = '0.2.0';

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

/** The bullets: sentences scored, chosen and shortened into EN BREF lines. */
export function bulletStage(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): Omit<EmbeddedStages, 'faq'> {
  const model = buildModel(sentences, article.lang);
  const facts = analyseSentences(sentences, model, article.lang);
  const k = Math.max(1, options.bullets ?? bulletCount(article.wordCount, options.length));
  let candidates = sentences.filter((s) => isBulletCandidate(s, facts[s.index])).map((s) => s.index);
  // A text of fragments (lists, short lines) still deserves bullets.
  if (candidates.length < 3) candidates = sentences.filter((s) => !facts[s.index].question && !facts[s.index].furniture).map((s) => s.index);
  if (candidates.length === 0) candidates = sentences.map((s) => s.index);
  const scores = scoreSentences(article, sentences, model, weights, new Set(candidates), facts);
  // A line that leans on the sentence before it comes only after that sentence, unless the
  // article gives too few other lines.
  const leaning = facts.map((f) => f.dangling);
  let chosen = selectSentences(candidates, scores, model, k, 0.75, { article, sentences }, leaning);
  if (chosen.length < Math.min(k, candidates.length)) chosen = selectSentences(candidates, scores, model, k, 0.75, { article, sentences });
  const bullets = chosen.map((i) => ({ text: facts[i].line, sources: [i] }));
  return { model, facts, candidates, scores, chosen, bullets };
}

export function embeddedStages(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): EmbeddedStages {
  const stage = bulletStage(article, sentences, options, weights);
  const faq = buildFaq(article, sentences, stage.model, stage.scores, stage.chosen, options.faqItems);
  return { ...stage, faq };
}

/** The embedded engine with its scoring weights exposed, for the benchmarks that tune them. */
export function embeddedDigest(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): Digest {
  const t0 = performance.now();
  const { bullets, faq } = embeddedStages(article, sentences, options, weights);
  return {
    heading: headingFor(article.lang, article.text),
    language: article.lang,
    bullets,
    faq,
    engine: { id: 'embedded', version: EMBEDDED_ENGINE_VERSION },
    contentHash: contentHash(article.text),
    timings: { digestMs: Math.round((performance.now() - t0) * 100) / 100 },
  };
}
