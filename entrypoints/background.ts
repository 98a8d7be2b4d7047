import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../lib/messages';
import { digestCache, settings, digestOptionsFrom } from '../lib/storage';
import { cachedDigest, digestTab } from '../lib/background/digest-service';
import { fail } from '../lib/errors';
import { highlightInTab } from '../lib/background/highlight-service';
import { memoryMirror } from '../lib/background/cache';
import { tabReader } from '../lib/background/tab-reader';
import { validateMessage } from '../lib/background/validate';
import { registerEntryPoints } from '../lib/background/entry-points';
import { registerEngines } from '../lib/background/engines';
import type { HighlightResult } from '../lib/highlight/apply';

export default defineBackground(() => {
  // Only the extension's own pages may ask, with messages of the right shape
  // (lib/background/validate.ts); a web page cannot reach these.
  const self = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  // Context menu, side panel shortcut, linked pages (lib/background/context-menus.ts).
  registerEntryPoints(self);
  const cache = memoryMirror(digestCache);
  const reader = tabReader(cache);
  // Optional engines: the OpenAI-compatible endpoint's streamed digests (lib/background/engines.ts).
  registerEngines(self, cache);

  onMessage('highlight', async ({ data: raw, sender }) => {
    const valid = validateMessage('highlight', raw, sender, self);
    if (!valid.ok) return valid;
    const data = valid.value;
    return highlightInTab(data.tabId, data.sentences, {
      inject: (tabId) => browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] }).then(() => undefined),
      call: async (tabId, sentences) => {
        const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: (s: string[] | null) => globalThis.__enBrefHighlight?.(s), args: [sentences] });
        return frame?.result as HighlightResult | undefined;
      },
      tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
    });
  });

  onMessage('cachedDigest', async ({ data: raw, sender }) => {
    const valid = validateMessage('cachedDigest', raw, sender, self);
    if (!valid.ok) return valid;
    const data = valid.value;
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    if (!tab) return fail('tab-gone');
    return cachedDigest(tab, cache.read);
  });

  onMessage('digestTab', async ({ data: raw, sender }) => {
    const valid = validateMessage('digestTab', raw, sender, self);
    if (!valid.ok) return valid;
    const data = valid.value;
    // Both at once: each is a round trip to the browser, on the way to reading the page.
    const [tab, prefs] = await Promise.all([browser.tabs.get(data.tabId).catch(() => undefined), settings.getValue()]);
    if (!tab?.id) return fail('tab-gone');
    const options = { ...digestOptionsFrom(prefs), ...data.options };
    return digestTab({ id: tab.id, url: tab.url }, options, reader);
  });
});
