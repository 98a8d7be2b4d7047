/**
 * Shows the reader where a bullet or an answer comes from: highlights its source sentences in
 * the page and scrolls to the first. With the CSS Custom Highlight API the page's DOM is not
 * touched (only one <style> element is added); without it, the text is wrapped in <mark>
 * elements that clearing removes again, joining the text nodes back. Escape clears too.
 */
import { findSentences } from './find';

export const HIGHLIGHT_NAME = 'en-bref-source';
const STYLE_ID = 'en-bref-highlight-style';
const MARK_ATTR = 'data-en-bref-source';

export interface HighlightResult {
  /** Sentences asked for, and how many of them the page still holds. */
  asked: number;
  found: number;
  /** How the highlight is drawn. */
  via: 'highlight-api' | 'mark' | 'none';
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}
type HighlightCtor = new (...ranges: Range[]) => unknown;

function registry(win: Window): { highlights: HighlightRegistry; Highlight: HighlightCtor } | undefined {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : undefined;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent =
    `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }\n` +
    `mark[${MARK_ATTR}] { background-color: #ffe066; color: #111; padding: 0; }`;
  (doc.head ?? doc.documentElement).appendChild(style);
}

/** Wraps the text of a range in <mark> elements, one per text node it crosses. */
function markRange(doc: Document, range: Range): void {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4 /* SHOW_TEXT */);
  for (let n = walker.currentNode; n; n = walker.nextNode()!) {
    if (n.nodeType === 3 && range.intersectsNode(n)) texts.push(n as Text);
  }
  for (const text of texts) {
    let node = text;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end <= start || !node.data.slice(start, end).trim()) continue;
    if (start > 0) node = node.splitText(start);
    if (end - start < node.data.length) node.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    node.parentNode!.insertBefore(mark, node);
    mark.appendChild(node);
  }
}

/** Removes every highlight this module drew; the page is as it was. */
export function clearHighlight(doc: Document): void {
  const win = doc.defaultView;
  if (win) registry(win)?.highlights.delete(HIGHLIGHT_NAME);
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
  doc.getElementById(STYLE_ID)?.remove();
  const w = win as (Window & { __enBrefEscape?: (e: KeyboardEvent) => void }) | null;
  if (w?.__enBrefEscape) {
    doc.removeEventListener('keydown', w.__enBrefEscape, true);
    delete w.__enBrefEscape;
  }
}

/** Highlights the sentences in the page and scrolls the first into view. */
export function highlightSentences(doc: Document, sentences: string[], options: { preferMarks?: boolean } = {}): HighlightResult {
  clearHighlight(doc);
  if (!doc.body) return { asked: sentences.length, found: 0, via: 'none' };
  const ranges = findSentences(doc.body, sentences);
  if (ranges.length === 0) return { asked: sentences.length, found: 0, via: 'none' };
  ensureStyle(doc);
  const win = doc.defaultView;
  const api = win && !options.preferMarks ? registry(win) : undefined;
  // Scroll before marking: marking splits the text nodes a range points into.
  const target = ranges[0].startContainer.parentElement;
  target?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  let via: HighlightResult['via'];
  if (api) {
    api.highlights.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
    via = 'highlight-api';
  } else {
    // Last range first: wrapping one never moves the text another points into.
    for (const range of [...ranges].reverse()) markRange(doc, range);
    via = 'mark';
  }
  if (win) {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearHighlight(doc);
    };
    (win as Window & { __enBrefEscape?: (e: KeyboardEvent) => void }).__enBrefEscape = onKey;
    doc.addEventListener('keydown', onKey, true);
  }
  return { asked: sentences.length, found: ranges.length, via };
}
