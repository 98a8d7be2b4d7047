/**
 * The interface's language in Node tests: lib/i18n.ts answers from that locale's
 * messages.json, as the browser would (English without a browser otherwise).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useCatalog, type Catalog } from '../lib/i18n';

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../public/_locales');
export const LOCALES = ['en', 'fr', 'de', 'es'] as const;

export function readCatalog(locale: string): Catalog {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
}

/** "fr-FR" -> the French messages, with French number formats and plural rules. */
export function setUiLanguage(language: string): void {
  const locale = language.toLowerCase().split(/[-_]/)[0];
  useCatalog(readCatalog(LOCALES.includes(locale as never) ? locale : 'en'), language);
}

/** Back to the default: the browser's i18n, or English in Node. */
export function resetUiLanguage(): void {
  useCatalog();
}
