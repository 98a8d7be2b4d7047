/**
 * A copy of the page to extract from, with what a plain cloneNode leaves out: the content of
 * open shadow roots and of same-origin iframes, put in place as ordinary elements. The live
 * page is only read.
 */
export function flattenedClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  const live = doc.documentElement;
  const copy = clone.documentElement;
  if (!live || !copy || typeof doc.createTreeWalker !== 'function') return clone;
  // Both trees have the same shape: walk them side by side.
  const a = doc.createTreeWalker(live, 1 /* SHOW_ELEMENT */);
  const b = clone.createTreeWalker(copy, 1);
  const grafts: Array<[Element, Element]> = [];
  let x: Node | null = a.currentNode;
  let y: Node | null = b.currentNode;
  while (x && y) {
    const el = x as Element;
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) grafts.push([y as Element, wrapperOf(clone, shadow)]);
    if (el.tagName === 'IFRAME') {
      try {
        const inner = (el as HTMLIFrameElement).contentDocument?.body;
        if (inner) grafts.push([y as Element, wrapperOf(clone, inner)]);
      } catch {
        /* cross-origin: not ours to read */
      }
    }
    x = a.nextNode();
    y = b.nextNode();
  }
  for (const [target, content] of grafts) {
    if (target.tagName === 'IFRAME') target.replaceWith(content);
    else target.appendChild(content);
  }
  return clone;
}

function wrapperOf(clone: Document, from: ParentNode): Element {
  const div = clone.createElement('div');
  for (const child of Array.from(from.childNodes)) div.appendChild(clone.importNode(child, true));
  return div;
}
