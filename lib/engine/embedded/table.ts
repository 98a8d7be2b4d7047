/**
 * The "at a glance" table (the seed format's third block), only when the article is built for
 * one: its body is organised in three to six sections under short sub-headings (the aspects:
 * "Power and Performance", "Range and Charging"...). Each row: the sub-heading as the article
 * words it, and the section's sentence about it, trimmed like a bullet. A news story with no
 * such structure gets none: a wrong table is worse than none, so every doubt (a heading that
 * reads as a sentence, a question, a caption, a list of ten products) means no table.
 */
import type { Article, DigestTable, Sentence, TableRow } from '../../types';
import { languagePack, type LanguagePack } from '../../text/lang';
import { terms } from '../../text/tokens';
import { analyseSentences, isBulletCandidate, lineDangles, opensDangling, referentsNeeded, type SentenceFacts } from './bullets';
import { compressSentence, isTrimOf, lineLength } from './compress';
import { buildModel } from '../../text/vectors';

export const MIN_ROWS = 3;
export const MAX_ROWS = 6;
/** An aspect is named in a few words (CJK: characters / 2, as lineLength counts them). */
const MAX_ASPECT_WORDS = 6;
/** The table's cells are shorter than bullets. */
const ROW_TARGET_WORDS = 16;
const MAX_ROW_WORDS = 30;
const MIN_ROW_SENTENCE_WORDS = 8;
/** The sections must hold at least this share of the article's sentences: the article is built on them. */
const MIN_COVERAGE = 0.5;
/** Of a section, its first sentences say what it is about. */
const SECTION_LOOK = 8;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** "2. ", "II) ", "3 - ": a numbered heading's number, not part of the aspect. */
const NUMBERING = /^(?:\d{1,2}|[IVX]{1,4})\s*[.)\-–:]\s+/u;
/** A heading that reads as a sentence or a question, a credit line or a call: not an aspect. */
const NOT_ASPECT = /[?？!！;；|•@©]|[.。]$|https?:|www\.|\/\s*\p{Lu}|^\p{P}*$/u;
/** C1 control characters: text decoded with the wrong charset. */
const MISDECODED = /[\u0080-\u009f]/u;
const QUOTED_HEADING = /^[«"“„'‘「『]/u;
/** A caption's credit: "Getty Images", "AFP/Getty", "Photo : Reuters". */
const CREDIT = /\b(?:getty|images|reuters|afp|ap photo|shutterstock|istock|photo|foto|crédit|credit|©)\b/iu;

export type AspectHeading = { aspect: string } | 'structural' | undefined;

/**
 * A sub-heading as an aspect: its words without numbering or a final colon; 'structural' for
 * a part of the text ("Conclusion"); undefined when it is no aspect (a sentence, a question, a
 * credit, a call to read more, too long).
 */
export function aspectOf(heading: string, pack: LanguagePack): AspectHeading {
  const text = heading
    .replace(NUMBERING, '')
    .replace(/[\s:：\-–—]+$/u, '')
    .trim();
  if (!text || !/\p{L}/u.test(text)) return undefined;
  const lower = text.toLowerCase();
  if (pack.table?.structural.includes(lower.replace(/[.…]+$/u, ''))) return 'structural';
  // A quotation used as a heading ("« Tel un oiseau »") is a teaser, not an aspect.
  if (NOT_ASPECT.test(text) || CREDIT.test(text) || QUOTED_HEADING.test(text)) return undefined;
  const furniture = pack.furniture;
  if (furniture && (furniture.opening.some((w) => lower.startsWith(w)) || furniture.anywhere.some((w) => lower.includes(w)))) return undefined;
  if (CJK.test(text) && text.length < 2) return undefined;
  if (lineLength(text, pack.code) <= MAX_ASPECT_WORDS) return { aspect: text };
  // "Die elektronische Patientenakte – viele Modelle und kaum Vernetzung": the aspect is the head.
  const head = /^(.+?)\s+[–—]\s+|^(.+?)\s*[:：]\s+/u.exec(text);
  const short = (head?.[1] ?? head?.[2])?.trim();
  return short && lineLength(short, pack.code) <= MAX_ASPECT_WORDS && lineLength(short, pack.code) >= 2 ? { aspect: short } : undefined;
}

/** Share of a sentence's words that are figures. */
function figureShare(text: string): number {
  const tokens = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return tokens.length ? tokens.filter((t) => /^\p{N}/u.test(t)).length / tokens.length : 0;
}

interface Section {
  heading: number;
  aspect: AspectHeading;
  sentences: number[];
}

/** Sentences of each heading's section at `level`: the blocks up to the next heading of that level or higher. */
function sectionsAt(article: Article, byBlock: Map<number, number[]>, from: number, level: number, pack: LanguagePack): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  for (let i = from; i < article.blocks.length; i++) {
    const b = article.blocks[i];
    if (b.kind === 'heading' && (b.level ?? 6) <= level) {
      current = (b.level ?? 6) === level ? { heading: i, aspect: aspectOf(b.text, pack), sentences: [] } : undefined;
      if (current) out.push(current);
      continue;
    }
    if (current) current.sentences.push(...(byBlock.get(i) ?? []));
  }
  return out.filter((s) => s.sentences.length > 0);
}

/**
 * The section's sentence that says most of its aspect: among its sentences that could be a
 * line on their own, the one sharing most words with the heading, the earlier on a near tie,
 * trimmed. None shares a word with it: the heading is a teaser ("Viva l'Italia"), not an
 * aspect the row could be about.
 */
function rowOf(section: Section, aspect: string, sentences: Sentence[], facts: SentenceFacts[], lang: string, used: ReadonlySet<number>): TableRow | undefined {
  const headingTerms = terms(aspect, lang);
  // Stems are rough ("chargin", "charge"): words that open alike meet.
  const meets = (t: string) => headingTerms.some((h) => h === t || (h.length >= 5 && t.length >= 5 && h.slice(0, 5) === t.slice(0, 5)));
  let best: { i: number; score: number; text: string } | undefined;
  let looked = 0;
  for (const i of section.sentences) {
    const f = facts[i];
    // A sentence that says something: not a line of figures ("4 tackles (4 combined).").
    if (
      !isBulletCandidate(sentences[i], f) ||
      f.dangling ||
      f.teaser ||
      f.words < MIN_ROW_SENTENCE_WORDS ||
      f.content < 3 ||
      figureShare(sentences[i].text) > 0.25
    )
      continue;
    if (looked++ >= SECTION_LOOK) break;
    // The heading glued to its paragraph ("Łatwo się zarazić Łatwo się zarazić W miarę…").
    if (used.has(i) || sentences[i].text.toLowerCase().startsWith(aspect.toLowerCase())) continue;
    const shared = new Set(terms(sentences[i].text, lang).filter(meets)).size;
    if (shared === 0) continue;
    const score = shared - 0.3 * (looked - 1);
    if (best && score <= best.score) continue;
    const text = compressSentence(sentences[i].text, lang, { target: ROW_TARGET_WORDS });
    // The trimmed line still names the aspect, and stands alone.
    if (
      lineLength(text, lang) > MAX_ROW_WORDS ||
      lineDangles(text, lang) ||
      referentsNeeded(text, lang).length > 0 ||
      !isTrimOf(text, sentences[i].text) ||
      !terms(text, lang).some(meets)
    )
      continue;
    best = { i, score, text };
  }
  return best && { aspect, text: best.text, sources: [best.i] };
}

/**
 * The table of an article organised in aspects, or null. `facts` are the bullets' facts of the
 * same sentences when the engine has them.
 */
export function aspectTable(article: Article, sentences: Sentence[], facts?: SentenceFacts[]): DigestTable | null {
  const pack = languagePack(article.lang);
  const words = pack.table ?? languagePack('en').table!;
  if (sentences.length < 8) return null;
  const byBlock = new Map<number, number[]>();
  for (const s of sentences) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s.index]);
  // Headings above the first text are the title and its kicker, not sections.
  const first = sentences[0].block;
  const levels = [...new Set(article.blocks.slice(first + 1).flatMap((b) => (b.kind === 'heading' ? [b.level ?? 6] : [])))].sort((a, b) => a - b);
  // The highest level that divides the text into at least three sections (one or two sections
  // with sub-headings each: the aspects are one level down).
  let sections: Section[] | undefined;
  for (const level of levels) {
    const at = sectionsAt(article, byBlock, first + 1, level, pack);
    if (at.length >= MIN_ROWS) {
      sections = at;
      break;
    }
  }
  if (!sections) return null;
  const aspects = sections.filter((s) => s.aspect !== 'structural');
  // Every section must be an aspect, and there must be few: a list of twenty products or people is a list, not a table.
  if (aspects.length < MIN_ROWS || aspects.length > MAX_ROWS || aspects.some((s) => s.aspect === undefined)) return null;
  const names = aspects.map((s) => (s.aspect as { aspect: string }).aspect);
  if (new Set(names.map((n) => n.toLowerCase())).size < names.length) return null;
  // Sub-headings of one series share their typography: "Close" among "FORD MUSTANG MACH E"
  // headings is a button, not an aspect.
  const shouting = names.map((n) => /\p{Lu}/u.test(n) && n === n.toUpperCase());
  if (shouting.some((x) => x !== shouting[0])) return null;
  const covered = sections.reduce((n, s) => n + s.sentences.length, 0);
  if (covered < MIN_COVERAGE * sentences.length) return null;
  const f = facts ?? analyseSentences(sentences, buildModel(sentences, article.lang), article.lang, article.title);
  const used = new Set<number>();
  const rows: TableRow[] = [];
  for (const [k, s] of aspects.entries()) {
    const row = rowOf(s, names[k], sentences, f, article.lang, used);
    if (!row) continue;
    rows.push(row);
    for (const i of row.sources) used.add(i);
  }
  // A section with nothing to say of itself (a gallery, a list) leaves too few rows: no table.
  // Every aspect gets its row: a table that skips one (often the headline's own) is not the story at a glance.
  if (rows.length < MIN_ROWS || rows.length < aspects.length) return null;
  return { caption: words.caption, columns: [words.aspect, words.says], rows, kind: 'aspects' };
}

/**
 * The page's own two-column table of aspects, as the page's own FAQ is a source for the FAQ:
 * a run of table cells that alternate strictly between an aspect (a few words) and a sentence
 * about it, three to six rows, under an optional header of two short cells (kept as the
 * column headings, in the page's words). Any other table (figures, three columns, a schedule)
 * breaks the alternation: no table from it.
 */
export function pageTable(article: Article, sentences: Sentence[]): DigestTable | null {
  const pack = languagePack(article.lang);
  const words = pack.table ?? languagePack('en').table!;
  const byBlock = new Map<number, Sentence[]>();
  for (const s of sentences) byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), s]);
  const blocks = article.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== 'table-cell') continue;
    let end = i;
    while (end + 1 < blocks.length && blocks[end + 1].kind === 'table-cell') end++;
    const cells = blocks.slice(i, end + 1).map((b, k) => ({ block: i + k, text: b.text }));
    i = end;
    const short = (text: string) => {
      const a = aspectOf(text, pack);
      return a !== undefined && a !== 'structural' && a.aspect === text.replace(/[\s:：]+$/u, '');
    };
    // A sentence about the aspect: a whole sentence of a few words at least.
    const says = (block: number) => {
      const first = byBlock.get(block)?.[0];
      return first && lineLength(first.text, article.lang) >= MIN_ROW_SENTENCE_WORDS / 2 && /[.!?…。！？]["»”)]*$/u.test(first.text) ? first : undefined;
    };
    let columns: [string, string] = [words.aspect, words.says];
    let body = cells;
    if (cells.length >= 2 && short(cells[0].text) && short(cells[1].text)) {
      columns = [cells[0].text, cells[1].text];
      body = cells.slice(2);
    }
    if (body.length % 2 !== 0 || body.length < 2 * MIN_ROWS || body.length > 2 * MAX_ROWS) continue;
    const rows: TableRow[] = [];
    for (let k = 0; k < body.length; k += 2) {
      const sentence = says(body[k + 1].block);
      if (!short(body[k].text) || !sentence) break;
      const text = compressSentence(sentence.text, article.lang, { target: ROW_TARGET_WORDS });
      if (!isTrimOf(text, sentence.text) || opensDangling(text, article.lang)) break;
      rows.push({ aspect: body[k].text.replace(/[\s:：]+$/u, ''), text, sources: [sentence.index] });
    }
    if (rows.length === body.length / 2) return { caption: words.caption, columns, rows, kind: 'page' };
  }
  return null;
}

/**
 * The digest's table: the page's own table of aspects, else the article's aspects under its
 * sub-headings, or null when it supports neither.
 */
export function buildTable(article: Article, sentences: Sentence[], facts?: SentenceFacts[]): DigestTable | null {
  // C1 control characters never occur in text: a page decoded with the wrong charset
  // ("AktorkÄ\u0099"), whose sentences cannot be trusted to read as a table.
  if (MISDECODED.test(article.text.slice(0, 20_000))) return null;
  return pageTable(article, sentences) ?? aspectTable(article, sentences, facts);
}
