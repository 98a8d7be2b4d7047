import type { Block } from '../types';
import { normalizeSpace } from './blocks';
import { jsonLdObjects } from './fallback';

export interface PageFaqItem {
  question: string;
  answer: string;
}

const FAQ_HEADING =
  /^(?:faq|f\.a\.q\.?|foire aux questions|questions?[ -]réponses|questions fréquentes|vos questions|frequently asked questions|questions and answers|q\s*&\s*a|häufige fragen|häufig gestellte fragen|preguntas frecuentes|domande frequenti|perguntas frequentes|veelgestelde vragen)\b/i;

/** JSON-LD answers may carry markup: read them as text, never as HTML. */
const asText = (s: unknown) => (typeof s === 'string' ? normalizeSpace(s.replace(/<[^>]{0,300}>/g, ' ').replace(/&nbsp;/g, ' ')) : '');
const isQuestion = (s: string) => /[?？]\s*$/u.test(s);

function fromJsonLd(doc: Document): PageFaqItem[] {
  const out: PageFaqItem[] = [];
  for (const o of jsonLdObjects(doc)) {
    const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
    if (!types.some((t) => t === 'FAQPage' || t === 'QAPage')) continue;
    for (const q of ([] as unknown[]).concat(o.mainEntity ?? [])) {
      if (!q || typeof q !== 'object') continue;
      const question = asText((q as Record<string, unknown>).name ?? (q as Record<string, unknown>).text);
      const a = ([] as unknown[]).concat((q as Record<string, unknown>).acceptedAnswer ?? (q as Record<string, unknown>).suggestedAnswer ?? [])[0] as
        Record<string, unknown> | undefined;
      const answer = asText(a?.text);
      if (question && answer) out.push({ question, answer });
    }
  }
  return out;
}

function fromDetails(doc: Document): PageFaqItem[] {
  const out: PageFaqItem[] = [];
  for (const d of Array.from(doc.getElementsByTagName('details'))) {
    const summary = d.querySelector('summary');
    const question = normalizeSpace(summary?.textContent ?? '');
    if (!isQuestion(question)) continue;
    const answer = normalizeSpace((d.textContent ?? '').replace(summary?.textContent ?? '', ''));
    if (answer) out.push({ question, answer });
  }
  return out;
}

/** An answer is a paragraph or three; more is the page going on past its FAQ. */
const MAX_ANSWER_BLOCKS = 3;
/** A label in capitals opening a block ("EN BREF", "À LIRE AUSSI"): a box of other stories. */
const LABEL = /^(?:[\p{Lu}\p{N}'’]{2,}\s){1,4}(?=\p{Lu}\p{Ll})/u;

/** A block after an answer that is not part of it: a teaser box, a title without a full stop. */
function endOfAnswer(b: Block, taken: number): boolean {
  if (LABEL.test(b.text)) return true;
  // After the first paragraph, a line that does not end like a sentence is a title, not the answer going on.
  return taken > 0 && !/[.!?…:;»"”)]$/u.test(b.text);
}

/** A "FAQ" / "Foire aux questions" heading, then question headings and their answers. */
export function faqFromBlocks(blocks: Block[]): PageFaqItem[] {
  const out: PageFaqItem[] = [];
  const start = blocks.findIndex((b) => b.kind === 'heading' && FAQ_HEADING.test(b.text));
  if (start < 0) return out;
  const level = blocks[start].level ?? 2;
  for (let i = start + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' && (b.level ?? 6) <= level && !isQuestion(b.text)) break;
    const asked = (b.kind === 'heading' || (b.text.length < 200 && i + 1 < blocks.length && blocks[i + 1].kind !== 'heading')) && isQuestion(b.text);
    if (!asked) continue;
    const answer: string[] = [];
    for (let j = i + 1; j < blocks.length && answer.length < MAX_ANSWER_BLOCKS; j++) {
      const a = blocks[j];
      // The answer ends where the section does: a heading, the next question, a table, or what
      // follows the FAQ on the page ("EN BREF Apple envisage…", a teaser's title without a full stop).
      if (a.kind === 'heading' || a.kind === 'table-cell' || isQuestion(a.text) || endOfAnswer(a, answer.length)) break;
      answer.push(a.text);
    }
    if (answer.length) out.push({ question: b.text, answer: answer.join(' ') });
  }
  return out;
}

/** Items in order, each question once (whatever its case), at most 12. */
export function mergeFaq(...lists: PageFaqItem[][]): PageFaqItem[] {
  const seen = new Set<string>();
  const out: PageFaqItem[] = [];
  for (const item of lists.flat()) {
    const key = item.question.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out.slice(0, 12);
}

/**
 * The FAQ the page declares in its markup: schema.org FAQPage/QAPage and <details>. Read before
 * Readability rewrites the document; a FAQ section of the article is found in its blocks
 * (faqFromBlocks).
 */
export function readPageFaq(doc: Document): PageFaqItem[] {
  return mergeFaq(fromJsonLd(doc), fromDetails(doc));
}

/**
 * The page's FAQ as blocks of the article, for the items whose answers the article text does
 * not hold already (JSON-LD only): so every answer has sentences to point to.
 */
export function faqBlocks(items: PageFaqItem[], articleText: string): Block[] {
  const text = normalizeSpace(articleText).toLowerCase();
  const missing = items.filter((i) => !text.includes(normalizeSpace(i.answer).toLowerCase().slice(0, 80)));
  if (missing.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'FAQ' },
    ...missing.flatMap((i): Block[] => [
      { kind: 'heading', level: 3, text: i.question },
      { kind: 'paragraph', text: i.answer },
    ]),
  ];
}
