import type { Block, BlockKind } from '../types';

const LEAF: Record<string, BlockKind> = {
  P: 'paragraph',
  LI: 'list-item',
  DT: 'paragraph',
  DD: 'paragraph',
  PRE: 'preformatted',
  TD: 'table-cell',
  TH: 'table-cell',
  BLOCKQUOTE: 'quote',
  H1: 'heading',
  H2: 'heading',
  H3: 'heading',
  H4: 'heading',
  H5: 'heading',
  H6: 'heading',
};
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'INPUT']);
const CONTAINERS = [
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'SUMMARY',
  'HR',
];
const BLOCKISH = new Set([...Object.keys(LEAF), ...CONTAINERS]);
/** Marks a paragraph break made of two <br> in a row. */
const BREAK = '\u2029';

export const normalizeSpace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
/** A style length left in a page's text by broken markup, glued to the next word: "retraites =1emqui". */
const STYLE_RESIDUE = /\s*=\d+(?:\.\d+)?(?:em|rem|px|pt)(?=\p{L})/gu;

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const UNSPACED_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]+/gu;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/**
 * Words of some blocks, the quick measure for "is there an article here": whitespace-separated
 * words, and in scripts written without spaces (Chinese, Japanese, Thai) one word for two
 * characters (a little fewer than a dictionary finds, and no dictionary to load), else a
 * Chinese story counts one "word" per paragraph.
 */
export const countWords = (blocks: Block[]): number =>
  blocks.reduce((n, b) => {
    if (!UNSPACED.test(b.text)) return n + b.text.split(/\s+/).length;
    const chars = b.text.match(UNSPACED_CHAR)?.length ?? 0;
    return n + Math.ceil(chars / 2) + b.text.replace(UNSPACED_ALL, ' ').split(/\s+/).filter(Boolean).length;
  }, 0);

const tagOf = (el: Element) => el.tagName.toUpperCase();

/**
 * A reference mark or an editor's note in brackets, set as a superscript: "[1]", "[citation
 * needed]", "[需要引证]". Not the article's words.
 */
const editorialMark = (el: Element): boolean => tagOf(el) === 'SUP' && /^\s*\[[^\][]{1,40}\]\s*$/u.test(el.textContent ?? '');

/**
 * The same marks typed into plain text (a Wikipedia article pasted or exported as text):
 * footnote numbers and the editors' notes, in the languages we read.
 */
export const EDITORIAL_NOTE =
  /\s?\[(?:\d{1,3}|[a-z]|citation needed|clarification needed|when\?|who\?|which\?|by whom\?|update|réf\. nécessaire|référence nécessaire|référence souhaitée|passage contradictoire|quand \?|lequel \?|Quelle benötigt|Belege fehlen|cita requerida|¿cuándo\?|actualización|citazione necessaria|senza fonte|citação necessária|carece de fontes|bron\?|нет АИ|источник не указан \d* дней|нужен источник|potrzebny przypis|εκκρεμεί παραπομπή|απαιτείται παραπομπή|需要引证|需要引證|來源請求|来源请求|要出典|要出典範囲)\]/giu;

/** Text of an inline run: <br> is a space, two in a row a paragraph break. */
function textOf(node: Node): string {
  let out = '';
  let lastWasBr = false;
  for (const n of Array.from(node.childNodes)) {
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      out += v;
      if (v.trim()) lastWasBr = false;
    } else if (n.nodeType === 1) {
      const tag = tagOf(n as Element);
      if (SKIP.has(tag) || editorialMark(n as Element)) continue;
      if (tag === 'BR') {
        out += lastWasBr ? BREAK : ' ';
        lastWasBr = true;
      } else {
        out += textOf(n);
        lastWasBr = false;
      }
    }
  }
  return out;
}

/** Inside a quote, a list item or a table cell, paragraphs keep the outer kind. */
function kindIn(context: BlockKind | undefined, own: BlockKind): BlockKind {
  if (own === 'heading' || own === 'preformatted') return own;
  return context ?? own;
}

/**
 * The ordered text blocks of an extracted article: paragraphs, headings (with level), list
 * items, quotes, table cells. Blocks nested anywhere (a <p> inside a <span> inside a <p>, as
 * Readability makes of some page builders) are found; loose text becomes a paragraph.
 */
export function blocksFromElement(root: Element): Block[] {
  const blocks: Block[] = [];
  // Which elements hold a block element somewhere inside (as `el.querySelector(<block tags>)`),
  // worked out once for the whole tree, children before parents, instead of one search per element.
  const order: Array<[Element, Element[]]> = [];
  for (const stack = [root]; stack.length;) {
    const el = stack.pop()!;
    const children = Array.from(el.children);
    order.push([el, children]);
    for (const c of children) stack.push(c);
  }
  const holdsBlock = new Set<Element>();
  for (let i = order.length - 1; i >= 0; i--) {
    const [el, children] = order[i];
    if (children.some((c) => holdsBlock.has(c) || BLOCKISH.has(tagOf(c)))) holdsBlock.add(el);
  }
  const push = (kind: BlockKind, raw: string, level?: number) => {
    for (const part of raw.split(BREAK)) {
      const text = normalizeSpace(part.replace(STYLE_RESIDUE, ' '));
      if (!text) continue;
      // A "heading" above all the text that is a whole sentence is a standfirst some sites mark
      // up as <h2>: the story's first sentence. Further down, a sentence may be a sub-heading.
      if (kind === 'heading' && readsAsSentence(text) && blocks.every((b) => b.kind === 'heading')) blocks.push({ kind: 'paragraph', text });
      else blocks.push(kind === 'heading' ? { kind, level, text } : { kind, text });
    }
  };
  const walk = (node: Node, context: BlockKind | undefined) => {
    let pending = '';
    let lastWasBr = false;
    const flush = () => {
      push(context ?? 'paragraph', pending);
      pending = '';
    };
    for (const n of Array.from(node.childNodes)) {
      if (n.nodeType === 3) {
        pending += n.nodeValue ?? '';
        if (n.nodeValue?.trim()) lastWasBr = false;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = tagOf(el);
      if (SKIP.has(tag) || editorialMark(el)) continue;
      if (tag === 'BR') {
        if (lastWasBr) flush();
        else pending += ' ';
        lastWasBr = true;
        continue;
      }
      lastWasBr = false;
      const own = LEAF[tag];
      const nested = holdsBlock.has(el);
      if (own && !nested) {
        flush();
        push(kindIn(context, own), textOf(el), own === 'heading' ? Number(tag[1]) : undefined);
      } else if (own || BLOCKISH.has(tag) || nested) {
        flush();
        walk(el, own && own !== 'paragraph' && own !== 'heading' ? own : context);
      } else {
        pending += textOf(el);
      }
    }
    flush();
  };
  walk(root, undefined);
  return blocks;
}

/** Twelve words or more (CJK: 24 characters) ending on a full stop: a sentence, not a title. */
function readsAsSentence(text: string): boolean {
  if (!/[.!。！]["»”’)]?$/u.test(text)) return false;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return text.length >= 24;
  return text.split(/\s+/u).length >= 12;
}
