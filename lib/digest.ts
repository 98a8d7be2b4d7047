import type { Article, Digest, DigestOptions, Sentence } from './types';
import { segmentArticle } from './text/segment';
import { embeddedEngine } from './engine/embedded';

export interface DigestResult {
  sentences: Sentence[];
  digest: Digest;
}

/** Article -> sentences -> digest with the embedded engine: the path every host shares. */
export function digestArticle(article: Article, options: DigestOptions = {}): DigestResult {
  const t0 = performance.now();
  const sentences = segmentArticle(article.blocks, article.lang);
  const digest = embeddedEngine.digest(article, sentences, options) as Digest;
  digest.timings.digestMs = Math.round((performance.now() - t0) * 100) / 100;
  return { sentences, digest };
}
