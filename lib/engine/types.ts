import type { Article, Bullet, Digest, DigestOptions, FaqItem, Sentence } from '../types';
import type { Failure } from '../errors';

/** One line of a digest as an engine streams it, checked against its sources already. */
export type DigestItem = { kind: 'bullet'; bullet: Bullet } | { kind: 'faq'; item: FaqItem };

/**
 * What a model engine needs of the article. The background and the popup hold its sentences
 * and metadata, not its blocks, so the model engines take this rather than an Article.
 */
export interface ModelInput {
  article: Pick<Article, 'title' | 'lang' | 'wordCount' | 'siteName'>;
  sentences: Sentence[];
  /** Digest.contentHash: the same as the embedded digest of the same text. */
  contentHash: string;
}

/** What a caller can pass to a run: a way to stop it, and a place for lines as they come. */
export interface EngineRun {
  signal?: AbortSignal;
  /** Each line once it is complete and checked, before the whole digest is ready. */
  onItem?: (item: DigestItem) => void;
}

/**
 * Every engine, embedded or not, makes the same Digest from the same Article and sentences.
 * An engine that cannot (no endpoint, no model, a refusal) throws an EngineError carrying the
 * Failure to show: `runEngine` turns it back into a value.
 */
export interface Engine {
  id: string;
  version: string;
  available(language: string): boolean | Promise<boolean>;
  digest(article: Article, sentences: Sentence[], options: DigestOptions, run?: EngineRun): Digest | Promise<Digest>;
}

export class EngineError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail ? `${failure.kind}: ${failure.detail}` : failure.kind);
  }
}
