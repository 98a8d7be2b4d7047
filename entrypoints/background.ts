import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '../lib/messages';
import { digestCache, settings, digestOptionsFrom } from '../lib/storage';
import { digestTab, type ExtractedPage } from '../lib/background/digest-service';
import { fail, type Result } from '../lib/errors';

export default defineBackground(() => {
  onMessage('digestTab', async ({ data, sender }) => {
    // Only the extension's own pages may ask; a web page cannot reach this.
    if (sender.id !== browser.runtime.id || (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/')))) {
      return fail('unexpected', 'message from outside the extension');
    }
    const tab = await browser.tabs.get(data.tabId).catch(() => undefined);
    if (!tab?.id) return fail('tab-gone');
    const options = { ...digestOptionsFrom(await settings.getValue()), ...data.options };
    return digestTab({ id: tab.id, url: tab.url }, options, {
      extract: async (tabId) => {
        const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
        return (frame?.result as Result<ExtractedPage> | undefined) ?? fail('no-article', 'no result from the page');
      },
      readCache: () => digestCache.getValue(),
      writeCache: (c) => digestCache.setValue(c),
    });
  });
});
