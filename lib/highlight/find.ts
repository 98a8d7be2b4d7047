/**
 * Finds the article's sentences in the live page, as DOM Ranges, so the reader can see where
 * a bullet or an answer comes from. The sentence text comes from the extraction (a clone of
 * the page, whitespace collapsed, soft hyphens dropped), so both sides are compared in one
 * normal form, keeping a map from each normalised character back to its text node.
 */

/** Characters the extraction drops or that pages write in several ways. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/u;
const SPACE = /[\s\u00a0\u202f\u2007]/u;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG', 'MATH']);

function fold(ch: string): string {
  if (ch === '’' || ch === '‘' || ch === 'ʼ') return "'";
  if (ch === '“' || ch === '”' || ch === '«' || ch === '»' || ch === '„') return '"';
  if (ch === '–' || ch === '—') return '-';
  return ch.toLowerCase();
}

/** The normal form used on both sides: folded quotes and case, one space for any run of spaces. */
export function normalise(text: string): string {
  let out = '';
  let space = true;
  for (const ch of text.normalize('NFC')) {
    if (INVISIBLE.test(ch)) continue;
    if (SPACE.test(ch)) {
      if (!space) out += ' ';
      space = true;
      continue;
    }
    out += fold(ch);
    space = false;
  }
  return out.trimEnd();
}

export interface TextIndex {
  text: string;
  /** For each character of `text`: its node, and its offset inside the node's data. */
  nodes: Text[];
  offsets: number[];
}

/** The visible text of a subtree in the normal form, with the way back to the DOM. */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const index: TextIndex = { text: '', nodes: [], offsets: [] };
  let space = true;
  const pushSpace = (node: Text, offset: number) => {
    if (space) return;
    index.text += ' ';
    index.nodes.push(node);
    index.offsets.push(offset);
    space = true;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 && SKIP.has((n as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1 /* ACCEPT */),
  });
  let last: Text | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      // Block boundaries separate words even without a space in the markup.
      const tag = (n as Element).tagName.toUpperCase();
      if (last && /^(?:P|DIV|LI|H[1-6]|BR|TD|TH|BLOCKQUOTE|SECTION|ARTICLE|FIGCAPTION|DT|DD|TR)$/.test(tag)) pushSpace(last, last.data.length);
      continue;
    }
    const node = n as Text;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i];
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        pushSpace(node, i);
        continue;
      }
      for (const f of fold(ch)) {
        index.text += f;
        index.nodes.push(node);
        index.offsets.push(i);
      }
      space = false;
    }
    last = node;
  }
  return index;
}

/**
 * Ranges covering each sentence found in the page, in page order. A sentence the page does
 * not hold word for word (rewritten by the page's scripts since) is looked up by its first
 * words instead; one not found at all is left out.
 */
export function findSentences(root: Node, sentences: string[], index = indexText(root)): Range[] {
  const doc = root.ownerDocument ?? (root as Document);
  const ranges: Range[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const needle = normalise(sentence);
    if (needle.length < 2) continue;
    let at = index.text.indexOf(needle, from);
    if (at < 0) at = index.text.indexOf(needle);
    let length = needle.length;
    if (at < 0) {
      // The first words, long enough to be unique in an article.
      const head = needle.slice(0, Math.min(needle.length, 60));
      at = index.text.indexOf(head);
      length = head.length;
    }
    if (at < 0) continue;
    const end = at + length - 1;
    const range = doc.createRange();
    range.setStart(index.nodes[at], index.offsets[at]);
    range.setEnd(index.nodes[end], index.offsets[end] + 1);
    ranges.push(range);
    from = at + length;
  }
  return ranges;
}
