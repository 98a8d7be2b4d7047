import type { Block } from '../types';
import { languagePack, supportedLanguages } from '../text/lang';
import { once } from '../text/lang/words';
import { normalizeSpace } from './blocks';
import { hostName } from './metadata';
import { escapeRegExp } from '../text/regexp';

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
const DATELINE =
  /^(?:[^.]{0,60}[,|]\s*)?(?:publié|mis à jour|modifié|updated|published|posted|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)(?=[\s:])[^.]{0,60}\d/iu;
const DATE_WORDS_BASE = `le la on am at à um el il de del of the gmt utc cet cest est edt pst pdt bst h pm am r roku г года στις w dniu o godz godzina updated mis jour publié`;

/** Every pack's furniture phrases and date words, built on first use (the extraction script runs on every page read). */
const lists = once(() => {
  const opening: string[] = [];
  const anywhere: string[] = [];
  const dateWords = new Set(DATE_WORDS_BASE.split(/\s+/));
  for (const code of supportedLanguages()) {
    const pack = languagePack(code);
    opening.push(...(pack.furniture?.opening ?? []));
    anywhere.push(...(pack.furniture?.anywhere ?? []));
    for (const w of [...(pack.dates?.months ?? []), ...(pack.dates?.weekdays ?? [])]) dateWords.add(w);
  }
  const alternation = (xs: string[]) =>
    [...new Set(xs)]
      .sort((a, b) => b.length - a.length)
      .map((x) => escapeRegExp(x))
      .join('|');
  return {
    // A phrase that ends in a letter must end a word there ("share this" is not "share this year's").
    opening: new RegExp(
      `^[\\s"«“(\\[]*(?:${alternation(opening)})(?:(?<=[^\\p{L}]|[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}])|(?![\\p{L}]))`,
      'iu',
    ),
    anywhere: new RegExp(`(?:${alternation(anywhere)})`, 'iu'),
    dateWords,
  };
});

/** A block that is only a date, a time, or both: ticker entries, timestamps, "Piątek, 30 grudnia 2011 (10:36)". */
function isDateOnly(text: string): boolean {
  if (!/\d/.test(text) || words(text) > 8) return false;
  const rest =
    text
      .toLowerCase()
      .replace(/\d+(?:[h:.]\d+)?(?:er|st|nd|rd|th)?/g, ' ')
      .match(/\p{L}+/gu) ?? [];
  const dateWords = lists().dateWords;
  return rest.every((w) => dateWords.has(w));
}

/** "Phil Helsel is a reporter for NBC News." */
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}'’.-]+(?:\s[\p{Lu}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|journalist|editor|columnist|producer|contributor)\b/iu;

/** A credit glued to the front of a paragraph: "Mathieu CUGNOT / POOL / AFP Au fil des semaines…". */
const LEADING_CREDIT =
  /^(?:[\p{Lu}][\p{L}'’-]+\s+){1,3}(?:\/\s*[\p{Lu}][\p{Lu}\p{L} .'’-]{1,30}\s*){1,3}\/\s*(?:AFP|AP|REUTERS|Reuters|EPA|SIPA|MAXPPP|DPA|dpa|ANSA|EFE|GETTY IMAGES|Getty Images|POOL)(?:\s+(?=\p{Lu})|\s*$)/u;
/** A credit or a caption label as the whole line: "(Φωτογραφία: Reuters )", "Foto: dpa", "Beitragsbild: …". */
const CREDIT_LINE =
  /^[([]?\s*(?:photos?|foto(?:s|grafie|grafía)?|φωτογραφί(?:α|ες)|фото|zdjęcie|fot\.|image|bild|beitragsbild|bildquelle|crédits?(?: photo)?|credits?|source|quelle|fuente|fonte|πηγή|источник|źródło|图片(?:来源)?|圖片(?:來源)?|来源|來源|写真|出典)\s*[:：|/-][^.!?。！？]{0,100}[)\]]?$/iu;
/** A reporter's byline in Chinese: "記者陳鈞凱／台北報導", "本报记者 张三". */
const CJK_BYLINE =
  /^[【\[（(]?\s*(?:本报记者|本報記者|记者|記者|通讯员|通訊員|编辑|編輯|文\s*[／/])\s*[\p{Script=Han}·\s]{2,8}(?:[／/|｜]\s*[\p{Script=Han}]{2,8})?[】\]）)]?\s*$/u;
/** A byline with its date, ending on a time ("By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m."). */
const BYLINE_WITH_DATE =
  /^(?:by|par|von|por|di|door|od|от|από)\s.{2,80}?(?:\d{4}|\d{1,2}[:.h]\d{2})(?:\s*(?:a\.m\.|p\.m\.|am|pm|uhr|h|gmt|utc|[a-z]{2,4}t))?\.?$/iu;
/** Ends a sentence (or a quotation that ends one). */
const TERMINAL = /[.!?…:;。！？»"”)'’\]]$/u;
/** A sub-heading written as a paragraph, between dashes or stars ("- Cadavres à domicile -"). */
const DASHED = /^[-–—*•]\s*(.+?)\s*[-–—*•]$/u;

export interface CleanOptions {
  byline?: string;
}

/** A line that reads as furniture by its words (for short lines only: prose is never judged by a phrase). */
function furnitureLine(b: Block, n: number, i: number, last: number, byline: string | undefined): boolean {
  const text = b.text;
  const lower = text.toLowerCase();
  const { opening, anywhere } = lists();
  if (isDateOnly(text)) return true;
  if (n <= 25 && PHRASES.some((re) => re.test(text))) return true;
  // One word of furniture opens a short label ("Partager", "Publicité"); a phrase may open a longer line.
  if (n <= 25 && opening.test(text) && (n <= 8 || !/[.!?。！？]$/u.test(text) || /^\S+\s+\S+/u.test(opening.exec(text)![0].trim()))) return true;
  if (n <= 40 && anywhere.test(text)) return true;
  if (n <= 20 && DATELINE.test(text)) return true;
  if (n <= 30 && (CREDIT_LINE.test(text) || CJK_BYLINE.test(text))) return true;
  // A shouted label ("ALERTE INFO", "EXCLUSIVE") that is not a heading.
  if (b.kind !== 'heading' && n <= 3 && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text) && !/[.!?。！？]$/u.test(text)) return true;
  const nearEdge = i < 4 || i > last - 3;
  // The byline printed again as a line of text: "Par Claire Fontaine, le 9 mars 2024".
  if (
    n <= 14 &&
    /^(?:par|by|von|por|di|door|de)\s/i.test(text) &&
    !/[.!?]$/.test(text) &&
    nearEdge &&
    (!byline || lower.includes(byline.replace(/^(?:par|by)\s+/, '')) || /\d/.test(text))
  )
    return true;
  if (n <= 20 && nearEdge && BYLINE_WITH_DATE.test(text)) return true;
  if (i > last - 3 && AUTHOR_BIO.test(text)) return true;
  return false;
}

/** A short line that is no sentence, among paragraphs: a sub-heading the page wrote as a paragraph. */
function subheading(b: Block, n: number, next: Block | undefined): string | undefined {
  if (b.kind !== 'paragraph' || n > 10 || !next || next.kind === 'heading' || words(next.text) < 12) return undefined;
  const dashed = DASHED.exec(b.text)?.[1];
  if (dashed) return dashed;
  if (TERMINAL.test(b.text) || !/^[\p{Lu}\p{N}«"“]/u.test(b.text) || /,$/u.test(b.text)) return undefined;
  return b.text;
}

/**
 * Drops blocks that are page furniture by their words and their place; keeps every block of
 * real prose. Sub-headings written as paragraphs become headings, credits glued to a
 * paragraph's start go, and the run of short lines after the article's last paragraph
 * (credits, tags, "latest news" lists) goes with them.
 */
export function cleanBlocks(blocks: Block[], options: CleanOptions = {}): Block[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text.toLowerCase(), (counts.get(b.text.toLowerCase()) ?? 0) + 1);
  const byline = options.byline ? normalizeSpace(options.byline).toLowerCase() : undefined;
  const last = blocks.length - 1;
  const short = (j: number) => j < 0 || j > last || words(blocks[j].text) <= 8;
  const kept: Block[] = [];
  blocks.forEach((b, i) => {
    const n = words(b.text);
    const lower = b.text.toLowerCase();
    // Short, numeric, repeated: that is what a table's cells are. They are data, not furniture.
    if (b.kind === 'table-cell') return void kept.push(b);
    if (n > 40) {
      const credit = LEADING_CREDIT.exec(b.text);
      kept.push(unwrapped(credit && words(b.text.slice(credit[0].length)) >= 8 ? { ...b, text: b.text.slice(credit[0].length) } : b));
      return;
    }
    // Tickers and repeated labels: the same short line again and again, among other short
    // lines. A schedule's "Eat every 2–3 hours" repeats too, but between real paragraphs.
    if (b.kind !== 'heading' && n <= 6 && (counts.get(lower) ?? 0) >= 3 && short(i - 1) && short(i + 1)) return;
    if (furnitureLine(b, n, i, last, byline)) return;
    const credit = LEADING_CREDIT.exec(b.text);
    const block = credit && words(b.text.slice(credit[0].length)) >= 8 ? { ...b, text: b.text.slice(credit[0].length) } : b;
    const heading = subheading(block, n, blocks[i + 1]);
    kept.push(heading !== undefined ? { kind: 'heading', level: 3, text: heading } : unwrapped(block));
  });
  return withoutTail(kept);
}

/** A paragraph set between dashes, as some sites print their standfirst: "- La présidente … en France. -". */
function unwrapped(b: Block): Block {
  const m = /^[-–—]\s+(.*[.!?…»"”])\s+[-–—]$/u.exec(b.text);
  return m && b.kind === 'paragraph' ? { ...b, text: m[1] } : b;
}

/** A line after which the article has ended: a heading, or a short line that is no sentence. */
const tailLine = (b: Block) => b.kind === 'heading' || ((b.kind === 'paragraph' || b.kind === 'quote') && words(b.text) <= 12 && !TERMINAL.test(b.text));

/**
 * The article ends with its last paragraph of prose: headings and short unpunctuated lines
 * after it are credits, tags and lists of other stories ("Ostatnie wiadomości", "PAP - Nauka
 * w Polsce"), not the story.
 */
function withoutTail(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && tailLine(blocks[end - 1])) end--;
  // Only after real prose, and only a tail: a page of short lines keeps them.
  if (
    end === blocks.length ||
    end === 0 ||
    words(
      blocks
        .slice(0, end)
        .map((b) => b.text)
        .join(' '),
    ) < 60
  )
    return blocks;
  return blocks.slice(0, end);
}
