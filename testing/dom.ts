/** Documents for tests, from the two DOM implementations the Node tools may use. */
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { DomName } from './fixtures';

/** linkedom: fast, what the CLI uses. */
export function linkedomDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** jsdom: closest to a browser. Scripts do not run; CSS parse noise is silenced. */
export function jsdomDocument(html: string, url?: string): Document {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url: url || undefined, virtualConsole }).window.document;
}

export function parseDocument(dom: DomName, html: string, url?: string): Document {
  return dom === 'jsdom' ? jsdomDocument(html, url) : linkedomDocument(html);
}

/**
 * All visible-ish text of a page (scripts and styles removed), whitespace collapsed. Reads every
 * top-level node, since linkedom makes a stray element before <html> the documentElement.
 */
export function pageText(html: string): string {
  const doc = linkedomDocument(html);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  let text = '';
  for (const node of Array.from(doc.childNodes)) if (node.nodeType === 1) text += ' ' + (node.textContent ?? '');
  return normalizeText(text);
}

/** NFC, every run of whitespace (including no-break and zero-width spaces) as one space. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}
