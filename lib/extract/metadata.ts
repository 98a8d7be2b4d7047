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
  /** The <title> element's text. */
  documentTitle?: string;
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
    documentTitle: normalizeSpace(doc.querySelector('title')?.textContent ?? '') || undefined,
    siteName: meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    author: meta(doc, ['meta[name="author"]', 'meta[property="article:author"]']),
    publishedTime: meta(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]']) ?? time,
    canonicalUrl: canonical?.trim() || undefined,
  };
}

/** Separators between a headline and a site name: " | ", " - ", " – ", " — ", " · ", " » ", " _". */
const SEPARATOR = /\s+[|\-–—·»]\s+|\s+_+\s*|\s*_+\s+/gu;

/** Lower case without spaces, punctuation or symbols: for comparing names and titles. */
export const squash = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** Does this piece of a title name the site? "TheHill" names "The Hill"; "BBC News" names "BBC News". */
function namesSite(piece: string, site: string): boolean {
  const p = squash(piece);
  const s = squash(site);
  if (!p || !s) return false;
  if (p === s || s.includes(p)) return true;
  // "Le Monde.fr", "BBC News - Home": the site's name plus a little.
  return p.includes(s) && piece.split(/\s+/).length <= site.split(/\s+/).length + 2;
}

/**
 * "Le titre - Le Monde" -> "Le titre", "Le Monde | Le titre" -> "Le titre", also when the
 * site's name itself contains a separator. A headline that merely mentions the site stays.
 */
export function cleanTitle(title: string, siteName?: string): string {
  const t = normalizeSpace(title);
  if (!siteName) return t;
  const cuts = [...t.matchAll(SEPARATOR)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  // Longest tail first: a site name with a separator in it ("Remember 80/90 - Memorabilia").
  for (const c of cuts) {
    const head = t.slice(0, c.start);
    const tail = t.slice(c.end);
    if (head.trim() && namesSite(tail, siteName)) return normalizeSpace(head);
  }
  for (const c of [...cuts].reverse()) {
    const head = t.slice(0, c.start);
    const tail = t.slice(c.end);
    if (tail.trim() && namesSite(head, siteName)) return normalizeSpace(tail);
  }
  return t;
}

/** "https://www.lemonde.fr/x" -> "lemonde.fr"; undefined for what is not an absolute url. */
export function hostName(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
