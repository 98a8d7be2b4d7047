/**
 * The one streaming contract between the extension's pages and its background, next to the
 * request/response one of lib/messages.ts: a digest from the OpenAI-compatible engine arrives
 * line by line over a `runtime.connect` port. The page sends `start` (and `cancel`, or just
 * closes: the popup closing disconnects the port, which cancels too); the background sends
 * `start` (the article, before any line), `item` for each checked line, then `done` with the
 * whole digest (or the embedded one, with its note, when the engine failed) or `error` when
 * the page itself could not be read.
 */
import { browser } from 'wxt/browser';
import type { DigestOptions } from './types';
import { failure, type Failure } from './errors';
import type { TabDigest } from './messages';
import type { DigestItem } from './engine/types';

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

/**
 * Page side: starts a streamed digest of the tab; `on` gets each event. Returns cancel (also
 * what to call when the page stops caring: it closes the port).
 */
export function streamDigest(request: { tabId: number; options?: DigestOptions }, on: (event: StreamEvent) => void): { cancel(): void; close(): void } {
  const port = browser.runtime.connect({ name: DIGEST_STREAM_PORT });
  let open = true;
  const ping = setInterval(() => open && port.postMessage({ type: 'ping' } satisfies StreamRequest), PING_MS);
  const close = () => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    port.disconnect();
  };
  port.onMessage.addListener((message: unknown) => {
    const event = message as StreamEvent;
    on(event);
    if (event.type === 'done' || event.type === 'error') close();
  });
  port.onDisconnect.addListener(() => {
    if (!open) return;
    open = false;
    clearInterval(ping);
    on({ type: 'error', error: failure('unexpected', 'the background closed the stream') });
  });
  port.postMessage({ type: 'start', ...request } satisfies StreamRequest);
  return { cancel: () => open && port.postMessage({ type: 'cancel' } satisfies StreamRequest), close };
}

export interface StreamContext {
  post(event: StreamEvent): void;
  /** Aborted on `cancel` or when the page goes away. */
  signal: AbortSignal;
}

/**
 * Background side: `handle` runs once per port, on its first message (checked by `accept`:
 * who sent it and its shape, lib/background/validate.ts). Events posted after the page left
 * are dropped.
 */
export function onDigestStream(
  accept: (message: unknown, sender: unknown) => { ok: true; value: Extract<StreamRequest, { type: 'start' }> } | { ok: false; error: Failure },
  handle: (request: Extract<StreamRequest, { type: 'start' }>, ctx: StreamContext) => Promise<void>,
): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DIGEST_STREAM_PORT) return;
    const ctl = new AbortController();
    let connected = true;
    let started = false;
    const post = (event: StreamEvent) => {
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
      void handle(valid.value, { post, signal: ctl.signal }).catch((e) => post({ type: 'error', error: failure('unexpected', String((e as Error)?.message ?? e)) }));
    });
  });
}
