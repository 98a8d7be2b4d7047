/**
 * Saved digests made from pages on disk, as the extension's Save makes them: the page read
 * (lib/extract), digested by the embedded engine (lib/digest), turned into the record the
 * popup saves (lib/library/record). Used by `npm run search` and `npm run bench:library`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { digestArticle } from '../../lib/digest';
import { decodeHtml } from '../../lib/extract/decode';
import { articleFromText, extractArticle } from '../../lib/extract/extract';
import { recordFromTabDigest, type SavedDigest } from '../../lib/library/record';
import type { Article } from '../../lib/types';
import type { Result } from '../../lib/errors';

const PAGE = /\.(html?|txt)(\.gz)?$/i;

/** The pages named: files as they are, folders by their .html, .htm, .txt (and .gz) files, sorted. */
export function pageFiles(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const path = resolve(input);
    if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path).sort()) if (PAGE.test(f) && statSync(join(path, f)).isFile()) out.push(join(path, f));
    } else out.push(path);
  }
  return out;
}

/** The page's own address (canonical link, og:url) when it gives one. */
function declaredUrl(doc: Document): string | undefined {
  const u = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return u && /^https?:\/\//i.test(u) ? u : undefined;
}

/** An article read from a file: HTML (gzipped or not) or plain text (.txt). `url`: the page's address if known. */
export function readArticle(file: string, url?: string): Result<Article> {
  let bytes: Uint8Array = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  if (/\.txt(\.gz)?$/i.test(file)) return articleFromText(new TextDecoder('utf-8').decode(bytes), { url: url ?? '' });
  const doc = parseHTML(decodeHtml(bytes)).document as unknown as Document;
  return extractArticle(doc, { url: url ?? declaredUrl(doc) ?? pathToFileURL(file).href });
}

/** The record Save would keep for this article, read at `now`. */
export function recordOf(article: Article, now = Date.now()): SavedDigest {
  const { sentences, digest } = digestArticle(article);
  const { blocks: _blocks, text: _text, ...info } = article;
  return recordFromTabDigest({ article: info, sentences, digest }, now);
}
