import { fail, ok, type Result } from '../errors';
import type { HighlightResult } from '../highlight/apply';
import { injectionFailure } from './digest-service';
import { isRestrictedUrl } from './restricted';

export interface HighlightDeps {
  /** Puts the highlighter in the tab (the reader's activeTab grant covers it). */
  inject(tabId: number): Promise<void>;
  /** Runs it with the sentences, or null to clear. */
  call(tabId: number, sentences: string[] | null): Promise<HighlightResult | undefined>;
  tabUrl(tabId: number): Promise<string | undefined>;
}

/** The page in the tab shows where a line of the digest comes from. */
export async function highlightInTab(tabId: number, sentences: string[] | null, deps: HighlightDeps): Promise<Result<HighlightResult>> {
  if (!Number.isInteger(tabId) || (sentences !== null && (!Array.isArray(sentences) || sentences.some((s) => typeof s !== 'string')))) {
    return fail('unexpected', 'malformed highlight request');
  }
  const url = await deps.tabUrl(tabId);
  if (isRestrictedUrl(url)) return fail('restricted-page', url);
  try {
    await deps.inject(tabId);
    const result = await deps.call(tabId, sentences);
    return result ? ok(result) : fail('unexpected', 'no result from the page');
  } catch (e) {
    return { ok: false, error: injectionFailure(e, url) };
  }
}
