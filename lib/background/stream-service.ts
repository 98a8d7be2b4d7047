/**
 * A digest from the OpenAI-compatible endpoint, streamed to the page that asked
 * (lib/protocol.ts): the page is read and digested by the embedded engine first (its sentences
 * are what the model cites; it is also the fallback), then the endpoint's lines are sent as
 * they arrive and checked. When the endpoint fails, the embedded digest is sent with a note
 * saying why: every failure falls back and explains itself.
 */
import type { DigestOptions } from '../types';
import { failure, type Failure } from '../errors';
import type { StreamEvent } from '../protocol';
import { openaiDigest } from '../engine/openai';
import { withFallbackNote } from '../engine/fallback';
import type { Fetch, Timeouts } from '../engine/openai/client';
import { configProblems, engineCacheKey, originPattern, type EndpointConfig } from '../engine/openai/config';
import { digestTab, type DigestServiceDeps } from './digest-service';
import { insert, lookup, optionsKey } from './cache';

export interface StreamServiceDeps extends DigestServiceDeps {
  endpoint(): Promise<EndpointConfig | null>;
  /** Whether the reader granted the endpoint's origin (an optional host permission). */
  hasPermission(pattern: string): Promise<boolean>;
  fetch?: Fetch;
  timeouts?: Partial<Timeouts>;
}

/**
 * A request the browser blocked before it left: without the origin's permission (and without
 * CORS headers from the server) that is what fetch reports. Said as what it is.
 */
export async function explainUnreachable(why: Failure, config: EndpointConfig, hasPermission: (pattern: string) => Promise<boolean>): Promise<Failure> {
  const pattern = originPattern(config.baseUrl);
  if (why.kind === 'endpoint-unreachable' && pattern && !(await hasPermission(pattern).catch(() => false))) return failure('endpoint-not-allowed', why.detail);
  return why;
}

export async function streamTabDigest(
  tab: { id: number; url?: string },
  options: DigestOptions,
  post: (e: StreamEvent) => void,
  signal: AbortSignal,
  deps: StreamServiceDeps,
): Promise<void> {
  const base = await digestTab(tab, options, deps);
  if (!base.ok) return post({ type: 'error', error: base.error });
  const embedded = base.value;
  const fallback = (why: Failure) => post({ type: 'done', value: withFallbackNote(embedded, 'openai', why) });
  const config = await deps.endpoint();
  if (!config || configProblems(config).length) return fallback(failure('endpoint-not-configured'));

  const url = embedded.article.url || tab.url || '';
  const hash = embedded.digest.contentHash;
  const key = optionsKey(options);
  const engine = engineCacheKey(config);
  const hit = lookup(await deps.readCache(), url, hash, key, engine);
  if (hit) return post({ type: 'done', value: { ...hit.value, cached: true } });

  const { article, sentences } = embedded;
  post({ type: 'start', value: { article, sentences, heading: embedded.digest.heading, language: embedded.digest.language } });
  const r = await openaiDigest({ article, sentences, contentHash: hash }, options, config, {
    signal,
    fetch: deps.fetch,
    timeouts: deps.timeouts,
    onItem: (item) => post({ type: 'item', item }),
  });
  if (!r.ok) return fallback(await explainUnreachable(r.error, config, deps.hasPermission));
  const digest = r.value;
  digest.timings.extractMs = embedded.digest.timings.extractMs;
  const value = { article, sentences, digest };
  await deps.writeCache(insert(await deps.readCache(), { url, hash, optionsKey: key, engine, at: Date.now(), value })).catch(() => undefined);
  post({ type: 'done', value: { ...value, cached: false } });
}
