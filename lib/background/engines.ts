/**
 * The background's part of the optional engines: the OpenAI-compatible endpoint's streamed
 * digests (lib/protocol.ts, lib/background/stream-service.ts), its answers to the reader's
 * questions (lib/background/ask-service.ts) and its "Test connection". The
 * endpoint is reached from here only, with the optional host permission of its origin. Chrome's
 * on-device AI runs in the popup and the side panel, where its APIs are (lib/ui/digest-client.ts).
 */
import { browser } from 'wxt/browser';
import { failure } from '../errors';
import { digestOptionsFrom, endpoint, settings } from '../storage';
import { testConnection } from '../engine/openai/client';
import type { CacheStore } from './cache';
import { tabReader } from './tab-reader';
import { streamTabDigest } from './stream-service';
import { streamAskAnswer } from './ask-service';
import type { MessageHandlers, StreamHandlers } from './router';

/** The handlers of the endpoint's message and ports, for lib/background/router.ts. */
export function engineHandlers(cache: CacheStore): Pick<MessageHandlers, 'testEndpoint'> & StreamHandlers {
  return {
    testEndpoint: (config) => testConnection(config),

    digest: async (request, { post, signal }) => {
      const [tab, prefs] = await Promise.all([browser.tabs.get(request.tabId).catch(() => undefined), settings.getValue()]);
      if (!tab?.id) return post({ type: 'error', error: failure('tab-gone') });
      const options = { ...digestOptionsFrom(prefs), ...request.options };
      await streamTabDigest({ id: tab.id, url: tab.url }, options, post, signal, {
        ...tabReader(cache),
        endpoint: () => endpoint.getValue(),
        hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      });
    },

    // The reader's questions to the endpoint ("Ask this article…").
    ask: (request, { post, signal }) =>
      streamAskAnswer(request, post, signal, {
        endpoint: () => endpoint.getValue(),
        hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      }),
  };
}
