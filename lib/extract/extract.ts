import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, Block, LangSource } from '../types';
import { fail, ok, type Result } from '../errors';
import { detectLanguage } from '../text/detect-language';
import { primaryLanguage, supportedLanguages } from '../text/lang';
import { wordCount } from '../text/tokens';
import { blocksFromElement, normalizeSpace } from './blocks';
import { cleanTitle, readMetadata, type PageMetadata } from './metadata';

export interface ExtractOptions {
  /** The page's address when the document does not know it (Node, files). */
  url?: string;
  /** Fewer words than this and the page has no article. */
  minWords?: number;
}

/** Pages larger than this (characters of body text) are refused rather than frozen on. */
export const MAX_PAGE_CHARS = 5_000_000;

/**
 * Finds the article in a page. Never changes `doc`: Readability runs on a clone.
 * A page without an article gives a typed failure, not an exception.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Result<Article> {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  if (!doc.body) return fail('no-article', 'document has no body');
  if ((doc.body.textContent?.length ?? 0) > MAX_PAGE_CHARS) return fail('page-too-large');
  const readerable = isProbablyReaderable(doc);
  const meta = readMetadata(doc);
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  } catch (e) {
    return fail('no-article', `readability: ${(e as Error)?.message ?? e}`);
  }
  if (!parsed?.content) return fail('no-article', readerable ? 'readability found nothing' : 'not readerable');
  const title = cleanTitle(parsed.title || meta.ogTitle || doc.title || '', parsed.siteName || meta.siteName);
  let blocks = blocksFromElement(parsed.content);
  // Readability often keeps the page's <h1>: it is the title, not a section.
  blocks = blocks.filter((b, i) => !(b.kind === 'heading' && i < 3 && normalizeSpace(b.text).toLowerCase() === title.toLowerCase()));
  const minWords = options.minWords ?? (readerable ? 40 : 100);
  const text = blocks.map((b) => b.text).join('\n\n');
  const { lang, langSource } = chooseLanguage(meta, parsed.lang, text);
  const count = wordCount(text, lang);
  if (count < minWords) return fail('no-article', `${count} words`);
  return ok({
    url,
    canonicalUrl: meta.canonicalUrl ? absolute(meta.canonicalUrl, url) : undefined,
    title,
    byline: normalizeSpace(parsed.byline || meta.author || '') || undefined,
    siteName: normalizeSpace(parsed.siteName || meta.siteName || '') || hostName(url),
    lang,
    langSource,
    publishedTime: parsed.publishedTime || meta.publishedTime || undefined,
    excerpt: parsed.excerpt ? normalizeSpace(parsed.excerpt) : undefined,
    blocks,
    text,
    wordCount: count,
    extractedBy: 'readability',
  });
}

/**
 * Declared language first (html lang, og:locale, Content-Language, Readability), unless the
 * text itself is clearly in another supported language: templates and sites often declare
 * "en" on pages in other languages.
 */
export function chooseLanguage(meta: PageMetadata, readabilityLang: string | null | undefined, text: string): { lang: string; langSource: LangSource } {
  const declared: Array<[string | undefined, LangSource]> = [
    [meta.htmlLang, 'html-lang'],
    [meta.ogLocale, 'og-locale'],
    [meta.contentLanguage, 'content-language'],
    [primaryLanguage(readabilityLang) || undefined, 'readability'],
  ];
  const detected = detectLanguage(text);
  const first = declared.find(([code]) => !!code);
  if (first && first[0]) {
    const code = first[0];
    if (!detected || detected === code) return { lang: code, langSource: first[1] };
    const declaredKnown = supportedLanguages().includes(code);
    if (!declaredKnown && !supportedLanguages().includes(detected)) return { lang: code, langSource: first[1] };
    return { lang: detected, langSource: 'detected' };
  }
  if (detected) return { lang: detected, langSource: 'detected' };
  return { lang: 'en', langSource: 'default' };
}

/**
 * An Article from plain text: first line the title, paragraphs separated by blank lines.
 */
export function articleFromText(input: string, options: { url?: string; lang?: string } = {}): Result<Article> {
  const paragraphs = input.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map(normalizeSpace).filter(Boolean);
  if (paragraphs.length === 0) return fail('no-article', 'empty text');
  let title = paragraphs[0];
  const firstLineBreak = input.trim().indexOf('\n');
  if (firstLineBreak > 0) title = normalizeSpace(input.trim().slice(0, firstLineBreak));
  const body = paragraphs[0] === title ? paragraphs.slice(1) : [normalizeSpace(paragraphs[0].slice(title.length)), ...paragraphs.slice(1)].filter(Boolean);
  const blocks: Block[] = body.map((text) => ({ kind: 'paragraph', text }));
  const text = blocks.map((b) => b.text).join('\n\n');
  const detected = options.lang ? primaryLanguage(options.lang) : detectLanguage(text);
  const lang = detected || 'en';
  const count = wordCount(text, lang);
  if (count < 10) return fail('no-article', `${count} words`);
  return ok({
    url: options.url ?? '',
    title,
    siteName: hostName(options.url ?? ''),
    lang,
    langSource: options.lang ? 'html-lang' : detected ? 'detected' : 'default',
    blocks,
    text,
    wordCount: count,
    extractedBy: 'text',
  });
}

function absolute(href: string, base: string): string {
  try {
    return new URL(href, base || undefined).href;
  } catch {
    return href;
  }
}

function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
