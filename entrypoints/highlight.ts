import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { clearHighlight, highlightSentences, type HighlightResult } from '../lib/highlight/apply';

declare global {
  // Set in the extension's isolated world of the page, never in the page's own.
  var __enBrefHighlight: ((sentences: string[] | null) => HighlightResult) | undefined;
}

// Injected with the reader's grant; the background then calls the function with the sentences.
export default defineUnlistedScript(() => {
  globalThis.__enBrefHighlight ??= (sentences) => {
    if (!sentences) {
      clearHighlight(document);
      return { asked: 0, found: 0, via: 'none' };
    }
    return highlightSentences(document, sentences);
  };
});
