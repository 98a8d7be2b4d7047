/**
 * A chat-completions server for the tests: node:http on 127.0.0.1 (random port), speaking the
 * OpenAI protocol the way OpenAI, Ollama, LM Studio and llama.cpp do: POST
 * /v1/chat/completions with `stream: true` (server-sent events) or false (one JSON body), GET
 * /v1/models. Each request takes the next scripted reply (or the default one): a recorded
 * stream sent in byte pieces, content streamed piece by piece, an error status, malformed
 * output, a slow or silent answer (timeouts, cancel). By default a stand-in model answers from
 * the prompt itself (a digest, or a reader's question). Requests are recorded, key included, so
 * tests can check what the engine sends and to whom.
 *
 * `cors: true` adds the headers a server sends to let a browser page of another origin read
 * its answers (Ollama does for extension origins): the end-to-end test uses it, because
 * headless Chromium cannot show the extension's permission prompt (tests/e2e/engines.test.ts).
 *
 * No vitest import: the e2e tests and scripts may use it too.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (chat requests), else undefined. */
  body?: ChatBody;
  at: number;
  /** The client closed the connection before the answer was complete (cancel, deadline). */
  abandoned?: boolean;
}

export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
  response_format?: { type: string; json_schema?: { schema?: unknown } };
  [k: string]: unknown;
}

export type Reply =
  /** `content` as the model's answer, streamed in pieces of `pieceChars` when the request asks to stream. */
  | { kind: 'content'; content: string; model?: string; pieceChars?: number; delayMs?: number; firstByteDelayMs?: number; finishReason?: string }
  /** A recorded SSE body, sent as it is in pieces of `chunkBytes` bytes (cut anywhere, inside characters too). */
  | { kind: 'sse'; body: string; chunkBytes?: number; delayMs?: number; firstByteDelayMs?: number }
  /** An HTTP error with a JSON error body, as OpenAI sends them. */
  | { kind: 'error'; status: number; message?: string; type?: string; code?: string }
  /** Anything else, verbatim. */
  | { kind: 'raw'; status?: number; contentType?: string; body: string; delayMs?: number }
  /** Headers, then silence until the client gives up. */
  | { kind: 'stall'; afterBytes?: string }
  /** The connection closes without an answer. */
  | { kind: 'drop' };

export type Responder = (req: RecordedRequest) => Reply;

export interface ChatServer {
  origin: string;
  /** `${origin}/v1`: what a reader types as the base URL. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Chat requests only. */
  chats(): RecordedRequest[];
  /** Replies for the next chat requests, in order; then the default responder again. */
  script(...replies: Reply[]): void;
  /** Replaces the default responder (used when no scripted reply is left); none: the stand-in model. */
  setDefault(r?: Responder): void;
  /** Models GET /v1/models lists. */
  models: string[];
  /** Key the server demands (401 otherwise); undefined: none needed. */
  requireKey?: string;
  /** As started: no request recorded, no key demanded, the stand-in model answering. */
  reset(): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let counter = 0;

/** The chunks OpenAI sends for `content`: role first, the text in pieces, finish reason, [DONE]. */
export function sseFor(content: string, { model = 'test-model', pieceChars = 7, finishReason = 'stop' } = {}): string[] {
  const id = `chatcmpl-test${++counter}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_test', choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  const out = [chunk({ role: 'assistant', content: '' })];
  const chars = [...content];
  for (let i = 0; i < chars.length; i += pieceChars) out.push(chunk({ content: chars.slice(i, i + pieceChars).join('') }));
  out.push(chunk({}, finishReason), 'data: [DONE]\n\n');
  return out;
}

/** A whole (non-streaming) chat completion. */
export function completionFor(content: string, { model = 'test-model', finishReason = 'stop' } = {}): string {
  return JSON.stringify({
    id: `chatcmpl-test${++counter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
  });
}

/** The numbered sentences of the article the engine sent ("[n] text" lines). */
export function promptSentences(body: ChatBody | undefined): Array<{ n: number; text: string }> {
  const user = body?.messages.find((m) => m.role === 'user')?.content ?? '';
  return [...user.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => ({ n: Number(m[1]), text: m[2] }));
}

/**
 * A stand-in model that answers any digest request from its own prompt: the first sentences
 * as bullets (their first 25 words), questions about the next ones, each citing the sentence
 * it uses. Deterministic, so tests know what to expect.
 */
export function extractiveAnswer(body: ChatBody | undefined, { bullets = 3, faq = 2 } = {}): string {
  const sentences = promptSentences(body).filter((s) => s.text.split(/\s+/).length >= 6);
  const cut = (s: string) =>
    s
      .split(/\s+/)
      .slice(0, 25)
      .join(' ')
      .replace(/[,;:]$/, '');
  return JSON.stringify({
    bullets: sentences.slice(0, bullets).map((s) => ({ text: cut(s.text), sources: [s.n] })),
    faq: sentences
      .slice(bullets, bullets + faq)
      .map((s, i) => ({ question: `What does the article say in its point ${i + 1}?`, answer: cut(s.text), sources: [s.n] })),
  });
}

/**
 * The stand-in model's answer to a reader's question ("Ask this article…" requests): the
 * sentence sharing most words of four letters or more with the question, cited, when it shares
 * at least two; else that the article does not say.
 */
export function extractiveAsk(body: ChatBody | undefined): string {
  const user = body?.messages.find((m) => m.role === 'user')?.content ?? '';
  const question = /\nQuestion: (.+)$/su.exec(user)?.[1] ?? '';
  const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []);
  const asked = words(question);
  let best: { n: number; text: string } | undefined;
  let shared = 1;
  for (const s of promptSentences(body)) {
    const n = [...words(s.text)].filter((w) => asked.has(w)).length;
    if (n > shared) {
      shared = n;
      best = s;
    }
  }
  return JSON.stringify(best ? { answered: true, answers: [{ text: best.text, sources: [best.n] }] } : { answered: false, answers: [] });
}

/** Whether a chat request is a reader's question rather than a digest (lib/engine/model/ask.ts). */
export const isAskRequest = (body: ChatBody | undefined): boolean =>
  !!body?.messages.some((m) => m.role === 'system' && m.content.startsWith("You answer one reader's question"));

export async function startChatServer({ cors = false }: { cors?: boolean } = {}): Promise<ChatServer> {
  const queue: Reply[] = [];
  const standIn: Responder = (req) => ({ kind: 'content', content: isAskRequest(req.body) ? extractiveAsk(req.body) : extractiveAnswer(req.body) });
  let fallback = standIn;
  const sockets = new Set<import('node:net').Socket>();
  const api: ChatServer = {
    origin: '',
    baseUrl: '',
    requests: [],
    chats: () => api.requests.filter((r) => r.path.endsWith('/chat/completions')),
    script: (...replies) => void queue.push(...replies),
    setDefault: (r) => void (fallback = r ?? standIn),
    models: ['test-model', 'llama3.2'],
    reset: () => {
      api.requests.length = 0;
      api.requireKey = undefined;
      queue.length = 0;
      fallback = standIn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };

  const corsHeaders = (): Record<string, string> =>
    cors
      ? {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'authorization, content-type, accept',
          'access-control-allow-methods': 'GET, POST, OPTIONS',
        }
      : {};

  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: ChatBody | undefined;
    try {
      body = raw ? (JSON.parse(raw) as ChatBody) : undefined;
    } catch {
      body = undefined;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, corsHeaders());
      res.end();
      return;
    }
    const recorded: RecordedRequest = { method: req.method ?? '', path, headers: req.headers, body, at: Date.now() };
    api.requests.push(recorded);
    const json = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', ...corsHeaders() });
      res.end(JSON.stringify(payload));
    };
    if (api.requireKey && req.headers.authorization !== `Bearer ${api.requireKey}`) {
      return json(401, {
        error: {
          message: `Incorrect API key provided: ${String(req.headers.authorization ?? '').replace(/^Bearer /, '')}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      });
    }
    if (req.method === 'GET' && path === '/v1/models') {
      return json(200, { object: 'list', data: api.models.map((id) => ({ id, object: 'model', created: 1700000000, owned_by: 'test' })) });
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions')
      return json(404, { error: { message: `Unknown path ${path}`, type: 'invalid_request_error' } });
    if (!body || !Array.isArray(body.messages)) return json(400, { error: { message: 'Invalid JSON body', type: 'invalid_request_error' } });

    const reply = queue.shift() ?? fallback(recorded);
    let closed = false;
    res.on('close', () => {
      closed = true;
      if (!res.writableFinished) recorded.abandoned = true;
    });
    const send = async (pieces: Array<string | Buffer>, delayMs = 0, firstByteDelayMs = 0) => {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive', ...corsHeaders() });
      res.flushHeaders();
      if (firstByteDelayMs) await sleep(firstByteDelayMs);
      for (const p of pieces) {
        if (closed) return;
        res.write(p);
        if (delayMs) await sleep(delayMs);
      }
      res.end();
    };
    switch (reply.kind) {
      case 'error':
        return json(reply.status, {
          error: {
            message: reply.message ?? http.STATUS_CODES[reply.status] ?? 'error',
            type: reply.type ?? 'invalid_request_error',
            code: reply.code ?? null,
          },
        });
      case 'raw':
        if (reply.delayMs) await sleep(reply.delayMs);
        res.writeHead(reply.status ?? 200, { 'content-type': reply.contentType ?? 'application/json', ...corsHeaders() });
        return res.end(reply.body);
      case 'drop':
        return req.socket.destroy();
      case 'stall':
        res.writeHead(200, { 'content-type': 'text/event-stream', ...corsHeaders() });
        res.flushHeaders();
        if (reply.afterBytes) res.write(reply.afterBytes);
        return; // never ends: the client's deadline or cancel closes it
      case 'sse': {
        const bytes = Buffer.from(reply.body, 'utf8');
        const size = reply.chunkBytes ?? 64;
        const pieces: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
        return send(pieces, reply.delayMs, reply.firstByteDelayMs);
      }
      case 'content': {
        const model = reply.model ?? body.model;
        if (!body.stream) {
          if (reply.firstByteDelayMs) await sleep(reply.firstByteDelayMs);
          res.writeHead(200, { 'content-type': 'application/json', ...corsHeaders() });
          return res.end(completionFor(reply.content, { model, finishReason: reply.finishReason }));
        }
        return send(sseFor(reply.content, { model, pieceChars: reply.pieceChars, finishReason: reply.finishReason }), reply.delayMs, reply.firstByteDelayMs);
      }
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  api.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.baseUrl = `${api.origin}/v1`;
  return api;
}

/**
 * A test file's chat server: started once on 127.0.0.1, reset before each test (no request
 * recorded, no key demanded, the stand-in model), closed after the file.
 */
export function useChatServer(started: (server: ChatServer) => void): void {
  let server: ChatServer | undefined;
  beforeAll(async () => {
    server = await startChatServer();
    started(server);
  });
  afterAll(() => server?.close());
  beforeEach(() => server?.reset());
}
