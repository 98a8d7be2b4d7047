/**
 * What lib/page-extraction.ts remembers of the page, asked without reading it. Injected on
 * its own (scripting.executeScript `func`, so self-contained: no imports, no closures): the stamp of the reading the page still holds unchanged, else null. Clicking the
 * icon again on an unchanged page then costs this, not the extraction script and the article
 * sent back: the background answers from the digest it keeps under that stamp.
 */
export function peekStamp(): string | null {
  const m = (globalThis as unknown as Record<symbol, { doc: Document; url: string; selection: string; changed: boolean; stamp?: string } | undefined>)[
    Symbol.for('en-bref.page-extraction')
  ];
  const selection = globalThis.getSelection?.()?.toString() ?? '';
  return m && !m.changed && m.doc === document && m.url === location.href && m.selection === selection && m.stamp ? m.stamp : null;
}
