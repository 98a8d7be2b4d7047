import type { CacheEntry, DigestCache } from '../storage';
import type { DigestOptions } from '../types';

export const CACHE_LIMIT = 30;

export const optionsKey = (o: DigestOptions = {}): string =>
  `${o.bullets ?? ''}|${o.faqItems ?? ''}${o.length && o.length !== 'standard' ? `|${o.length}` : ''}`;

/** The engine of a cache entry: its `engine` key, absent for the embedded engine. */
const engineOf = (e: CacheEntry) => e.engine ?? 'embedded';

/**
 * The cached digest of this url, if made from the same content with the same options by the
 * same engine (`engine`: 'embedded', or an optional engine's key, engineCacheKey).
 */
export function lookup(cache: DigestCache, url: string, hash: string, key: string, engine = 'embedded'): CacheEntry | undefined {
  return cache.find((e) => e.url === url && e.hash === hash && e.optionsKey === key && engineOf(e) === engine);
}

/**
 * Puts an entry first, drops the older one for the same url and engine (the embedded digest
 * and a model's digest of one page live side by side), keeps at most `limit`.
 */
export function insert(cache: DigestCache, entry: CacheEntry, limit = CACHE_LIMIT): DigestCache {
  return [entry, ...cache.filter((e) => e.url !== entry.url || engineOf(e) !== engineOf(entry))].slice(0, limit);
}

export interface CacheStore {
  read(): Promise<DigestCache>;
  /** Takes effect at once for the next read; kept in storage a moment later. */
  write(cache: DigestCache): Promise<void>;
}

/**
 * The session cache held in the worker's memory, and kept in storage.session just after the
 * answer has gone (a task later: the reply is posted first): reading and writing 30 digests
 * with all their sentences through storage on the way cost more than reading the page.
 * Storage is what a restarted worker starts from.
 */
export function memoryMirror(item: { getValue(): Promise<DigestCache>; setValue(cache: DigestCache): Promise<void> }, delayMs = 0): CacheStore {
  let memory: Promise<DigestCache> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    read: () => (memory ??= item.getValue().catch(() => [])),
    write: async (cache) => {
      // Memory keeps what storage would: a digest too big for it is shown, just not kept.
      const kept = storable(cache);
      memory = Promise.resolve(kept);
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void persist(item, kept);
      }, delayMs);
    },
  };
}

/** storage.session holds 10 MB: what is stored stays well under it. */
const STORED_BYTES = 6_000_000;
/** A digest bigger than this is not kept (a 5 MB page's sentences come near 10 MB). */
const STORED_ENTRY_BYTES = 1_500_000;

const sizes = new WeakMap<CacheEntry, number>();

/** About how many bytes an entry takes as JSON, without serialising it (its text dominates). */
export function entryBytes(e: CacheEntry): number {
  let n = sizes.get(e);
  if (n === undefined) {
    const v = e.value as Partial<CacheEntry['value']>;
    n = 1000;
    for (const s of v.sentences ?? []) n += s.text.length * 1.1 + 60;
    for (const b of v.digest?.bullets ?? []) n += b.text.length * 1.1 + 60;
    for (const q of v.digest?.faq ?? []) n += (q.question.length + q.answer.length) * 1.1 + 80;
    n += (v.article?.title?.length ?? 0) + (v.article?.excerpt?.length ?? 0);
    sizes.set(e, n);
  }
  return n;
}

/**
 * The entries the cache keeps, newest first: what fits storage.session. A digest too big for it
 * is left out, else every later write, carrying the same big digest, would fail (and take long
 * to), and a restarted worker would find nothing; and the worker would hold tens of megabytes.
 */
export function storable(cache: DigestCache): DigestCache {
  const kept: DigestCache = [];
  let total = 0;
  for (const e of cache) {
    const n = entryBytes(e);
    if (n > STORED_ENTRY_BYTES || total + n > STORED_BYTES) continue;
    kept.push(e);
    total += n;
  }
  return kept;
}

/** Writes the cache to storage (storable entries only); false when storage refuses it. */
export async function persist(item: { setValue(cache: DigestCache): Promise<void> }, cache: DigestCache): Promise<boolean> {
  try {
    await item.setValue(storable(cache));
    return true;
  } catch {
    return false;
  }
}
