import { browser } from 'wxt/browser';
import { extractContent } from '../../lib/extract/from-html';
import { isOffscreenExtractRequest } from '../../lib/protocol';

// Chrome's offscreen document (reason DOM_PARSER): the background sends a linked page's HTML,
// this page parses it into an inert document and returns the extracted article
// (lib/background/offscreen-client.ts). It answers only the extension itself.
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
  if (sender.id !== browser.runtime.id || !isOffscreenExtractRequest(message)) return undefined;
  sendResponse(extractContent(message.content, message.url, message.kind));
  return undefined;
});
