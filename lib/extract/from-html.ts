/**
 * A linked page's HTML -> Article, where there is a DOM: Chrome's offscreen document
 * (entrypoints/offscreen), Firefox's background page. The HTML is parsed with DOMParser into
 * an inert document (no script runs, nothing loads, nothing is shown) and goes through the
 * same extraction as a page in a tab (lib/extract). The request that brings it there is in
 * lib/protocol.ts.
 */
import { articleFromText, extractArticle } from './extract';
import { fail, type Result } from '../errors';
import type { Article } from '../types';

export function extractContent(content: string, url: string, kind: 'html' | 'text', parser: DOMParser = new DOMParser()): Result<Article> {
  try {
    if (kind === 'text') return articleFromText(content, { url });
    const doc = parser.parseFromString(content, 'text/html');
    return extractArticle(doc, { url });
  } catch (e) {
    return fail('unexpected', `extraction: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
}
