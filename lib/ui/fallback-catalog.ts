/**
 * The English messages for where the browser's i18n is missing: Node (the CLI, the unit
 * tests). The extension's build swaps this module for fallback-catalog.browser.ts
 * (wxt.config.ts): every extension context has browser.i18n, and the catalog would weigh
 * 29 KB in each script, the extraction script injected into every page read among them.
 */
import en from '../../public/_locales/en/messages.json';

export const FALLBACK_CATALOG: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> | undefined = en;
