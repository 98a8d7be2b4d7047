/**
 * A copy of the page to extract from, with what a plain cloneNode leaves out: the content of
 * open shadow roots and of same-origin iframes, put in place as ordinary elements; markup
 * nested deeper than any real page made shallow (limitDepth). The live page is only read.
 */
export function flattenedClone(doc: Document, report?: { grafts: number }): Document {
  const clone = doc.cloneNode(true) as Document;
  if (report) report.grafts = 0;
  if (!doc.documentElement || !clone.documentElement) {
    limitDepth(clone);
    return clone;
  }
  // What the clone misses (open shadow roots, same-origin iframes' documents), and how deep the
  // markup goes: one pass over the live page with a tree walker, asking each element for its
  // shadow root and its parent (whose depth is known by then). In a browser every element a
  // script touches gets a wrapper in the script's world: the walker is one call an element where
  // a walk by siblings (walkDepths) is three; and a live collection read by index is slow in jsdom.
  const found: Array<{ host: Element; content: Node }> = [];
  const depths = new Map<Node, number>([[doc.documentElement, 1]]);
  let deepest = 1;
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el = doc.documentElement as Element | null; el; el = walker.nextNode() as Element | null) {
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) found.push({ host: el, content: shadow });
    const parent = el.parentNode;
    if (parent && parent !== doc) {
      const depth = (depths.get(parent) ?? 1) + 1;
      depths.set(el, depth);
      if (depth > deepest) deepest = depth;
    }
  }
  for (const frame of Array.from(doc.getElementsByTagName('iframe'))) {
    try {
      const inner = frame.contentDocument?.body;
      if (inner) found.push({ host: frame, content: inner });
    } catch {
      /* cross-origin: not ours to read */
    }
  }
  if (report) report.grafts = found.length;
  if (found.length === 0) {
    // limitDepth walks the clone only for markup deeper than any real page.
    if (deepest > MAX_DEPTH) limitDepth(clone);
    return clone;
  }
  // The clone has every node of the page in the same place: each host is found there by its path.
  const grafts = found.map(({ host, content }): [Element, Element] => [counterpart(host, clone) as Element, wrapperOf(clone, content as ParentNode)]);
  for (const [target, content] of grafts) {
    if (!target) continue;
    if (target.tagName === 'IFRAME') target.replaceWith(content);
    else target.appendChild(content);
  }
  limitDepth(clone);
  return clone;
}

/** The node of `clone` at the place `node` has in its own document (child indices from the root). */
function counterpart(node: Node, clone: Document): Node | undefined {
  const path: number[] = [];
  for (let n: Node | null = node; n && n.parentNode; n = n.parentNode) {
    let i = 0;
    for (let s = n.previousSibling; s; s = s.previousSibling) i++;
    path.push(i);
  }
  let at: Node | undefined = clone;
  for (let k = path.length - 1; k >= 0 && at; k--) at = at.childNodes[path[k]];
  return at;
}

function wrapperOf(clone: Document, from: ParentNode): Element {
  const div = clone.createElement('div');
  for (const child of Array.from(from.childNodes)) div.appendChild(clone.importNode(child, true));
  return div;
}

/**
 * Deeper than any real page (the deepest of the 2,460 Scrapinghub, DAnIEL and OrangeSum pages
 * is 52 elements deep, in linkedom) and well below where Readability's cost explodes on nested markup (it grows faster
 * than the square of the depth: seconds at 400, hours at 5,000). Browsers' HTML parsers stop
 * nesting at 512; a script can build deeper.
 */
export const MAX_DEPTH = 128;

/** Generic wrappers a chain of which carries nothing: `<div><div><div>…` (<article>, <main> kept). */
const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER']);
/** Phrasing elements: unwrapped in place (their text stays where it was) when too deep. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'LABEL',
]);

const tag = (el: Element) => el.tagName.toUpperCase();

/**
 * Visits the elements under `root` (root included, at depth 1) in document order, without
 * recursion; `visit` returns whether to go into the element's children.
 */
function walkDepths(root: Element, visit: (el: Element, depth: number) => boolean): void {
  let depth = 1;
  let el: Element | null = root;
  while (el) {
    const child: Element | null = visit(el, depth) ? el.firstElementChild : null;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    if (!el || el === root) break;
    el = el.nextElementSibling;
  }
}

/** Depth of the deepest element under `root` (root is 1). */
export function elementDepth(root: Element): number {
  let max = 1;
  walkDepths(root, (_el, depth) => {
    if (depth > max) max = depth;
    return true;
  });
  return max;
}

/** The elements at exactly `target` depth under `root` (root is 1), in document order. */
function elementsAtDepth(root: Element, target: number): Element[] {
  const out: Element[] = [];
  walkDepths(root, (el, depth) => {
    if (depth === target) out.push(el);
    return depth < target;
  });
  return out;
}

/** The one element child of `el` when it has nothing else but blank text and comments. */
function onlyChild(el: Element): Element | undefined {
  let only: Element | undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      if (only) return undefined;
      only = n as Element;
    } else if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return undefined;
  }
  return only;
}

/** `el`'s children put in its place. Its children should be few and shallow: moving a node costs its subtree in some DOMs. */
function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/**
 * Chains of wrappers that hold one element each and no text become one element: what the
 * innermost holds moves up to the outermost, which keeps the chain's classes and id (what
 * Readability and the cleaner read); the emptied chain is removed from the bottom up. Each
 * node moves once (moving a deep subtree is slow in jsdom, and its removal recursive).
 */
function collapseWrapperChains(root: Element): void {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const chain: Element[] = [];
    for (let child = onlyChild(el); child && WRAPPERS.has(tag(child)); child = onlyChild(child)) chain.push(child);
    if (chain.length) {
      const classes = new Set<string>();
      let id = el.getAttribute('id');
      for (const w of [el, ...chain]) {
        for (const c of (w.getAttribute('class') ?? '').split(/\s+/)) if (c && classes.size < 24) classes.add(c);
        id ||= w.getAttribute('id');
      }
      if (classes.size) el.setAttribute('class', [...classes].join(' '));
      if (id) el.setAttribute('id', id);
      const inner = chain[chain.length - 1];
      while (inner.firstChild) el.insertBefore(inner.firstChild, chain[0]);
      for (let i = chain.length - 1; i >= 0; i--) chain[i].parentNode?.removeChild(chain[i]);
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
}

/**
 * Markup deeper than `max` made shallow, on the clone only: chains of empty wrappers first;
 * then, under each element at depth `max`, block elements become its direct children in
 * document order, and inline elements are unwrapped (their text stays in place). Deepest
 * first, so that each move carries a small subtree. Pages as deep as real ones are left as
 * they are.
 */
export function limitDepth(doc: Document, max = MAX_DEPTH): void {
  const root = doc.documentElement;
  if (!root || elementDepth(root) <= max) return;
  collapseWrapperChains(root);
  if (elementDepth(root) <= max) return;
  for (const top of elementsAtDepth(root, max)) {
    const below = Array.from(top.querySelectorAll('*'));
    let anchor: Element | null = null;
    for (let i = below.length - 1; i >= 0; i--) {
      const el = below[i];
      if (INLINE.has(tag(el))) continue;
      top.insertBefore(el, anchor);
      anchor = el;
    }
    for (let i = below.length - 1; i >= 0; i--) if (INLINE.has(tag(below[i]))) unwrap(below[i]);
  }
}
