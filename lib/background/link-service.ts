/**
 * "Summarise the linked page" (context menu on a link): the background fetches the linked
 * page, with the site permission the reader gave at the click, and digests it with the same
 * pipeline as a page in a tab: the extraction of lib/extract on a parsed Document (an offscreen
 * document in Chrome, whose service worker has no DOMParser; the background page itself in
 * Firefox), then the engine. The page is fetched without the reader's cookies, and nothing of
 * it runs: it is parsed as an inert document, never shown.
 *
 * Pure apart from its dependencies, so it is unit-tested with fakes (tests/unit/context-menus.test.ts).
 */
import type { Article, DigestOptions, TabDigest } from '../types';
import { fail, ok, type Result } from '../errors';
import { digestArticle } from '../digest';
import { decodeHtml } from '../extract/decode';
import { sitePattern } from '../platform';

/** Pages beyond this are not read (extraction stops at 5,000,000 characters anyway). */
export const MAX_LINK_BYTES = 8_000_000;
export const LINK_TIMEOUT_MS = 20_000;

/** The part of a fetch Response the service reads. */
export interface LinkResponse {
  ok: boolean;
  status: number;
  url: string;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface LinkDeps {
  /** permissions.contains for the link's origin pattern. */
  hasOrigin(pattern: string): Promise<boolean>;
  /** fetch(url, init): the one network request of the extension. */
  fetchPage(url: string, init: { credentials: 'omit'; redirect: 'follow'; signal: AbortSignal }): Promise<LinkResponse>;
  /**
   * The extraction of lib/extract where there is a DOM (lib/extract/from-html.ts): HTML parsed
   * into an inert Document, or plain text.
   */
  extract(content: string, url: string, kind: 'html' | 'text'): Promise<Result<Article>>;
  timeoutMs?: number;
}

/** The text of a response: the charset its Content-Type names, else what the bytes say. */
export function decodeResponse(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '')?.[1];
  if (charset) {
    try {
      return new TextDecoder(charset.toLowerCase()).decode(bytes);
    } catch {
      // An unknown label: as if none were given.
    }
  }
  return decodeHtml(bytes);
}

const isHtml = (type: string) => /^(text\/html|application\/xhtml\+xml)\b/i.test(type);
const isText = (type: string) => /^text\/plain\b/i.test(type);

/** Linked page -> digest. Failures: 'link-not-allowed', 'link-failed', 'no-article', 'engine-failed'... */
export async function digestLink(url: string, options: DigestOptions, deps: LinkDeps): Promise<Result<TabDigest>> {
  const pattern = sitePattern(url);
  if (!pattern) return fail('link-failed', 'not an http(s) link');
  if (!(await deps.hasOrigin(pattern).catch(() => false))) return fail('link-not-allowed');
  const t0 = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? LINK_TIMEOUT_MS);
  let html: string;
  let finalUrl: string;
  let type: string;
  try {
    const response = await deps.fetchPage(url, { credentials: 'omit', redirect: 'follow', signal: controller.signal });
    if (!response.ok) return fail('link-failed', `HTTP ${response.status}`);
    type = response.headers.get('content-type') ?? 'text/html';
    if (!isHtml(type) && !isText(type)) return fail('no-article', `content-type ${type.slice(0, 100)}`);
    const length = Number(response.headers.get('content-length'));
    if (length > MAX_LINK_BYTES) return fail('page-too-large', `${length} bytes`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_LINK_BYTES) return fail('page-too-large', `${bytes.length} bytes`);
    html = decodeResponse(bytes, type);
    finalUrl = response.url || url;
  } catch (e) {
    const name = (e as Error)?.name;
    return fail('link-failed', name === 'AbortError' ? 'timed out' : `fetch: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  } finally {
    clearTimeout(timer);
  }
  let article: Result<Article>;
  try {
    article = await deps.extract(html, finalUrl, isText(type) ? 'text' : 'html');
  } catch (e) {
    return fail('unexpected', `extraction: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
  }
  if (!article.ok) return article;
  const extractMs = Math.round((performance.now() - t0) * 100) / 100;
  try {
    const { sentences, digest } = digestArticle(article.value, options);
    if (digest.bullets.length === 0) return fail('no-article', 'no sentence to summarise');
    digest.timings.extractMs = extractMs;
    const { blocks: _blocks, text: _text, ...info } = article.value;
    return ok({ article: { ...info, url: info.url || finalUrl }, sentences, digest, cached: false });
  } catch (e) {
    return fail('engine-failed', String((e as Error)?.message ?? e));
  }
}
