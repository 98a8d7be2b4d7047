import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, Digest, DigestOptions, Sentence } from './types';
import type { Result } from './errors';

/** What the UI shows about the article; its full text stays in the background. */
export type ArticleInfo = Omit<Article, 'blocks' | 'text'>;

export interface TabDigest {
  article: ArticleInfo;
  sentences: Sentence[];
  digest: Digest;
  /** True when the digest came from the cache (same url, same content). */
  cached: boolean;
}

/** The one contract between the extension's pages and its background. */
export interface ProtocolMap {
  /** Reads the tab's page (needs the activeTab grant of a user gesture) and digests it. */
  digestTab(data: { tabId: number; options?: DigestOptions }): Result<TabDigest>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
