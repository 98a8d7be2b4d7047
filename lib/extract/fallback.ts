import type { Article, Block } from '../types';
import { blocksFromElement, countWords, normalizeSpace } from './blocks';
import { cleanArticleElement, cleanBlocks } from './clean';

export interface Fallback {
  blocks: Block[];
  extractedBy: Exclude<Article['extractedBy'], 'readability' | 'selection' | 'text'>;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|LiveBlogPosting)$/;

/** Every JSON-LD object in the page, flattening @graph and arrays. */
export function jsonLdObjects(doc: Document): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x as Record<string, unknown>);
      const graph = (x as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  // `script[type="application/ld+json"]`, the type in any case as selectors match it in HTML;
  // listing the scripts by tag is much quicker than a selector query in linkedom.
  for (const s of Array.from(doc.getElementsByTagName('script'))) {
    if (s.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      /* a broken block of JSON-LD says nothing */
    }
  }
  return out;
}

const typesOf = (o: Record<string, unknown>) => ([] as unknown[]).concat(o['@type'] ?? []).map(String);

/** The article body the page declares in JSON-LD, as paragraphs. */
function fromJsonLd(doc: Document): Block[] {
  for (const o of jsonLdObjects(doc)) {
    if (!typesOf(o).some((t) => ARTICLE_TYPES.test(t))) continue;
    const body = o.articleBody;
    if (typeof body !== 'string') continue;
    // articleBody is plain text, sometimes with HTML left in: read it as text, never as markup.
    const text = body.replace(/<[^>]{0,200}>/g, ' ');
    const blocks = text
      .split(/\n\s*\n|\r?\n/)
      .map(normalizeSpace)
      .filter(Boolean)
      .map((t): Block => ({ kind: 'paragraph', text: t }));
    if (blocks.length) return blocks;
  }
  return [];
}

const paragraphText = (el: Element) => {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += normalizeSpace(p.textContent ?? '').length;
  return n;
};

/** The page's <article>, articleBody or <main> with the most paragraph text. */
function fromArticleElement(doc: Document): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]'))) {
    const score = paragraphText(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The element whose own paragraphs hold the most text: where the story is, whatever the markup. */
function densestBlock(doc: Document): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll('div, section, td, body'))) {
    let own = 0;
    for (const c of Array.from(el.children)) if (c.tagName.toUpperCase() === 'P') own += normalizeSpace(c.textContent ?? '').length;
    if (own > bestScore) {
      best = el;
      bestScore = own;
    }
  }
  return best;
}

/**
 * When Readability returns nothing or too little: the JSON-LD articleBody, then the page's
 * <article>/<main>, then the densest block of paragraphs. `doc` is a fresh clone we may change.
 */
export function fallbackBlocks(doc: Document, minWords: number, byline?: string, pageUrl?: string): Fallback | undefined {
  const jsonLd = fromJsonLd(doc);
  if (countWords(jsonLd) >= minWords) return { blocks: cleanBlocks(jsonLd, { byline }), extractedBy: 'json-ld' };
  for (const [find, extractedBy] of [
    [fromArticleElement, 'article-element'],
    [densestBlock, 'densest-block'],
  ] as const) {
    const el = find(doc);
    if (!el) continue;
    for (const junk of Array.from(el.querySelectorAll('script, style, noscript, nav, aside, form, header, footer, iframe'))) junk.remove();
    cleanArticleElement(el, pageUrl);
    const blocks = cleanBlocks(blocksFromElement(el), { byline });
    if (countWords(blocks) >= minWords) return { blocks, extractedBy };
  }
  return undefined;
}
