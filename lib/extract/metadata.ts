import { primaryLanguage } from '../text/lang';
import { normalizeSpace } from './blocks';

/** `meta[attr="value"]` (`ci`: the value in any case, as `[http-equiv="..." i]`). */
type MetaSelector = [attr: string, value: string, ci?: boolean];

/**
 * The content of the first <meta> matching each selector in turn, like
 * `querySelector('meta[property="og:title"]')` then the next selector when it has none; the
 * <meta> elements are listed once for all (a full query per selector is slow in linkedom).
 */
const meta = (metas: Element[], selectors: MetaSelector[]): string | undefined => {
  for (const [attr, value, ci] of selectors) {
    const el = metas.find((m) => {
      const v = m.getAttribute(attr);
      return v !== null && (ci ? v.toLowerCase() === value : v === value);
    });
    const v = el?.getAttribute('content');
    if (v && v.trim()) return normalizeSpace(v);
  }
  return undefined;
};

const first = <T>(list: ArrayLike<T>, test: (x: T) => boolean): T | undefined => {
  for (let i = 0; i < list.length; i++) if (test(list[i])) return list[i];
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
  const metas = Array.from(doc.getElementsByTagName('meta'));
  // `link[rel="canonical"]`: rel is matched in any case, as selectors do in HTML.
  const canonical = first(doc.getElementsByTagName('link'), (l) => l.getAttribute('rel')?.toLowerCase() === 'canonical')?.getAttribute('href') ?? undefined;
  const time = first(doc.getElementsByTagName('time'), (t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ?? undefined;
  return {
    htmlLang: primaryLanguage(doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang')) || undefined,
    ogLocale:
      primaryLanguage(
        meta(metas, [
          ['property', 'og:locale'],
          ['name', 'og:locale'],
        ]),
      ) || undefined,
    contentLanguage:
      primaryLanguage(
        meta(metas, [
          ['http-equiv', 'content-language', true],
          ['name', 'language'],
        ]),
      ) || undefined,
    ogTitle: meta(metas, [
      ['property', 'og:title'],
      ['name', 'twitter:title'],
    ]),
    documentTitle: normalizeSpace(doc.getElementsByTagName('title')[0]?.textContent ?? '') || undefined,
    siteName: meta(metas, [
      ['property', 'og:site_name'],
      ['name', 'application-name'],
    ]),
    author: meta(metas, [
      ['name', 'author'],
      ['property', 'article:author'],
    ]),
    publishedTime:
      meta(metas, [
        ['property', 'article:published_time'],
        ['name', 'date'],
        ['itemprop', 'datePublished'],
      ]) ?? time,
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
