import { articleFromSelection, extractArticle } from './extract/extract';
import { fail, type Result } from './errors';
import type { ExtractedPage } from './types';

const round = (ms: number) => Math.round(ms * 100) / 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The last article read from this document, kept in the content script's world (which lives as
 * long as the document, across injections): clicking the icon again on a page that has not
 * changed gives it back without reading the page again. Any change to the document (a node, an
 * attribute, some text) forgets it; so does another address or another selection. Pages whose
 * article comes partly from shadow roots or iframes are not remembered (their changes are not
 * the document's).
 */
interface Remembered {
  doc: Document;
  url: string;
  selection: string;
  article: ExtractedPage['article'];
  changed: boolean;
  /** Names this reading: the background keeps its digest under it (see peekStamp). */
  stamp: string;
}

// The same key as peekStamp's (lib/page-stamp.ts).
const MEMO = Symbol.for('en-bref.page-extraction');
type Holder = { [MEMO]?: Remembered };

function remembered(doc: Document, url: string, selection: string): ExtractedPage['article'] | undefined {
  const m = (globalThis as Holder)[MEMO];
  return m && !m.changed && m.doc === doc && m.url === url && m.selection === selection && m.article ? m.article : undefined;
}

/** Returns the stamp of the reading it keeps, if it does. */
function remember(doc: Document, url: string, selection: string, article: ExtractedPage['article']): string | undefined {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Observer = view?.MutationObserver ?? (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  if (!Observer || doc.readyState === 'loading') return undefined;
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const memo: Remembered = { doc, url, selection, article, changed: false, stamp };
  // One mutation is enough to know: the observer stops at the first.
  const observer = new Observer(() => {
    memo.changed = true;
    observer.disconnect();
  });
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  (globalThis as Holder)[MEMO] = memo;
  return stamp;
}

/**
 * What the injected script runs on the live page. The reader's selection, when there is a
 * real one, is summarised instead of the page. A page still loading (a single-page app
 * filling itself in) is given a moment, then read as it is. Extraction works on a clone.
 */
export async function extractFromPage(doc: Document, url: string, selection = ''): Promise<Result<ExtractedPage>> {
  try {
    if (doc.readyState === 'loading') await Promise.race([new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true })), sleep(1500)]);
    const t0 = performance.now();
    const known = remembered(doc, url, selection);
    if (known) return { ok: true, value: { article: known, extractMs: round(performance.now() - t0), stamp: (globalThis as Holder)[MEMO]!.stamp } };
    const selected = selection.trim() ? articleFromSelection(doc, selection, url) : undefined;
    if (selected) {
      const stamp = remember(doc, url, selection, selected);
      return { ok: true, value: { article: selected, extractMs: round(performance.now() - t0), stamp } };
    }
    const stats = { grafts: 0 };
    let r = extractArticle(doc, { url, stats });
    // Just loaded and nothing found yet: scripts may still be writing the story in.
    if (!r.ok && r.error.kind === 'no-article' && performance.now() < 5000) {
      await sleep(800);
      r = extractArticle(doc, { url, stats });
    }
    if (!r.ok) return r;
    const stamp = stats.grafts === 0 ? remember(doc, url, selection, r.value) : undefined;
    return { ok: true, value: { article: r.value, extractMs: round(performance.now() - t0), stamp } };
  } catch (e) {
    return fail('unexpected', `extraction: ${(e as Error)?.message ?? e}`);
  }
}
