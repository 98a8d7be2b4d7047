import { browser } from 'wxt/browser';
import { fail, type Result } from '../errors';
import { peekStamp } from '../page-stamp';
import type { CacheStore } from './cache';
import type { DigestServiceDeps } from './digest-service';
import type { ExtractedPage } from '../types';

/**
 * How the background reads a tab's page, whatever engine digests it: the extraction script
 * injected with the click's grant (lib/page-extraction.ts), the page's stamp asked first when
 * a digest of it may be cached (lib/page-stamp.ts), and the session cache in memory.
 */
export function tabReader(cache: CacheStore): DigestServiceDeps {
  return {
    extract: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
      return (frame?.result as Result<ExtractedPage> | undefined) ?? fail('no-article', 'no result from the page');
    },
    peek: async (tabId) => {
      const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: peekStamp });
      return typeof frame?.result === 'string' ? frame.result : null;
    },
    readCache: cache.read,
    writeCache: cache.write,
  };
}
