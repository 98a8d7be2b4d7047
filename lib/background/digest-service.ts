import type { DigestOptions, ExtractedPage, TabDigest } from '../types';
import { fail, failure, ok, type Failure, type Result } from '../errors';
import type { DigestCache } from '../storage';
import { contentHash } from '../text/hash';
import { digestArticle } from '../digest';
import { insert, lookup, optionsKey } from './cache';
import { isAccessDenied, isGrantableUrl, isRestrictedUrl } from './restricted';

export interface DigestServiceDeps {
  /** Runs the extraction script in the tab and returns what it found. */
  extract(tabId: number): Promise<Result<ExtractedPage>>;
  readCache(): Promise<DigestCache>;
  writeCache(cache: DigestCache): Promise<void>;
  /** The stamp of the reading the page still holds unchanged (peekStamp), else null. */
  peek?(tabId: number): Promise<string | null>;
}

/**
 * Turns whatever the injection threw into a failure the reader understands. On an ordinary
 * web page, "cannot access" means the tab has no activeTab grant yet (the side panel follows
 * tabs the reader never clicked on), not that the page is forbidden.
 */
export function injectionFailure(error: unknown, url?: string): Failure {
  const message = String((error as Error)?.message ?? error);
  if (/no tab with id|tab was closed/i.test(message)) return failure('tab-gone', message);
  if (isAccessDenied(message)) {
    // Without a grant the browser hides the tab's url too: the error then tells which it is.
    // Firefox shows a tab's url only with a grant (a click, a shortcut, the site allowed):
    // "missing host permission" with the url known is a page Firefox forbids extensions (its
    // restricted domains, as addons.mozilla.org), where a click on the icon would not help.
    const forbidden = url !== undefined && /missing host permission/i.test(message);
    const grantable =
      url === undefined ? !/chrome:\/\/|chrome-extension:|extensions gallery|webstore|about:|pdf/i.test(message) : isGrantableUrl(url) && !forbidden;
    return failure(grantable ? 'not-granted' : 'restricted-page', message);
  }
  if (/frame.*removed|document.*unloaded/i.test(message)) return failure('tab-gone', message);
  return failure('unexpected', message);
}

/**
 * The background's one job: page in the tab -> digest, using the cache when the tab's page
 * has not changed since the last digest.
 */
export async function digestTab(tab: { id: number; url?: string }, options: DigestOptions, deps: DigestServiceDeps): Promise<Result<TabDigest>> {
  if (isRestrictedUrl(tab.url)) return fail('restricted-page', tab.url);
  const key = optionsKey(options);
  // Clicked again on a page that has not changed since its digest: asking the page for its
  // stamp is a few milliseconds, reading it again and sending the article back many more.
  if (deps.peek && tab.url) {
    const earlier = (await deps.readCache()).filter((c) => c.stamp && c.optionsKey === key && c.tabUrl === tab.url);
    if (earlier.length) {
      const stamp = await deps.peek(tab.id).catch(() => null);
      const hit = stamp ? earlier.find((c) => c.stamp === stamp) : undefined;
      if (hit) return ok({ ...hit.value, cached: true });
    }
  }
  let extracted: Result<ExtractedPage>;
  try {
    extracted = await deps.extract(tab.id);
  } catch (e) {
    const error = injectionFailure(e, tab.url);
    // Without a grant the page cannot be read again, but its digest from earlier still holds.
    const earlier = error.kind === 'not-granted' && tab.url ? (await deps.readCache()).find((c) => c.url === tab.url) : undefined;
    return earlier ? ok({ ...earlier.value, cached: true }) : { ok: false, error };
  }
  if (!extracted.ok) return extracted;
  const { article, extractMs, stamp } = extracted.value;
  const url = article.url || tab.url || '';
  const hash = contentHash(article.text);
  const cache = await deps.readCache();
  const hit = lookup(cache, url, hash, key);
  if (hit) {
    if (stamp && (hit.stamp !== stamp || hit.tabUrl !== tab.url))
      await deps.writeCache(cache.map((c) => (c === hit ? { ...c, stamp, tabUrl: tab.url } : c))).catch(() => undefined);
    return ok({ ...hit.value, cached: true });
  }
  try {
    const { sentences, digest } = digestArticle(article, options);
    // Defence in depth: a digest without a bullet is no digest (extraction should not let one through).
    if (digest.bullets.length === 0) return fail('no-article', 'no sentence to summarise');
    digest.timings.extractMs = extractMs;
    const { blocks: _blocks, text: _text, ...info } = article;
    const value = { article: info, sentences, digest };
    // The session cache is a convenience: a digest too big for it (storage.session holds
    // 10 MB; a 5 MB article's sentences alone come near) is shown, just not kept.
    await deps.writeCache(insert(cache, { url, hash, optionsKey: key, at: Date.now(), value, stamp, tabUrl: tab.url })).catch(() => undefined);
    return ok({ ...value, cached: false });
  } catch (e) {
    return fail('engine-failed', String((e as Error)?.message ?? e));
  }
}

/** The newest cached digest of the tab's url: shown without reading the page again. */
export async function cachedDigest(tab: { url?: string }, readCache: () => Promise<DigestCache>): Promise<Result<TabDigest | null>> {
  if (!tab.url) return ok(null);
  const hit = (await readCache()).find((c) => c.url === tab.url);
  return ok(hit ? { ...hit.value, cached: true } : null);
}
