import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, Digest, DigestOptions, Sentence } from './types';
import type { Result } from './errors';
import type { HighlightResult } from './highlight/apply';

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
  /**
   * Shows the source sentences of a bullet or an answer in the tab's page (highlighted and
   * scrolled to); `sentences: null` clears the highlight.
   */
  highlight(data: { tabId: number; sentences: string[] | null }): Result<HighlightResult>;
  /**
   * The tab's last digest from the cache, without reading the page (no grant needed): what the
   * side panel shows when the reader switches tabs. null when there is none.
   */
  cachedDigest(data: { tabId: number }): Result<TabDigest | null>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
