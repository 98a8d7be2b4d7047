/**
 * The extension's only network code (tests/unit/no-inner-html.test.ts allows this module and
 * no other): requests to the OpenAI-compatible endpoint the reader configured, nowhere else.
 * The API key goes in the Authorization header of those requests and nowhere else: it is
 * never logged, and a server that echoes it back in an error has it masked before the error
 * becomes a Failure's detail.
 */
import { failure, type Failure, type Result } from '../../errors';
import type { ChatMessage } from '../model/prompt';
import type { EndpointConfig } from './config';
import { normaliseBaseUrl } from './config';
import { chatDelta, SseDecoder } from './sse';

export type Fetch = typeof fetch;

export interface Timeouts {
  firstByteMs: number;
  totalMs: number;
}

export interface ChatRequest {
  config: EndpointConfig;
  messages: ChatMessage[];
  /** JSON schema the answer must follow (`response_format: json_schema`). */
  schema?: object;
  stream: boolean;
  maxTokens?: number;
  signal?: AbortSignal;
  timeouts: Timeouts;
  fetch?: Fetch;
  /** Each piece of the answer's text as it arrives. */
  onText?: (text: string) => void;
}

export interface ChatAnswer {
  text: string;
  model?: string;
  finishReason?: string;
}

/** Removes the key (and anything shaped like a bearer token) from text a server sent back. */
export function redact(text: string, apiKey?: string): string {
  let out = text;
  if (apiKey) out = out.split(apiKey).join('***');
  return out.replace(/\b(sk|pk|rk)-[A-Za-z0-9_-]{8,}/g, '$1-***').replace(/Bearer\s+\S+/gi, 'Bearer ***');
}

/** The server's own error message, if it sent one, short and without the key. */
function serverMessage(body: string, apiKey?: string): string {
  let msg = body;
  try {
    const j = JSON.parse(body) as { error?: { message?: string } | string; message?: string; detail?: string };
    msg = (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message ?? j.detail ?? body;
  } catch {
    // Not JSON: the body as it is.
  }
  return redact(String(msg).replace(/\s+/g, ' ').trim(), apiKey).slice(0, 300);
}

/** An HTTP status from the endpoint as the failure the reader sees. */
export function httpFailure(status: number, body: string, config: EndpointConfig): Failure {
  const detail = `HTTP ${status}${body ? `: ${serverMessage(body, config.apiKey)}` : ''}`;
  if (status === 401 || status === 403) return failure('endpoint-unauthorized', detail);
  if (status === 404) {
    // A 404 naming the model is the model; any other means nothing answers at that path.
    return /model/i.test(body)
      ? failure('endpoint-model-not-found', `${detail} (model "${config.model}")`)
      : failure('endpoint-unreachable', `${detail} (is the base URL right? it usually ends in /v1)`);
  }
  if (status === 429) return failure('endpoint-rate-limited', detail);
  return failure('endpoint-failed', detail);
}

/** A 400 that blames the response format: the server does not do JSON schemas. */
const refusesSchema = (status: number, body: string) => status === 400 && /response_format|json_schema|schema|grammar/i.test(body);

function headers(config: EndpointConfig): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream, application/json' };
  if (config.apiKey) h.authorization = `Bearer ${config.apiKey}`;
  return h;
}

/**
 * One AbortController for the caller's signal and both deadlines; `why()` says which fired,
 * so an abort becomes 'cancelled' or 'endpoint-timeout'.
 */
function deadline(signal: AbortSignal | undefined, t: Timeouts) {
  const ctl = new AbortController();
  let reason: 'cancelled' | 'endpoint-timeout' | undefined;
  const stop = (why: 'cancelled' | 'endpoint-timeout') => {
    reason ??= why;
    ctl.abort();
  };
  const onAbort = () => stop('cancelled');
  if (signal?.aborted) stop('cancelled');
  signal?.addEventListener('abort', onAbort, { once: true });
  const total = setTimeout(() => stop('endpoint-timeout'), t.totalMs);
  let first: ReturnType<typeof setTimeout> | undefined = setTimeout(() => stop('endpoint-timeout'), t.firstByteMs);
  return {
    signal: ctl.signal,
    why: () => reason,
    gotFirstByte: () => {
      if (first !== undefined) clearTimeout(first);
      first = undefined;
    },
    dispose: () => {
      clearTimeout(total);
      if (first !== undefined) clearTimeout(first);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

/** What went wrong when fetch or a read threw. */
function thrownFailure(e: unknown, why: 'cancelled' | 'endpoint-timeout' | undefined, config: EndpointConfig): Failure {
  if (why === 'cancelled') return failure('cancelled');
  if (why === 'endpoint-timeout') return failure('endpoint-timeout');
  return failure('endpoint-unreachable', redact(String((e as Error)?.message ?? e), config.apiKey).slice(0, 300));
}

/**
 * POST {baseUrl}/chat/completions. Streams (server-sent events) when asked, calling onText
 * with each piece; asks for the JSON schema and, when the server refuses response formats
 * with a 400, asks once more without (the prompt still demands JSON).
 */
export async function chatCompletion(req: ChatRequest): Promise<Result<ChatAnswer>> {
  const base = normaliseBaseUrl(req.config.baseUrl);
  if (!base) return { ok: false, error: failure('endpoint-not-configured', 'invalid base URL') };
  const doFetch = req.fetch ?? fetch;
  const d = deadline(req.signal, req.timeouts);
  try {
    let schema = req.schema;
    for (;;) {
      const body: Record<string, unknown> = { model: req.config.model, messages: req.messages, stream: req.stream, temperature: 0.2 };
      if (req.maxTokens) body.max_tokens = req.maxTokens;
      if (schema) body.response_format = { type: 'json_schema', json_schema: { name: 'en_bref_digest', strict: true, schema } };
      let res: Response;
      try {
        res = await doFetch(`${base}/chat/completions`, {
          method: 'POST',
          headers: headers(req.config),
          body: JSON.stringify(body),
          signal: d.signal,
          credentials: 'omit',
          redirect: 'error',
        });
      } catch (e) {
        return { ok: false, error: thrownFailure(e, d.why(), req.config) };
      }
      if (!res.ok) {
        const text = await res.text().catch(() => '');
        if (schema && refusesSchema(res.status, text)) {
          schema = undefined;
          continue;
        }
        d.gotFirstByte();
        return { ok: false, error: httpFailure(res.status, text, req.config) };
      }
      return await readAnswer(res, req, d);
    }
  } finally {
    d.dispose();
  }
}

async function readAnswer(res: Response, req: ChatRequest, d: ReturnType<typeof deadline>): Promise<Result<ChatAnswer>> {
  const type = res.headers.get('content-type') ?? '';
  const reader = res.body?.getReader();
  if (!reader) return { ok: false, error: failure('endpoint-malformed', 'empty response') };
  const answer: ChatAnswer = { text: '' };
  // Some servers answer a streaming request with one JSON body: read it as such.
  const sse = req.stream && !/application\/json/i.test(type) ? new SseDecoder() : undefined;
  const whole: Uint8Array[] = [];
  let finished = false;
  const take = (data: string): Failure | undefined => {
    if (data.trim() === '[DONE]') {
      finished = true;
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return failure('endpoint-malformed', 'a streamed chunk was not JSON');
    }
    const delta = chatDelta(json);
    if (delta.error) return failure('endpoint-failed', redact(delta.error, req.config.apiKey).slice(0, 300));
    if (delta.model) answer.model = delta.model;
    if (delta.finishReason) answer.finishReason = delta.finishReason;
    if (delta.text) {
      answer.text += delta.text;
      req.onText?.(delta.text);
    }
    return undefined;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      d.gotFirstByte();
      if (!sse) {
        whole.push(value);
        continue;
      }
      for (const ev of sse.pushBytes(value)) {
        const problem = take(ev.data);
        if (problem) {
          await reader.cancel().catch(() => undefined);
          return { ok: false, error: problem };
        }
        if (finished) break;
      }
      if (finished) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
    if (sse && !finished) {
      for (const ev of sse.end()) {
        const problem = take(ev.data);
        if (problem) return { ok: false, error: problem };
      }
    }
  } catch (e) {
    return { ok: false, error: thrownFailure(e, d.why(), req.config) };
  }
  if (!sse) {
    const text = new TextDecoder().decode(concat(whole));
    const problem = take(text);
    if (problem) return { ok: false, error: problem };
  }
  return { ok: true, value: answer };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface ConnectionReport {
  /** Models the endpoint lists (GET /models), when it lists them. */
  models: string[];
  /** Whether the configured model is among them (undefined: the server lists none). */
  modelListed?: boolean;
}

/**
 * "Test connection": GET {baseUrl}/models with the key. Checks the address, the key and the
 * model's name without spending a completion.
 */
export async function testConnection(
  config: EndpointConfig,
  opts: { fetch?: Fetch; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Result<ConnectionReport>> {
  const base = normaliseBaseUrl(config.baseUrl);
  if (!base) return { ok: false, error: failure('endpoint-not-configured', 'invalid base URL') };
  const timeout = opts.timeoutMs ?? 10_000;
  const d = deadline(opts.signal, { firstByteMs: timeout, totalMs: timeout });
  try {
    const res = await (opts.fetch ?? fetch)(`${base}/models`, { headers: headers(config), signal: d.signal, credentials: 'omit', redirect: 'error' });
    const text = await res.text();
    if (!res.ok) return { ok: false, error: httpFailure(res.status, text, config) };
    let models: string[] = [];
    try {
      const j = JSON.parse(text) as { data?: Array<{ id?: unknown }>; models?: Array<{ name?: unknown; model?: unknown }> };
      models = (j.data ?? []).map((m) => m.id).filter((x): x is string => typeof x === 'string');
      if (!models.length && j.models) models = j.models.map((m) => m.name ?? m.model).filter((x): x is string => typeof x === 'string');
    } catch {
      return { ok: false, error: failure('endpoint-malformed', 'GET /models did not answer JSON') };
    }
    const report: ConnectionReport = { models };
    if (models.length) report.modelListed = models.some((m) => m === config.model || m === `${config.model}:latest` || m.split('/').pop() === config.model);
    return { ok: true, value: report };
  } catch (e) {
    return { ok: false, error: thrownFailure(e, d.why(), config) };
  } finally {
    d.dispose();
  }
}
