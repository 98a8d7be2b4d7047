/**
 * Reading one command-line input into an Article, as the extension would: a saved page
 * (.html, .html.gz), plain text (.txt, or --text), an http(s) address, or "-" for stdin.
 * Shared by `npm run digest` and `npm run ask`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractArticle, articleFromText } from '../lib/extract/extract';
import { decodeHtml } from '../lib/extract/decode';
import { failure, type Result } from '../lib/errors';
import type { Article } from '../lib/types';

export interface InputOptions {
  /** Read the input as plain text whatever its name. */
  text?: boolean;
  /** The page's address, when the input does not give it. */
  url?: string;
  /** Parse with jsdom instead of linkedom. */
  jsdom?: boolean;
}

async function readInput(input: string, options: InputOptions): Promise<{ bytes: Uint8Array; isText: boolean; url: string }> {
  if (/^https?:\/\//i.test(input)) {
    const res = await fetch(input, { redirect: 'follow' });
    if (!res.ok) throw new Error(`HTTP ${res.status} for ${input}`);
    const type = res.headers.get('content-type') ?? '';
    return { bytes: new Uint8Array(await res.arrayBuffer()), isText: !!options.text || type.startsWith('text/plain'), url: options.url ?? res.url };
  }
  let bytes: Uint8Array = input === '-' ? readFileSync(0) : readFileSync(input);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  const isText = !!options.text || /\.txt(\.gz)?$/i.test(input);
  return { bytes, isText, url: options.url ?? (input === '-' ? '' : pathToFileURL(input).href) };
}

async function parseDocument(html: string, url: string, jsdom: boolean): Promise<Document> {
  if (jsdom) {
    const { JSDOM } = await import('jsdom');
    return new JSDOM(html, { url: /^https?:|^file:/.test(url) ? url : undefined }).window.document;
  }
  return parseHTML(html).document as unknown as Document;
}

/** The page's own address when the command line gave none. */
function declaredUrl(doc: Document): string | undefined {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const u = canonical || og;
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

/** The article of one input, or the failure to print; never throws. */
export async function readArticle(input: string, options: InputOptions = {}): Promise<Result<Article>> {
  try {
    const { bytes, isText, url } = await readInput(input, options);
    if (isText) return articleFromText(new TextDecoder('utf-8').decode(bytes), { url: options.url ?? (url.startsWith('file:') ? '' : url) });
    const doc = await parseDocument(decodeHtml(bytes), url, !!options.jsdom);
    return extractArticle(doc, { url: options.url ?? declaredUrl(doc) ?? url });
  } catch (e) {
    return { ok: false, error: failure('unexpected', String((e as Error)?.message ?? e)) };
  }
}
