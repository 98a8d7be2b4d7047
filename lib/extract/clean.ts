import type { Block } from '../types';
import { normalizeSpace } from './blocks';
import { hostName } from './metadata';

/**
 * What Readability keeps that is not the article: teasers and "read also" boxes, newsletter
 * and subscription prompts, share lines, image credits and captions, datelines, tickers,
 * cookie text, comment counts. Structure first (class names, link density, repeated short
 * blocks), then phrases in the languages we know.
 */

/** Class or id words that mark page furniture inside an article body. */
const FURNITURE =
  /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|subscription|signup|related|lire-?aussi|lireaussi|a-lire|read-?more|read-?also|recommend|promo|advert|ads?|sponsor|outbrain|taboola|comments?-count|author-?bio|bio-?card|caption|credit|copyright|byline|dateline|timestamp|date|tags|breadcrumb|hover-?card|tooltip|popover|sr-only|visually-?hidden|skip-?link|paywall|inline-?signup)(?:$|[\s_-])/i;

/** Words of a line; in scripts written without spaces, each character counts as one. */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const words = (s: string) => {
  if (!CJK_CHAR.test(s)) return s.split(/\s+/).filter(Boolean).length;
  const cjk = (s.match(CJK_CHARS) ?? []).length;
  return s.replace(CJK_CHARS, ' ').split(/\s+/).filter(Boolean).length + cjk;
};

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/**
 * Share of an element's text inside links to the same site: teasers point to the site's other
 * articles; a shopping list's links point elsewhere and are the content.
 */
function internalLinkDensity(el: Element, host: string | undefined): number {
  const text = normalizeSpace(el.textContent ?? '').length;
  if (!text) return 0;
  let links = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) {
    const href = a.getAttribute('href') ?? '';
    const internal = !/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || (!!host && hostName(href) === host);
    if (internal) links += normalizeSpace(a.textContent ?? '').length;
  }
  return links / text;
}

/** Removes furniture from Readability's article element (a node of our clone, never the page). */
export function cleanArticleElement(root: Element, pageUrl?: string): void {
  const host = pageUrl ? hostName(pageUrl) : undefined;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    const tag = el.tagName.toUpperCase();
    const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const hidden = el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
    // Measured only for the elements a length decides on: every element's text is a lot of text.
    const textLength = () => normalizeSpace(el.textContent ?? '').length;
    // Never remove a large part of the article on a class name alone.
    if (hidden || (FURNITURE.test(marks) && !/^(ARTICLE|MAIN|BODY)$/.test(tag) && textLength() < 600)) {
      el.remove();
      continue;
    }
    // Lists and boxes of links to the site's other pages are teasers ("read also", "most read").
    if ((tag === 'UL' || tag === 'OL' || tag === 'ASIDE' || tag === 'NAV') && textLength() < 1500 && internalLinkDensity(el, host) > 0.6) el.remove();
  }
}

const PHRASES: RegExp[] = [
  // Read also / related
  /^(?:[àa] lire (?:aussi|également|sur le même sujet)|lire (?:aussi|également|la suite)|voir aussi|sur le même sujet|read (?:more|also|next)|related(?: articles?| stories)?|see also|more on this|most read|weitere beiträge|mehr zum thema|lesen sie auch|leggi anche|lee también|leia também|veja também|lees ook)\b/i,
  // Newsletter, subscription, sign-up
  /\b(?:newsletter|sign up for|subscribe (?:to|now|today)|abonnez-vous|inscrivez-vous|s['’]inscrire à|recevez (?:notre|nos|chaque)|merci pour (?:la|votre) lecture|n['’]oubliez pas de vous (?:inscrire|abonner)|get (?:breaking news|the latest)|let our news meet your inbox|jetzt abonnieren|iscriviti|suscríbete|assine)\b/i,
  // Share and follow
  /^(?:share(?: this)?(?: article| story)?|partager(?: cet article)?|teilen|condividi|compartir|compartilhar|follow (?:us|\w+) on|suivez-nous|folgen sie uns|seguici)\b/i,
  /\bfollow [\p{L}\s]{1,30} on (?:twitter|instagram|facebook|snapchat|tiktok|youtube)\b/iu,
  // Image credits
  /^(?:image (?:copyright|caption|source)|photo(?:graph)?\s*(?:credit)?\s*:|crédits? ?(?:photo)?\s*:|credit\s*:|copyright\s|©|\(photo by|photo :|bildquelle|foto\s*:)/i,
  /(?:photograph|photo|image|picture)\s*:\s*[\p{Lu}][^.]{0,60}$/u,
  // Reading-time and navigation labels
  /^(?:skip to (?:main )?content|aller au contenu|zum inhalt springen|temps de lecture|tempo de leitura|tiempo de lectura|tempo di lettura|lesezeit|reading time|\d+\s*min(?:ute)?s? (?:read|de lecture|lesezeit))\b/i,
  // Cookies
  /\bcookies?\b.{0,80}\b(?:accept|consent|utilis|akzeptier|aceptar|accetta)/i,
  // Comment counts
  /^\d+\s+(?:comments?|commentaires?|kommentare|commenti|comentarios|comentários|reacties)$/i,
];

/** "AFP, publié le mercredi 06 mai 2020 à 07h22", "Updated 10:32 GMT, 3 May 2019". */
const DATELINE = /^(?:[^.]{0,60}[,|]\s*)?(?:publié|mis à jour|modifié|updated|published|posted|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)(?=[\s:])[^.]{0,60}\d/iu;
const DATE_WORDS = new Set(
  `le la on am at à um el il de del of the gmt utc cet cest est edt pst pdt bst h pm am
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil sept oct nov déc
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep
  januar februar märz mai juni juli oktober dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro
  lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
  montag dienstag mittwoch donnerstag freitag samstag sonntag updated mis jour publié`.split(/\s+/),
);

/** A block that is only a date, a time, or both: ticker entries, timestamps. */
function isDateOnly(text: string): boolean {
  if (!/\d/.test(text) || words(text) > 8) return false;
  const rest = text.toLowerCase().replace(/\d+(?:[h:.]\d+)?(?:er|st|nd|rd|th)?/g, ' ').match(/\p{L}+/gu) ?? [];
  return rest.every((w) => DATE_WORDS.has(w));
}

/** "Phil Helsel is a reporter for NBC News." */
const AUTHOR_BIO = /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|journalist|editor|columnist|producer|contributor)\b/iu;

export interface CleanOptions {
  byline?: string;
}

/** Drops blocks that are page furniture by their words; keeps every block of real prose. */
export function cleanBlocks(blocks: Block[], options: CleanOptions = {}): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text.toLowerCase(), (counts.get(b.text.toLowerCase()) ?? 0) + 1);
  const byline = options.byline ? normalizeSpace(options.byline).toLowerCase() : undefined;
  const last = blocks.length - 1;
  return blocks.filter((b, i) => {
    const n = words(b.text);
    const lower = b.text.toLowerCase();
    // Short, numeric, repeated: that is what a table's cells are. They are data, not furniture.
    if (n > 40 || b.kind === 'table-cell') return true;
    // Tickers and repeated labels: the same short line again and again, among other short
    // lines. A schedule's "Eat every 2–3 hours" repeats too, but between real paragraphs.
    const short = (j: number) => j < 0 || j > last || words(blocks[j].text) <= 8;
    if (b.kind !== 'heading' && n <= 6 && (counts.get(lower) ?? 0) >= 3 && short(i - 1) && short(i + 1)) return false;
    if (isDateOnly(b.text)) return false;
    if (n <= 25 && PHRASES.some((re) => re.test(b.text))) return false;
    if (n <= 20 && DATELINE.test(b.text)) return false;
    // A shouted label ("ALERTE INFO", "EXCLUSIVE") that is not a heading.
    if (b.kind !== 'heading' && n <= 3 && b.text === b.text.toUpperCase() && /\p{Lu}{3}/u.test(b.text) && !/[.!?。！？]$/u.test(b.text)) return false;
    // The byline printed again as a line of text: "Par Claire Fontaine, le 9 mars 2024".
    if (n <= 14 && /^(?:par|by|von|por|di|door|de)\s/i.test(b.text) && !/[.!?]$/.test(b.text) && (i < 4 || i > last - 3) && (!byline || lower.includes(byline.replace(/^(?:par|by)\s+/, '')) || /\d/.test(b.text))) return false;
    if (i > last - 3 && AUTHOR_BIO.test(b.text)) return false;
    return true;
  });
}
