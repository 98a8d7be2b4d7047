import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { digestCache, settings, digestOptionsFrom } from '../lib/storage';
import { cachedDigest, digestTab } from '../lib/background/digest-service';
import { fail } from '../lib/errors';
import { highlightInTab } from '../lib/background/highlight-service';
import { memoryMirror } from '../lib/background/cache';
import { tabReader } from '../lib/background/tab-reader';
import { serve } from '../lib/background/router';
import { registerEntryPoints } from '../lib/background/entry-points';
import { engineHandlers } from '../lib/background/engines';
import type { HighlightResult } from '../lib/highlight/apply';

// Every message and port of lib/protocol.ts, answered here in one place (lib/background/router.ts):
// only the extension's own pages may ask, with messages of the right shape
// (lib/background/validate.ts); a web page cannot reach these.
export default defineBackground(() => {
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const cache = memoryMirror(digestCache);
  const reader = tabReader(cache);
  // Context menu, side panel shortcut, linked pages (lib/background/context-menus.ts).
  const entryPoints = registerEntryPoints();
  // Optional engines: the OpenAI-compatible endpoint's streamed digests and answers (lib/background/engines.ts).
  const engines = engineHandlers(cache);

  serve(
    self,
    {
      digestTab: async (data) => {
        // Both at once: each is a round trip to the browser, on the way to reading the page.
        const [tab, prefs] = await Promise.all([browser.tabs.get(data.tabId).catch(() => undefined), settings.getValue()]);
        if (!tab?.id) return fail('tab-gone');
        const options = { ...digestOptionsFrom(prefs), ...data.options };
        return digestTab({ id: tab.id, url: tab.url }, options, reader);
      },

      cachedDigest: async (data) => {
        const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
        if (!tab) return fail('tab-gone');
        return cachedDigest(tab, cache.read);
      },

      highlight: (data) =>
        highlightInTab(data.tabId, data.sentences, {
          inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] }).then(() => undefined),
          call: async (tabId, sentences) => {
            const [frame] = await browser.scripting.executeScript({
              target: { tabId },
              func: (s: string[] | null) => globalThis.__enBrefHighlight?.(s),
              args: [sentences],
            });
            return frame?.result as HighlightResult | undefined;
          },
          tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
        }),

      digestLink: entryPoints.digestLink,
      testEndpoint: engines.testEndpoint,
    },
    { digest: engines.digest, ask: engines.ask },
  );
});
