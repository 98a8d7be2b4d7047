/**
 * The OpenAI-compatible engine over real HTTP, against the test server
 * (testing/chat-server.ts): streaming, every failure the reader can meet, cancel and
 * deadlines, what is sent and to whom.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openaiDigest, openaiEngine } from '../../lib/engine/openai';
import { testConnection } from '../../lib/engine/openai/client';
import { EngineError, type DigestItem } from '../../lib/engine/types';
import type { EndpointConfig } from '../../lib/engine/openai/config';
import { startChatServer, useChatServer, type ChatServer } from '../../testing/chat-server';
import { loadArticle, recordedContent, recordedStream } from '../../testing/engines';
import { failureMessage } from '../../lib/ui/failures';

let server: ChatServer;
let config: EndpointConfig;
const KEY = 'sk-test-4f9a2c7e1b3d5a6c8e0f';

useChatServer((s) => (server = s));
beforeEach(() => {
  config = { baseUrl: server.baseUrl, model: 'gpt-4o-mini', apiKey: KEY };
});

const fr = () => loadArticle('orangesum10010');
const en = () => loadArticle('reutersOil');

describe('a streamed digest', () => {
  it('the recorded gpt-4o-mini stream, cut in 97-byte pieces: lines arrive as they complete, the digest is checked', async () => {
    server.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse'), chunkBytes: 97, delayMs: 1 });
    const items: Array<DigestItem & { at: number }> = [];
    const r = await openaiDigest(fr().input, {}, config, { onItem: (item) => items.push({ ...item, at: Date.now() }) });
    const end = Date.now();
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    expect(d.heading).toBe('EN BREF');
    expect(d.language).toBe('fr');
    expect(d.engine).toEqual({ id: 'openai', version: expect.any(String), model: 'gpt-4o-mini-2024-07-18' });
    expect(d.contentHash).toBe(fr().digest.contentHash);
    expect(d.bullets.map((b) => b.verified)).toEqual([true, true, false, true]);
    expect(d.faq).toHaveLength(3);
    expect(d.dropped).toBe(1);
    // Streamed: the lines came one by one, the first well before the end.
    expect(items.map((i) => i.kind)).toEqual(['bullet', 'bullet', 'bullet', 'bullet', 'faq', 'faq', 'faq']);
    expect(end - items[0].at).toBeGreaterThan(200);
    expect(items.filter((i) => i.kind === 'bullet').map((i) => (i.kind === 'bullet' ? i.bullet : undefined))).toEqual(d.bullets);
  });

  it('sends the model, the numbered sentences, the schema and the key, to the endpoint only', async () => {
    server.script({ kind: 'content', content: recordedContent('reuters-oil.llama3.2.sse') });
    const r = await openaiDigest(en().input, { bullets: 4, faqItems: 4 }, { ...config, model: 'llama3.2' });
    expect(r.ok).toBe(true);
    const [req] = server.chats();
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers.cookie).toBeUndefined();
    expect(req.body!.model).toBe('llama3.2');
    expect(req.body!.stream).toBe(true);
    expect(req.body!.response_format?.type).toBe('json_schema');
    expect(req.body!.messages[1].content).toContain('[9] U.S. crude CLc1 fell 3.38% to $55.12 per barrel');
    // The key travels in the header only.
    expect(JSON.stringify(req.body)).not.toContain(KEY);
    if (r.ok) {
      expect(r.value.heading).toBe('In brief');
      expect(r.value.bullets.map((b) => b.verified)).toEqual([true, true, true, false]);
      expect(JSON.stringify(r.value)).not.toContain(KEY);
    }
  });

  it('no key (a local server): no Authorization header', async () => {
    const r = await openaiDigest(en().input, {}, { baseUrl: server.baseUrl, model: 'llama3.2' });
    expect(r.ok).toBe(true);
    expect(server.chats()[0].headers.authorization).toBeUndefined();
  });

  it('a server that refuses JSON schemas (400) is asked again without one', async () => {
    server.script({ kind: 'error', status: 400, message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model." });
    const r = await openaiDigest(en().input, {}, config);
    expect(r.ok).toBe(true);
    const [first, second] = server.chats();
    expect(first.body!.response_format).toBeDefined();
    expect(second.body!.response_format).toBeUndefined();
  });

  it('a whole JSON answer to a streaming request (some servers) is read too', async () => {
    const { completionFor } = await import('../../testing/chat-server');
    server.script({ kind: 'raw', contentType: 'application/json', body: completionFor(recordedContent('reuters-oil.llama3.2.sse'), { model: 'llama3.2' }) });
    const items: DigestItem[] = [];
    const r = await openaiDigest(en().input, {}, config, { onItem: (i) => items.push(i) });
    expect(r.ok && r.value.bullets).toHaveLength(4);
    expect(items).toHaveLength(8);
  });

  it('a long article is trimmed to the context: fewer sentences sent, citations of unsent ones dropped', async () => {
    const a = en();
    server.setDefault((req) => {
      const sent = new Set([...req.body!.messages[1].content.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1])));
      const unsent = a.sentences.map((s) => s.index + 1).find((n) => !sent.has(n))!;
      return {
        kind: 'content',
        content: JSON.stringify({
          bullets: [
            { text: a.sentences[0].text, sources: [1] },
            { text: a.sentences[unsent - 1].text, sources: [unsent] },
          ],
          faq: [],
        }),
      };
    });
    const r = await openaiDigest(a.input, { bullets: 2, faqItems: 0 }, config, { contextChars: 1_200 });
    expect(r.ok).toBe(true);
    const sent = server.chats()[0].body!.messages[1].content.match(/^\[\d+\]/gm)!;
    expect(sent.length).toBeLessThan(a.sentences.length);
    if (r.ok) {
      expect(r.value.bullets.map((b) => b.sources)).toEqual([[0]]);
      expect(r.value.dropped).toBe(1);
    }
    server.setDefault();
  });
});

describe('failures the reader sees', () => {
  const run = (cfg: Partial<EndpointConfig> = {}, extra: Parameters<typeof openaiDigest>[3] = {}) => openaiDigest(en().input, {}, { ...config, ...cfg }, extra);
  const kindOf = async (p: ReturnType<typeof run>) => {
    const r = await p;
    return r.ok ? 'ok' : r.error.kind;
  };

  it('401: the key is refused, and the key the server echoes back is not in the detail', async () => {
    server.requireKey = 'sk-the-right-one-123456';
    const r = await run();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('endpoint-unauthorized');
    expect(failureMessage(r.error.kind)).toMatch(/401/);
    expect(r.error.detail).toMatch(/Incorrect API key/);
    expect(r.error.detail).not.toContain(KEY);
    expect(JSON.stringify(r)).not.toContain(KEY);
  });

  it('404 naming the model, 404 elsewhere, 429, 500', async () => {
    server.script({ kind: 'error', status: 404, message: 'The model `gpt-5-nano-x` does not exist or you do not have access to it.', code: 'model_not_found' });
    expect(await kindOf(run())).toBe('endpoint-model-not-found');
    expect(await kindOf(run({ baseUrl: server.origin }))).toBe('endpoint-unreachable');
    server.script({ kind: 'error', status: 429, message: 'Rate limit reached for gpt-4o-mini', type: 'requests' });
    expect(await kindOf(run())).toBe('endpoint-rate-limited');
    server.script({ kind: 'error', status: 500, message: 'The server had an error while processing your request.' });
    const r = await run();
    expect(!r.ok && r.error).toMatchObject({ kind: 'endpoint-failed', detail: expect.stringMatching(/HTTP 500: The server had an error/) });
  });

  it('network failures: nothing listening, connection dropped', async () => {
    const closed = await startChatServer();
    const url = closed.baseUrl;
    await closed.close();
    expect(await kindOf(run({ baseUrl: url }))).toBe('endpoint-unreachable');
    server.script({ kind: 'drop' });
    expect(await kindOf(run())).toBe('endpoint-unreachable');
  });

  it('malformed output: prose instead of JSON, a broken chunk, JSON without cited lines, an error event', async () => {
    server.script({ kind: 'content', content: 'Here is a summary of the article: oil fell and stocks rose.' });
    const prose = await run();
    expect(!prose.ok && prose.error).toMatchObject({ kind: 'endpoint-malformed', detail: 'the answer is not the JSON asked for' });
    server.script({ kind: 'raw', contentType: 'text/event-stream', body: 'data: {"choices":[{"delta":{"content":"{\\"bul"}}]}\n\ndata: {not json\n\n' });
    expect(await kindOf(run())).toBe('endpoint-malformed');
    server.script({ kind: 'content', content: '{"bullets":[{"text":"Oil fell.","sources":[]}],"faq":[]}' });
    const uncited = await run();
    expect(!uncited.ok && uncited.error.detail).toMatch(/no bullet citing the article \(1 without sources/);
    server.script({ kind: 'raw', contentType: 'text/event-stream', body: 'data: {"error":{"message":"model overloaded"}}\n\n' });
    const event = await run();
    expect(!event.ok && event.error).toMatchObject({ kind: 'endpoint-failed', detail: 'model overloaded' });
  });

  it('an answer cut off by max tokens says so', async () => {
    server.script({ kind: 'content', content: '{"bullets":[{"text":"Oil prices fell sharply', finishReason: 'length' });
    const r = await run();
    expect(!r.ok && r.error).toMatchObject({ kind: 'endpoint-malformed', detail: expect.stringMatching(/cut off/) });
  });

  it('deadlines: no first byte in time; a stream that takes too long', async () => {
    server.script({ kind: 'stall' });
    let t0 = Date.now();
    expect(await kindOf(run({}, { timeouts: { firstByteMs: 300, totalMs: 5_000 } }))).toBe('endpoint-timeout');
    expect(Date.now() - t0).toBeLessThan(2_000);
    await expect.poll(() => server.chats()[0].abandoned, { timeout: 2_000 }).toBe(true);
    server.script({ kind: 'content', content: recordedContent('reuters-oil.llama3.2.sse'), pieceChars: 5, delayMs: 20 });
    t0 = Date.now();
    expect(await kindOf(run({}, { timeouts: { firstByteMs: 1_000, totalMs: 600 } }))).toBe('endpoint-timeout');
    expect(Date.now() - t0).toBeLessThan(2_000);
  });

  it('cancel: the request stops, the server sees the connection close, the lines so far were shown', async () => {
    server.script({ kind: 'sse', body: recordedStream('reuters-oil.llama3.2.sse'), chunkBytes: 300, delayMs: 5 });
    const ctl = new AbortController();
    const items: DigestItem[] = [];
    const r = await openaiDigest(en().input, {}, config, {
      signal: ctl.signal,
      onItem: (i) => {
        items.push(i);
        if (items.length === 2) ctl.abort();
      },
    });
    expect(!r.ok && r.error.kind).toBe('cancelled');
    expect(items).toHaveLength(2);
    await expect.poll(() => server.chats()[0].abandoned, { timeout: 2_000 }).toBe(true);
  });

  it('no endpoint configured', async () => {
    expect(await kindOf(run({ baseUrl: 'ftp://x' }))).toBe('endpoint-not-configured');
    expect(await kindOf(run({ model: ' ' }))).toBe('endpoint-not-configured');
  });

  it('through the Engine interface, a failure is an EngineError carrying it', async () => {
    server.script({ kind: 'error', status: 429 });
    const engine = openaiEngine(config);
    const a = en();
    await expect(engine.digest(a.article, a.sentences, {})).rejects.toSatisfy((e) => e instanceof EngineError && e.failure.kind === 'endpoint-rate-limited');
  });
});

describe('testConnection', () => {
  it('lists the models and says whether the configured one is there', async () => {
    const r = await testConnection({ ...config, model: 'llama3.2' });
    expect(r).toEqual({ ok: true, value: { models: ['test-model', 'llama3.2'], modelListed: true } });
    const missing = await testConnection({ ...config, model: 'mistral' });
    expect(missing.ok && missing.value.modelListed).toBe(false);
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('a refused key, and an address where nothing answers', async () => {
    server.requireKey = 'another';
    const r = await testConnection(config);
    expect(!r.ok && r.error.kind).toBe('endpoint-unauthorized');
    expect(JSON.stringify(r)).not.toContain(KEY);
    const none = await testConnection({ ...config, baseUrl: 'http://127.0.0.1:9/v1' }, { timeoutMs: 2_000 });
    expect(!none.ok && none.error.kind).toBe('endpoint-unreachable');
  });
});
