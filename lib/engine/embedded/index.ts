import type { Article, Digest, DigestOptions, Sentence } from '../../types';
import type { Engine } from '../types';
import { headingFor } from '../../text/lang';
import { contentHash } from '../../text/hash';
import { buildModel } from './vectors';
import { bulletCount, DEFAULT_WEIGHTS, isBulletCandidate, scoreSentences, selectSentences, type ScoreWeights } from './bullets';
import { buildFaq } from './faq';
import { trimForBullet } from './trim';

export const EMBEDDED_ENGINE_VERSION = '0.1.0';

/** The default engine: runs anywhere, no network, no key, a few milliseconds. */
export const embeddedEngine: Engine = {
  id: 'embedded',
  version: EMBEDDED_ENGINE_VERSION,
  available: () => true,
  digest: (article, sentences, options = {}) => embeddedDigest(article, sentences, options),
};

/** The embedded engine with its scoring weights exposed, for the benchmarks that tune them. */
export function embeddedDigest(article: Article, sentences: Sentence[], options: DigestOptions = {}, weights: ScoreWeights = DEFAULT_WEIGHTS): Digest {
  const t0 = performance.now();
  const model = buildModel(sentences, article.lang);
  let candidates = sentences.filter((s) => isBulletCandidate(s, article.lang)).map((s) => s.index);
  // A text of fragments (lists, short lines) still deserves bullets.
  if (candidates.length < 3) candidates = sentences.map((s) => s.index);
  const scores = scoreSentences(article, sentences, model, weights, new Set(candidates));
  const k = Math.max(1, options.bullets ?? bulletCount(article.wordCount, options.length));
  const chosen = selectSentences(candidates, scores, model, k);
  const bullets = chosen.map((i) => ({ text: trimForBullet(sentences[i].text, article.lang), sources: [i] }));
  const faq = buildFaq(article, sentences, model, scores, chosen, options.faqItems);
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
