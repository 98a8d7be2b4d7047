/**
 * How the popup and the side panel get a tab's digest, whatever the engine:
 * - embedded: one `digestTab` message, as fast as ever (nothing else on this path);
 * - openai: a stream from the background (lib/protocol.ts), lines shown as they arrive, with
 *   cancel; the embedded digest and a note when the endpoint fails;
 * - chrome-ai: the embedded digest first (its sentences), then Chrome's on-device models in
 *   this document, where their APIs are; loaded on demand, so the other paths never load it.
 */
import type { Bullet, DigestOptions, EngineId, FaqItem, TabDigest } from '../types';
import { failure, type Failure } from '../errors';
import { sendMessage } from '../protocol';
import { streamDigest } from '../protocol';
import type { DigestItem } from '../engine/types';

export type ReadState =
  /** Lines so far (`value.digest` grows); `cancel` stops the engine and shows the embedded digest. */
  | { status: 'streaming'; value: TabDigest; cancel(): void }
  /** `downloadable`: Chrome's model can be downloaded (a click) to make this digest on the device. */
  | { status: 'ready'; value: TabDigest; downloadable?: boolean }
  | { status: 'error'; error: Failure };

/** Version of a digest still being written (the engine's own comes with the whole digest). */
const PENDING_VERSION = 'pending';

/** An empty digest of an engine at work, to be filled line by line. */
function pending(
  base: Omit<TabDigest, 'digest' | 'cached'>,
  heading: string,
  language: string,
  engine: Exclude<EngineId, 'embedded'>,
  contentHash: string,
): TabDigest {
  return {
    ...base,
    cached: false,
    digest: { heading, language, bullets: [], faq: [], engine: { id: engine, version: PENDING_VERSION }, contentHash, timings: { digestMs: 0 } },
  };
}

function withItem(value: TabDigest, item: DigestItem): TabDigest {
  const d = value.digest;
  const bullets: Bullet[] = item.kind === 'bullet' ? [...d.bullets, item.bullet] : d.bullets;
  const faq: FaqItem[] = item.kind === 'faq' ? [...d.faq, item.item] : d.faq;
  return { ...value, digest: { ...d, bullets, faq } };
}

/**
 * Reads the tab with the reader's engine; `update` gets each state. Returns a function that
 * stops it (the page going away, or a new reading).
 */
export function readTab(tabId: number, engine: EngineId, update: (s: ReadState) => void, options?: DigestOptions): () => void {
  let live = true;
  const emit = (s: ReadState) => live && update(s);
  const fail = (e: unknown) => emit({ status: 'error', error: failure('unexpected', String((e as Error)?.message ?? e)) });

  if (engine === 'openai') {
    let value: TabDigest | undefined;
    const stream = streamDigest({ tabId, options }, (event) => {
      if (event.type === 'error') return emit({ status: 'error', error: event.error });
      if (event.type === 'done') return emit({ status: 'ready', value: event.value });
      if (event.type === 'start') {
        const { heading, language, ...base } = event.value;
        value = pending(base, heading, language, 'openai', '');
      } else if (value) value = withItem(value, event.item);
      if (value) emit({ status: 'streaming', value, cancel: stream.cancel });
    });
    return () => {
      live = false;
      stream.close();
    };
  }

  const ctl = new AbortController();
  void sendMessage('digestTab', { tabId, ...(options ? { options } : {}) })
    .then(async (result) => {
      if (!result.ok) return emit({ status: 'error', error: result.error });
      if (engine !== 'chrome-ai') return emit({ status: 'ready', value: result.value });
      const embedded = result.value;
      const { chromeAiTabDigest } = await import('../engine/chrome-ai');
      let value = pending(embedded, embedded.digest.heading, embedded.digest.language, 'chrome-ai', embedded.digest.contentHash);
      const cancel = () => ctl.abort();
      const r = await chromeAiTabDigest(embedded, options ?? {}, {
        signal: ctl.signal,
        onStart: () => emit({ status: 'streaming', value, cancel }),
        onItem: (item) => {
          value = withItem(value, item);
          emit({ status: 'streaming', value, cancel });
        },
      });
      emit({ status: 'ready', value: r.value, downloadable: r.downloadable });
    })
    .catch(fail);
  return () => {
    live = false;
    ctl.abort();
  };
}
