import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DigestOptions, TabDigest } from './types';
import type { Result } from './errors';
import type { HighlightResult } from './highlight/apply';
import type { EndpointConfig } from './engine/openai/config';
import type { ConnectionReport } from './engine/openai/client';


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
  /**
   * Reads a linked page (fetched by the background, with the site permission the reader gave
   * when choosing "Summarise the linked page") and digests it; shown in the tab's side panel.
   */
  digestLink(data: { tabId: number; url: string; options?: DigestOptions }): Result<TabDigest>;
  /**
   * "Test connection" in the engine settings: GET {baseUrl}/models on the endpoint as typed in
   * the form (lib/engine/openai/client.ts), from the background like every request to it.
   */
  testEndpoint(data: EndpointConfig): Result<ConnectionReport>;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
