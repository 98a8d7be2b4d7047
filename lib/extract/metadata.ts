import { primaryLanguage } from '../text/lang';
import { normalizeSpace } from './blocks';

const meta = (doc: Document, selectors: string[]): string | undefined => {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content');
    if (v && v.trim()) return normalizeSpace(v);
  }
  return undefined;
};

export interface PageMetadata {
  htmlLang?: string;
  ogLocale?: string;
  contentLanguage?: string;
  ogTitle?: string;
  siteName?: string;
  author?: string;
  publishedTime?: string;
  canonicalUrl?: string;
}

/** Reads the page's declared metadata without changing the document. */
export function readMetadata(doc: Document): PageMetadata {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  return {
    htmlLang: primaryLanguage(doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang')) || undefined,
    ogLocale: primaryLanguage(meta(doc, ['meta[property="og:locale"]', 'meta[name="og:locale"]'])) || undefined,
    contentLanguage: primaryLanguage(meta(doc, ['meta[http-equiv="content-language" i]', 'meta[name="language"]'])) || undefined,
    ogTitle: meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    siteName: meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    author: meta(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
    publishedTime: meta(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']) ?? time,
    canonicalUrl: canonical?.trim() || undefined,
  };
}

const SEPARATORS = /\s+[|\-–—·:»]\s+/;

/** "Le titre - Le Monde" -> "Le titre" when the tail is the site's name or a short brand. */
export function cleanTitle(title: string, siteName?: string): string {
  const t = normalizeSpace(title);
  const parts = t.split(SEPARATORS);
  if (parts.length < 2) return t;
  const last = parts[parts.length - 1];
  const first = parts[0];
  const site = siteName?.toLowerCase();
  if (site && last.toLowerCase().includes(site)) return normalizeSpace(t.slice(0, t.lastIndexOf(last)).replace(/\s+[|\-–—·:»]\s*$/, ''));
  if (site && first.toLowerCase().includes(site)) return normalizeSpace(t.slice(first.length).replace(/^\s*[|\-–—·:»]\s+/, ''));
  return t;
}
