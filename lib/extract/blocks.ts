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
const BLOCKISH = new Set([...Object.keys(LEAF), 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR', 'BR']);

export const normalizeSpace = (s: string): string => s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) if (BLOCKISH.has(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'BR') return true;
  return false;
}

/** Text of an element with <br> as a space, skipping what a reader never sees as text. */
function textOf(el: Node): string {
  let out = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      out += tag === 'BR' ? ' ' : textOf(n);
    }
  }
  return out;
}

/**
 * The ordered text blocks of an extracted article: paragraphs, headings (with level), list
 * items, quotes, table cells. Loose text inside containers becomes a paragraph of its own.
 */
export function blocksFromElement(root: Element): Block[] {
  const blocks: Block[] = [];
  let pending = '';
  const flush = () => {
    const t = normalizeSpace(pending);
    if (t) blocks.push({ kind: 'paragraph', text: t });
    pending = '';
  };
  const walk = (node: Node) => {
    for (const n of Array.from(node.childNodes)) {
      if (n.nodeType === 3) {
        pending += n.nodeValue ?? '';
        continue;
      }
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP.has(tag)) continue;
      const kind = LEAF[tag];
      if (kind && !(kind === 'quote' || kind === 'list-item') ) {
        flush();
        const text = normalizeSpace(textOf(el));
        if (text) blocks.push(kind === 'heading' ? { kind, level: Number(tag[1]), text } : { kind, text });
      } else if (kind && !hasBlockChild(el)) {
        flush();
        const text = normalizeSpace(textOf(el));
        if (text) blocks.push({ kind, text });
      } else if (BLOCKISH.has(tag)) {
        flush();
        walk(el);
        flush();
      } else {
        pending += textOf(el);
      }
    }
  };
  walk(root);
  flush();
  return blocks;
}
