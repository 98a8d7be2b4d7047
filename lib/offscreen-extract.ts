/**
 * A linked page's HTML -> Article, where there is a DOM: Chrome's offscreen document
 * (entrypoints/offscreen), Firefox's background page. The HTML is parsed with DOMParser into
 * an inert document (no script runs, nothing loads, nothing is shown) and goes through the
 * same extraction as a page in a tab (lib/extract).
 */
import { articleFromText, extractArticle } from './extract/extract';
import { fail, type Result } from './errors';
import type { Article } from './types';

/** The message the background sends the offscreen document. */
export interface OffscreenExtractRequest {
  target: 'en-bref-offscreen';
  type: 'extract';
  content: string;
  url: string;
  kind: 'html' | 'text';
}

export function isOffscreenExtractRequest(x: unknown): x is OffscreenExtractRequest {
  const m = x as OffscreenExtractRequest;
  return !!m && typeof m === 'object' && m.target === 'en-bref-offscreen' && m.type === 'extract' && typeof m.content === 'string' && typeof m.url === 'string' && (m.kind === 'html' || m.kind === 'text');
}

export function extractContent(content: string, url: string, kind: 'html' | 'text', parser: DOMParser = new DOMParser()): Result<Article> {
  try {
    if (kind === 'text') return articleFromText(content, { url });
    const doc = parser.parseFromString(content, 'text/html');
    return extractArticle(doc, { url });
  } catch (e) {
    return fail('unexpected', `extraction: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
}
