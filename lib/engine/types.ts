import type { Article, Digest, DigestOptions, Sentence } from '../types';

/** Every engine, embedded or not, makes the same Digest from the same Article and sentences. */
export interface Engine {
  id: string;
  version: string;
  available(language: string): boolean | Promise<boolean>;
  digest(article: Article, sentences: Sentence[], options: DigestOptions): Digest | Promise<Digest>;
}
