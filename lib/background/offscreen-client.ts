/**
 * Chrome's offscreen document, for what the service worker cannot do itself: parse a linked
 * page's HTML (no DOMParser in a worker). One document at a time (Chrome allows one per
 * extension), created on demand, closed when no extraction is waiting.
 */
import { fail, type Result } from '../errors';
import type { Article } from '../types';
import type { OffscreenExtractRequest } from '../protocol';

interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export interface OffscreenClientDeps {
  offscreen: OffscreenApi;
  /** runtime.getURL('/offscreen.html'). */
  url: string;
  sendMessage(message: OffscreenExtractRequest): Promise<unknown>;
  /** runtime.getContexts, where it exists: finds a document left by a worker that stopped. */
  hasDocument?(): Promise<boolean>;
}

export function offscreenExtractor(deps: OffscreenClientDeps): (content: string, url: string, kind: 'html' | 'text') => Promise<Result<Article>> {
  let creating: Promise<void> | undefined;
  let closing: Promise<void> | undefined;
  let open = false;
  let waiting = 0;
  const ensure = async () => {
    await closing;
    if (open) return;
    creating ??= (async () => {
      const exists = await (deps.hasDocument?.() ?? deps.offscreen.hasDocument?.() ?? Promise.resolve(false)).catch(() => false);
      if (!exists) {
        await deps.offscreen.createDocument({
          url: deps.url,
          reasons: ['DOM_PARSER'],
          justification: 'Parse a linked page the reader asked to summarise, to extract its article.',
        });
      }
      open = true;
    })().finally(() => (creating = undefined));
    await creating;
  };
  return async (content, url, kind) => {
    waiting++;
    try {
      await ensure();
      const r = await deps.sendMessage({ target: 'en-bref-offscreen', type: 'extract', content, url, kind });
      if (!r || typeof r !== 'object' || typeof (r as { ok?: unknown }).ok !== 'boolean') return fail('unexpected', 'no answer from the offscreen document');
      return r as Result<Article>;
    } catch (e) {
      return fail('unexpected', `offscreen: ${String((e as Error)?.message ?? e).slice(0, 200)}`);
    } finally {
      waiting--;
      if (waiting === 0 && open) {
        open = false;
        closing = deps.offscreen
          .closeDocument()
          .catch(() => undefined)
          .finally(() => (closing = undefined));
        await closing;
      }
    }
  };
}
