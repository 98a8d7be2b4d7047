import type { CacheEntry, DigestCache } from '../storage';
import type { DigestOptions } from '../types';

export const CACHE_LIMIT = 30;

export const optionsKey = (o: DigestOptions = {}): string => `${o.bullets ?? ''}|${o.faqItems ?? ''}`;

/** The cached digest of this url, if made from the same content with the same options. */
export function lookup(cache: DigestCache, url: string, hash: string, key: string): CacheEntry | undefined {
  return cache.find((e) => e.url === url && e.hash === hash && e.optionsKey === key);
}

/** Puts an entry first, drops the older one for the same url, keeps at most `limit`. */
export function insert(cache: DigestCache, entry: CacheEntry, limit = CACHE_LIMIT): DigestCache {
  return [entry, ...cache.filter((e) => e.url !== entry.url)].slice(0, limit);
}
