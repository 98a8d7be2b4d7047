/**
 * Every way the extension's parts talk to each other, in one place (ARCHITECTURE.md draws them):
 *
 * 1. Messages (request/response, `runtime.sendMessage` through @webext-core/messaging): the
 *    popup, side panel, options and library pages ask the background (`ProtocolMap`).
 * 2. Ports (`runtime.connect`): a streamed digest from the OpenAI-compatible engine, line by
 *    line, and the reader's questions to it, answer by answer (`StreamEvent`, `AskEvent`). The
 *    page sends `start` (and `cancel`, or just closes: the popup closing disconnects the port,
 *    which cancels too); the background sends `start` (the article, before any line), `item` for
 *    each checked line, then `done` with the whole digest (or the embedded one, with its note,
 *    when the engine failed) or `error` when the page itself could not be read.
 * 3. The offscreen document (Chrome): the background sends it a linked page's HTML to parse
 *    (`OffscreenExtractRequest`, lib/background/offscreen-client.ts).
 *
 * The background answers each message and port through lib/background/router.ts, which checks
 * the sender and the data (lib/background/validate.ts) before any handler runs. The injected
 * extraction script is no message: its return value is `scripting.executeScript`'s result
 * (`ExtractedPage`, lib/page-extraction.ts).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { AskAnswer, AskedQuestion, DigestOptions, TabDigest } from './types';
import { failure, type Failure, type Result } from './errors';
import type { HighlightResult } from './highlight/apply';
import type { EndpointConfig } from './engine/openai/config';
import type { ConnectionReport } from './engine/openai/client';
import type { DigestItem } from './engine/types';

// ---------------------------------------------------------------------------------------------
// 1. Messages.

/** The request/response messages from the extension's pages to the background: one handler each (lib/background/router.ts). */
export interface ProtocolMap {
  /** Reads the tab's page (needs the activeTab grant of a user gesture) and digests it. */
  digestTab(data: { tabId: number; options?: DigestOptions }): Result<TabDigest>;
  /**
   * Shows the source sentences of a bullet or an answer in the tab's page (highlighted and
   * scrolled to); `sentences: null` clears the highlight.
   */
  highlight(data: { tabId: number; sentences: string[] | null }): Result<HighlightResult>;
  /**
   * The tab's last digest from the cache, without reading the page (no grant needed): what the
   * side panel shows when the reader switches tabs. null when there is none.
   */
  cachedDigest(data: { tabId: number }): Result<TabDigest | null>;
  /**
   * Reads a linked page (fetched by the background, with the site permission the reader gave
   * when choosing "Summarise the linked page") and digests it; shown in the tab's side panel.
   */
  digestLink(data: { tabId: number; url: string; options?: DigestOptions }): Result<TabDigest>;
  /**
   * "Test connection" in the engine settings: GET {baseUrl}/models on the endpoint as typed in
   * the form (lib/engine/openai/client.ts), from the background like every request to it.
   */
  testEndpoint(data: EndpointConfig): Result<ConnectionReport>;
}

export type MessageType = keyof ProtocolMap;
export type MessageData<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type MessageResult<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/**
 * `sendMessage` for the pages; `onMessage` for lib/background/router.ts only (a handler
 * registered anywhere else would skip the checks).
 */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

// ---------------------------------------------------------------------------------------------
// 2. Ports: streamed digests and answers.

export const DIGEST_STREAM_PORT = 'en-bref:digest-stream';

export type StreamRequest =
  | { type: 'start'; tabId: number; options?: DigestOptions }
  | { type: 'cancel' }
  /** The page is still there: keeps the background awake while the endpoint thinks. */
  | { type: 'ping' };

export type StreamEvent =
  /** The article and the digest's heading, before any line. */
  | { type: 'start'; value: Omit<TabDigest, 'digest' | 'cached'> & { heading: string; language: string } }
  | { type: 'item'; item: DigestItem }
  | { type: 'done'; value: TabDigest }
  | { type: 'error'; error: Failure };

/** How often the page pings: under the service worker's 30-second idle limit. */
const PING_MS = 15_000;

export type Final = { type: 'done' } | { type: 'error'; error: Failure };

/**
 * Page side of a stream port: sends the start request, gives `on` each event, pings while
 * open, closes after `done` or `error`. Returns cancel and close.
 */
function openStream<Ev extends { type: string }>(
  name: string,
  start: object,
  on: (event: Ev | Extract<Final, { type: 'error' }>) => void,
): { cancel(): void; close(): void } {
  const port = browser.runtime.connect({ name });
  let open = true;
  const ping = setInterval(() => open && port.postMessage({ type: 'ping' }), PING_MS);
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    port.disconnect();
  };
  port.onMessage.addListener((message: unknown) => {
    const event = message as Ev;
    on(event);
    if (event.type === 'done' || event.type === 'error') close();
  });
  port.onDisconnect.addListener(() => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    on({ type: 'error', error: failure('unexpected', 'the background closed the stream') });
  });
  port.postMessage({ type: 'start', ...start });
  return { cancel: () => open && port.postMessage({ type: 'cancel' }), close };
}

/**
 * Starts a streamed digest of the tab; `on` gets each event. Returns cancel (also what to call
 * when the page stops caring: it closes the port).
 */
export function streamDigest(request: { tabId: number; options?: DigestOptions }, on: (event: StreamEvent) => void): { cancel(): void; close(): void } {
  return openStream<StreamEvent>(DIGEST_STREAM_PORT, request, on);
}

export interface StreamContext<Ev = StreamEvent> {
  post(event: Ev): void;
  /** Aborted on `cancel` or when the page goes away. */
  signal: AbortSignal;
}

export type Accept<Req> = (message: unknown, sender: unknown) => { ok: true; value: Req } | { ok: false; error: Failure };

/**
 * Background side of a stream port: `handle` runs once per port, on its first message (checked
 * by `accept`: who sent it and its shape, lib/background/validate.ts). Events posted after the
 * page left are dropped.
 */
export function serveStream<Req, Ev>(
  name: string,
  accept: Accept<Req>,
  handle: (request: Req, ctx: StreamContext<Ev | Extract<Final, { type: 'error' }>>) => Promise<void>,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== name) return;
    const ctl = new AbortController();
    let connected = true;
    let started = false;
    const post = (event: Ev | Extract<Final, { type: 'error' }>) => {
      if (connected) port.postMessage(event);
    };
    port.onDisconnect.addListener(() => {
      connected = false;
      ctl.abort();
    });
    port.onMessage.addListener((message: unknown) => {
      const type = (message as { type?: unknown })?.type;
      if (type === 'cancel') return ctl.abort();
      if (type === 'ping' || started) return;
      started = true;
      const valid = accept(message, port.sender);
      // The page closes the port once it has 'done' or 'error': closing it here could lose them.
      if (!valid.ok) return post({ type: 'error', error: valid.error });
      void handle(valid.value, { post, signal: ctl.signal }).catch((e) =>
        post({ type: 'error', error: failure('unexpected', String((e as Error)?.message ?? e)) }),
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Asking the article with the OpenAI-compatible engine: the same kind of port, answers as they come.

export const ASK_STREAM_PORT = 'en-bref:ask-stream';

/**
 * What the endpoint needs of the article: how to name it, and the sentences to show the model
 * (index in the article, text, paragraph): all of them, or those nearest the question when
 * they would not fit its context.
 */
export interface AskStart {
  type: 'start';
  question: string;
  article: { title: string; lang: string; siteName?: string };
  sentences: Array<{ index: number; text: string; block: number }>;
}

export type AskEvent =
  /** One answer, checked against the sentences it cites, as soon as the model has written it. */
  | { type: 'answer'; answer: AskAnswer }
  /** The endpoint's whole result. */
  | { type: 'done'; value: AskedQuestion }
  /** The endpoint could not answer (the page answers with the embedded engine, saying why). */
  | { type: 'error'; error: Failure };

/** Page side: asks the background to put the question to the endpoint. */
export function streamAsk(request: Omit<AskStart, 'type'>, on: (event: AskEvent) => void): { cancel(): void; close(): void } {
  return openStream<AskEvent>(ASK_STREAM_PORT, request, on);
}

// ---------------------------------------------------------------------------------------------
// 3. The offscreen document (Chrome).

/** The message the background sends the offscreen document. */
export interface OffscreenExtractRequest {
  target: 'en-bref-offscreen';
  type: 'extract';
  content: string;
  url: string;
  kind: 'html' | 'text';
}

export function isOffscreenExtractRequest(x: unknown): x is OffscreenExtractRequest {
  const m = x as OffscreenExtractRequest;
  return (
    !!m &&
    typeof m === 'object' &&
    m.target === 'en-bref-offscreen' &&
    m.type === 'extract' &&
    typeof m.content === 'string' &&
    typeof m.url === 'string' &&
    (m.kind === 'html' || m.kind === 'text')
  );
}
