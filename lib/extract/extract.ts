import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, Block, LangSource } from '../types';
import { fail, ok, type Result } from '../errors';
import { detectLanguage } from '../text/detect-language';
import { primaryLanguage, supportedLanguages } from '../text/lang';
import { wordCount } from '../text/tokens';
import { blocksFromElement, countWords, EDITORIAL_NOTE, normalizeSpace } from './blocks';
import { cleanArticleElement, cleanBlocks } from './clean';
import { fallbackBlocks } from './fallback';
import { flattenedClone } from './clone';
import { faqBlocks, faqFromBlocks, mergeFaq, readPageFaq } from './page-faq';
import { cleanTitle, hostName, readMetadata, squash, type PageMetadata } from './metadata';

export interface ExtractOptions {
  /** The page's address when the document does not know it (Node, files). */
  url?: string;
  /** Fewer words than this and the page has no article. */
  minWords?: number;
  /**
   * Filled in by extractArticle: how many open shadow roots and same-origin iframes were read
   * into the clone (their changes are not the document's own).
   */
  stats?: { grafts: number };
}

/** Pages larger than this (characters of body text) are refused rather than frozen on. */
export const MAX_PAGE_CHARS = 5_000_000;

/**
 * Finds the article in a page. Never changes `doc`: Readability runs on a clone.
 * A page without an article gives a typed failure, not an exception.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Result<Article> {
  try {
    return extractFrom(doc, options);
  } catch (e) {
    // A page beyond what the DOM implementation can walk: jsdom's own cloneNode and node
    // removal recurse, and overflow the stack on markup nested some thousands deep.
    if (e instanceof RangeError) return fail('page-too-large', `${e.name}: ${e.message}`);
    throw e;
  }
}

function extractFrom(doc: Document, options: ExtractOptions): Result<Article> {
  const url = options.url ?? (doc.URL && doc.URL !== 'about:blank' ? doc.URL : '');
  // Everything reads the clone: even reading some DOMs' `body` can change the document.
  const clone = flattenedClone(doc, options.stats);
  // linkedom's `body` getter throws on a document without a root element (an empty file).
  if (!clone.documentElement || !clone.body) return fail('no-article', 'document has no body');
  if ((clone.body.textContent?.length ?? 0) > MAX_PAGE_CHARS) return fail('page-too-large');
  // A second, untouched clone, made only when needed: Readability rewrites the first.
  let spare: Document | undefined;
  const untouched = () => (spare ??= flattenedClone(doc));
  // Does Readability think the page is an article? It only sets how many words make one
  // (40 or 50), so it is asked only about pages near that bar, on an untouched clone.
  let readerableMemo: boolean | undefined;
  // eslint-disable-next-line no-cond-assign -- remembered on first use
  const minWordsFor = () => options.minWords ?? ((readerableMemo ??= isProbablyReaderable(untouched())) ? 40 : 50);
  const tooFew = (n: number) => (options.minWords === undefined && n >= 50 ? false : n < minWordsFor());
  const meta = readMetadata(clone);
  const headline = visibleHeadline(clone);
  // Read before Readability rewrites the clone: <details> and JSON-LD are gone after it.
  const declaredFaq = readPageFaq(clone);
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    // Classes kept: the cleaner reads them to find furniture Readability left in.
    parsed = new Readability<Element>(clone, { serializer: (el) => el as Element, keepClasses: true }).parse();
  } catch {
    parsed = null; // the fallbacks below still have a chance
  }
  const siteName = normalizeSpace(parsed?.siteName || meta.siteName || '') || undefined;
  const byline = parsed?.byline || meta.author || undefined;
  const title = chooseTitle(headline, meta.documentTitle, parsed?.title || meta.ogTitle || '', siteName);
  // Short news items exist (a brief of 60 words is still an article); pages Readability doubts
  // need a little more text before we call it one (minWordsFor: 40 or 50).
  let blocks: Block[] = [];
  let extractedBy: Article['extractedBy'] = 'readability';
  if (parsed?.content) {
    cleanArticleElement(parsed.content, url);
    blocks = cleanBlocks(blocksFromElement(parsed.content), { byline });
  }
  if (tooFew(countWords(blocks))) {
    // Readability found nothing, or a widget: look again, on a fresh clone.
    const minWords = minWordsFor();
    const fallback = fallbackBlocks(untouched(), minWords, byline, url);
    spare = undefined; // changed by the fallbacks
    if (fallback) ({ blocks, extractedBy } = fallback);
  }
  // Readability often keeps the page's <h1>: it is the title, not a section.
  blocks = blocks.filter((b, i) => !(b.kind === 'heading' && i < 3 && normalizeSpace(b.text).toLowerCase() === title.toLowerCase()));
  const pageFaq = mergeFaq(declaredFaq, faqFromBlocks(blocks));
  blocks = [...blocks, ...faqBlocks(pageFaq, blocks.map((b) => b.text).join(' '))];
  const text = blocks.map((b) => b.text).join('\n\n');
  const { lang, langSource } = chooseLanguage(meta, parsed?.lang, text);
  const count = wordCount(text, lang);
  if (tooFew(count)) return fail('no-article', `${count} words${parsed ? '' : ', readability found nothing'}`);
  // Headings alone give no sentence to summarise.
  if (!blocks.some((b) => b.kind !== 'heading')) return fail('no-article', 'only headings');
  return ok({
    url,
    canonicalUrl: meta.canonicalUrl ? absolute(meta.canonicalUrl, url) : undefined,
    title,
    byline: normalizeSpace(byline ?? '') || undefined,
    siteName: siteName || hostName(url),
    lang,
    langSource,
    publishedTime: parsed?.publishedTime || meta.publishedTime || undefined,
    excerpt: parsed?.excerpt ? normalizeSpace(parsed.excerpt) : undefined,
    blocks,
    text,
    wordCount: count,
    extractedBy,
    ...(pageFaq.length ? { pageFaq } : {}),
  });
}

/** The page's one <h1>, when it has one of a headline's length. */
function visibleHeadline(doc: Document): string | undefined {
  const h1s = doc.getElementsByTagName('h1');
  if (h1s.length === 0 || h1s.length > 2) return undefined;
  const text = normalizeSpace(h1s[0].textContent ?? '');
  const words = text.split(' ').length;
  return words >= 2 && words <= 40 ? text : undefined;
}

/**
 * The headline a reader sees: the <h1> when the page's <title> carries it too (social titles
 * in og:title are often rewritten), else Readability's title without the site's name.
 */
export function chooseTitle(headline: string | undefined, documentTitle: string | undefined, metaTitle: string, siteName?: string): string {
  if (headline && documentTitle && squash(documentTitle).includes(squash(headline))) return headline;
  const title = cleanTitle(metaTitle || documentTitle || '', siteName);
  if (title) return title;
  return headline ?? '';
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
 * The reader's selection as the article: its paragraphs, under the page's title and metadata.
 * Undefined when the selection is too short to summarise (the whole page is used instead).
 */
export function articleFromSelection(doc: Document, selection: string, url: string, minWords = 40): Article | undefined {
  const paragraphs = selection.replace(/\r\n?/g, '\n').split(/\n+/).map(normalizeSpace).filter(Boolean);
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  const text = blocks.map((b) => b.text).join('\n\n');
  const clone = doc.cloneNode(true) as Document;
  const meta = readMetadata(clone);
  const { lang, langSource } = chooseLanguage(meta, undefined, text);
  const count = wordCount(text, lang);
  if (count < minWords) return undefined;
  const siteName = meta.siteName || hostName(url);
  return {
    url,
    canonicalUrl: meta.canonicalUrl ? absolute(meta.canonicalUrl, url) : undefined,
    title: chooseTitle(visibleHeadline(clone), meta.documentTitle, meta.ogTitle ?? '', siteName),
    byline: meta.author,
    siteName,
    lang,
    langSource,
    publishedTime: meta.publishedTime,
    blocks,
    text,
    wordCount: count,
    extractedBy: 'selection',
  };
}

/**
 * An Article from plain text: first line the title, paragraphs separated by blank lines.
 */
export function articleFromText(input: string, options: { url?: string; lang?: string } = {}): Result<Article> {
  const paragraphs = input
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => normalizeSpace(p.replace(EDITORIAL_NOTE, '')))
    .filter(Boolean);
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
