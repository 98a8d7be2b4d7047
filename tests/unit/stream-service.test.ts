/**
 * The background's streamed digest (lib/background/stream-service.ts) over real HTTP against
 * the test server: events in order, the cache per engine, the embedded digest with a note for
 * every failure, cancel.
 */
import { describe, expect, it, vi } from 'vitest';
import { streamTabDigest, type StreamServiceDeps } from '../../lib/background/stream-service';
import { digestTab } from '../../lib/background/digest-service';
import { insert, lookup, optionsKey } from '../../lib/background/cache';
import { engineCacheKey, type EndpointConfig } from '../../lib/engine/openai/config';
import { ok } from '../../lib/errors';
import type { StreamEvent } from '../../lib/protocol';
import type { DigestCache } from '../../lib/storage';
import { useChatServer, type ChatServer } from '../../testing/chat-server';
import { loadArticle, recordedStream } from '../../testing/engines';

let server: ChatServer;
useChatServer((s) => (server = s));

const TAB = { id: 7, url: 'https://www.reuters.com/article/oil' };

function deps(config: EndpointConfig | null, overrides: Partial<StreamServiceDeps> = {}) {
  const a = loadArticle('reutersOil');
  let cache: DigestCache = [];
  return {
    extract: vi.fn(async () => ok({ article: { ...a.article, url: TAB.url }, extractMs: 4 })),
    readCache: async () => cache,
    writeCache: async (c: DigestCache) => void (cache = c),
    endpoint: async () => config,
    hasPermission: vi.fn(async () => true),
    cache: () => cache,
    ...overrides,
  };
}

async function run(d: StreamServiceDeps, signal = new AbortController().signal): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  await streamTabDigest(TAB, {}, (e) => events.push(e), signal, d);
  return events;
}

const done = (events: StreamEvent[]) => {
  const last = events.at(-1);
  if (last?.type !== 'done') throw new Error(`last event: ${JSON.stringify(last)}`);
  return last.value;
};

describe('streamTabDigest', () => {
  it('start, one event per line, done; the digest is cached for that engine beside the embedded one', async () => {
    const config = { baseUrl: server.baseUrl, model: 'llama3.2' };
    server.script({ kind: 'sse', body: recordedStream('reuters-oil.llama3.2.sse'), chunkBytes: 300 });
    const d = deps(config);
    const events = await run(d);
    expect(events[0]).toMatchObject({ type: 'start', value: { heading: 'In brief', language: 'en', article: { title: expect.stringMatching(/oil/i) } } });
    expect(events.filter((e) => e.type === 'item')).toHaveLength(8);
    const value = done(events);
    expect(value.cached).toBe(false);
    expect(value.digest.engine.id).toBe('openai');
    expect(value.digest.timings.extractMs).toBe(4);
    expect(value.digest.bullets).toHaveLength(4);
    // Both digests are in the cache, each found by its engine.
    const cache = d.cache();
    expect(cache.map((e) => e.engine ?? 'embedded')).toEqual([engineCacheKey(config), 'embedded']);
    expect(JSON.stringify(cache)).not.toContain('apiKey');
    // Asked again: from the cache, no request.
    const again = await run(d);
    expect(done(again).cached).toBe(true);
    expect(done(again).digest).toEqual(value.digest);
    expect(server.chats()).toHaveLength(1);
    // The embedded digest is still served for the embedded engine.
    const embedded = await digestTab(TAB, {}, d);
    expect(embedded.ok && embedded.value.digest.engine.id).toBe('embedded');
    expect(embedded.ok && embedded.value.cached).toBe(true);
  });

  it('the key is never cached, nor put in a note', async () => {
    server.requireKey = 'sk-good-000000000';
    const d = deps({ baseUrl: server.baseUrl, model: 'm', apiKey: 'sk-wrong-123456789' });
    const value = done(await run(d));
    expect(value.digest.note).toMatchObject({ fallbackFrom: 'openai', reason: 'endpoint-unauthorized' });
    expect(JSON.stringify(value)).not.toContain('sk-wrong');
    expect(JSON.stringify(d.cache())).not.toContain('sk-wrong');
    server.requireKey = undefined;
  });

  it('every endpoint failure falls back to the embedded digest, with a note saying why', async () => {
    const cases: Array<[Parameters<ChatServer['script']>[0], string]> = [
      [{ kind: 'error', status: 404, message: 'model "nope" not found, try pulling it first' }, 'endpoint-model-not-found'],
      [{ kind: 'error', status: 429 }, 'endpoint-rate-limited'],
      [{ kind: 'error', status: 503 }, 'endpoint-failed'],
      [{ kind: 'content', content: 'I cannot help with that.' }, 'endpoint-malformed'],
    ];
    for (const [reply, kind] of cases) {
      server.script(reply);
      const value = done(await run(deps({ baseUrl: server.baseUrl, model: 'nope' })));
      expect(value.digest.engine.id, kind).toBe('embedded');
      expect(value.digest.note, kind).toMatchObject({ fallbackFrom: 'openai', reason: kind });
      expect(value.digest.bullets.length).toBeGreaterThan(0);
    }
  });

  it('no endpoint saved; an endpoint not allowed (and no CORS): said so', async () => {
    expect(done(await run(deps(null))).digest.note?.reason).toBe('endpoint-not-configured');
    const d = deps({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' }, { hasPermission: vi.fn(async () => false) });
    expect(done(await run(d)).digest.note?.reason).toBe('endpoint-not-allowed');
    const allowed = deps({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' });
    expect(done(await run(allowed)).digest.note?.reason).toBe('endpoint-unreachable');
  });

  it('cancel mid-stream: the embedded digest, noted as cancelled', async () => {
    server.script({ kind: 'sse', body: recordedStream('reuters-oil.llama3.2.sse'), chunkBytes: 200, delayMs: 5 });
    const ctl = new AbortController();
    const events: StreamEvent[] = [];
    await streamTabDigest(
      TAB,
      {},
      (e) => {
        events.push(e);
        if (e.type === 'item') ctl.abort();
      },
      ctl.signal,
      deps({ baseUrl: server.baseUrl, model: 'm' }),
    );
    expect(events.filter((e) => e.type === 'item')).toHaveLength(1);
    expect(done(events).digest.note?.reason).toBe('cancelled');
  });

  it('a page that cannot be read is an error event, as for the embedded engine', async () => {
    const events = await run(
      deps({ baseUrl: server.baseUrl, model: 'm' }, { extract: vi.fn(async () => ({ ok: false as const, error: { kind: 'no-article' as const } })) }),
    );
    expect(events).toEqual([{ type: 'error', error: { kind: 'no-article' } }]);
    expect(server.chats()).toHaveLength(0);
  });
});

describe('cache per engine', () => {
  const entry = (url: string, engine?: string) => ({ url, hash: 'h', optionsKey: optionsKey(), at: 0, value: {} as never, ...(engine ? { engine } : {}) });
  it('an engine replaces its own entry for a url, not the others', () => {
    let c = insert([], entry('a'));
    c = insert(c, entry('a', 'openai:m@x'));
    c = insert(c, entry('a', 'openai:m@x'));
    expect(c.map((e) => e.engine ?? 'embedded')).toEqual(['openai:m@x', 'embedded']);
    expect(lookup(c, 'a', 'h', optionsKey())?.engine).toBeUndefined();
    expect(lookup(c, 'a', 'h', optionsKey(), 'openai:m@x')?.engine).toBe('openai:m@x');
    expect(lookup(c, 'a', 'h', optionsKey(), 'openai:other@x')).toBeUndefined();
  });
});
