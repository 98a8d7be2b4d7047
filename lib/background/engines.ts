/**
 * The background's part of the optional engines: the OpenAI-compatible endpoint's streamed
 * digests (lib/stream.ts, lib/background/stream-service.ts), its answers to the reader's
 * questions (lib/background/ask-service.ts) and its "Test connection". The
 * endpoint is reached from here only, with the optional host permission of its origin. Chrome's
 * on-device AI runs in the popup and the side panel, where its APIs are (lib/ui/digest-client.ts).
 */
import { browser } from 'wxt/browser';
import { failure } from '../errors';
import { onMessage } from '../messages';
import { onAskStream, onDigestStream } from '../stream';
import { digestOptionsFrom, endpoint, settings } from '../storage';
import { testConnection } from '../engine/openai/client';
import type { CacheStore } from './cache';
import { tabReader } from './tab-reader';
import { streamTabDigest } from './stream-service';
import { streamAskAnswer } from './ask-service';
import { validateAskStart, validateMessage, validateStreamStart, type ExtensionIdentity } from './validate';

export function registerEngines(self: ExtensionIdentity, cache: CacheStore): void {
  onMessage('testEndpoint', async ({ data: raw, sender }) => {
    const valid = validateMessage('testEndpoint', raw, sender, self);
    if (!valid.ok) return valid;
    return testConnection(valid.value);
  });

  onDigestStream(
    (message, sender) => validateStreamStart(message, sender as Parameters<typeof validateStreamStart>[1], self),
    async (request, { post, signal }) => {
      const [tab, prefs] = await Promise.all([browser.tabs.get(request.tabId).catch(() => undefined), settings.getValue()]);
      if (!tab?.id) return post({ type: 'error', error: failure('tab-gone') });
      const options = { ...digestOptionsFrom(prefs), ...request.options };
      await streamTabDigest({ id: tab.id, url: tab.url }, options, post, signal, {
        ...tabReader(cache),
        endpoint: () => endpoint.getValue(),
        hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      });
    },
  );

  // The reader's questions to the endpoint ("Ask this article…").
  onAskStream(
    (message, sender) => validateAskStart(message, sender as Parameters<typeof validateAskStart>[1], self),
    (request, { post, signal }) =>
      streamAskAnswer(request, post, signal, {
        endpoint: () => endpoint.getValue(),
        hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
      }),
  );
}
