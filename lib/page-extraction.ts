import { articleFromSelection, extractArticle } from './extract/extract';
import { fail, type Result } from './errors';
import type { ExtractedPage } from './background/digest-service';

const round = (ms: number) => Math.round(ms * 100) / 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * What the injected script runs on the live page. The reader's selection, when there is a
 * real one, is summarised instead of the page. A page still loading (a single-page app
 * filling itself in) is given a moment, then read as it is. Extraction works on a clone.
 */
export async function extractFromPage(doc: Document, url: string, selection = ''): Promise<Result<ExtractedPage>> {
  try {
    if (doc.readyState === 'loading') await Promise.race([new Promise((r) => doc.addEventListener('DOMContentLoaded', r, { once: true })), sleep(1500)]);
    const t0 = performance.now();
    const selected = selection.trim() ? articleFromSelection(doc, selection, url) : undefined;
    if (selected) return { ok: true, value: { article: selected, extractMs: round(performance.now() - t0) } };
    let r = extractArticle(doc, { url });
    // Just loaded and nothing found yet: scripts may still be writing the story in.
    if (!r.ok && r.error.kind === 'no-article' && performance.now() < 5000) {
      await sleep(800);
      r = extractArticle(doc, { url });
    }
    if (!r.ok) return r;
    return { ok: true, value: { article: r.value, extractMs: round(performance.now() - t0) } };
  } catch (e) {
    return fail('unexpected', `extraction: ${(e as Error)?.message ?? e}`);
  }
}
