/**
 * Real articles and the model answers recorded for them (tests/fixtures/engines/), for the
 * optional engines' tests. The pages are fixtures of the repository (testing/pages.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import { digestArticle, type DigestResult } from '../lib/digest';
import type { Article } from '../lib/types';
import type { ModelInput } from '../lib/engine/types';
import { page } from './pages';
import { failureMessage } from '../lib/ui/failures';

const ROOT = resolve(import.meta.dirname, '..');
export const ENGINE_FIXTURES = resolve(ROOT, 'tests/fixtures/engines');

/** Fixture slugs (tests/fixtures/<slug>/). */
export const ARTICLES = {
  /** OrangeSum 10010 (fr, AFP): a South Korean cyclist stuck in Guinea; 25 sentences. */
  orangesum10010: 'fr-orange-globe-trotteur',
  /** Scrapinghub page (en, Reuters): oil falls, stocks near highs; figures everywhere. */
  reutersOil: 'en-reuters-oil',
} as const;

export interface LoadedArticle extends DigestResult {
  article: Article;
  input: ModelInput;
}

const loaded = new Map<string, LoadedArticle>();

export function loadArticle(name: keyof typeof ARTICLES): LoadedArticle {
  const hit = loaded.get(name);
  if (hit) return hit;
  const { document } = parseHTML(page(ARTICLES[name]));
  const r = extractArticle(document as unknown as Document, { url: 'https://example.org/article' });
  if (!r.ok) throw new Error(failureMessage(r.error.kind));
  const article = r.value;
  const result = digestArticle(article);
  const value = { ...result, article, input: { article, sentences: result.sentences, contentHash: result.digest.contentHash } };
  loaded.set(name, value);
  return value;
}

/** A recorded SSE body, as the server sent it. */
export const recordedStream = (file: string): string => readFileSync(resolve(ENGINE_FIXTURES, file), 'utf8');

/** The model's text in a recorded SSE body (every delta's content, joined). */
export function recordedContent(file: string): string {
  let text = '';
  for (const m of recordedStream(file).matchAll(/^data: (.+)$/gm)) {
    if (m[1] === '[DONE]') continue;
    const c = (JSON.parse(m[1]) as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta?.content;
    if (c) text += c;
  }
  return text;
}
