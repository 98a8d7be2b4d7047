import { extractArticle } from './extract/extract';
import { fail, type Result } from './errors';
import type { ExtractedPage } from './background/digest-service';

/** What the injected script runs on the live page: extraction works on a clone, never the page. */
export function extractFromPage(doc: Document, url: string): Result<ExtractedPage> {
  const t0 = performance.now();
  try {
    const r = extractArticle(doc, { url });
    if (!r.ok) return r;
    return { ok: true, value: { article: r.value, extractMs: Math.round((performance.now() - t0) * 100) / 100 } };
  } catch (e) {
    return fail('unexpected', `extraction: ${(e as Error)?.message ?? e}`);
  }
}
