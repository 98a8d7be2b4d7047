/**
 * The interface's words, through the browser's i18n (public/_locales/<lang>/messages.json,
 * copied into the build by WXT). The interface follows the browser's language; the digest
 * follows the page's (its heading and FAQ come from the engine's language packs, not from here).
 *
 * `t(key, ...substitutions)`: a key missing from the English messages.json is a type error;
 * numbers are formatted in the interface's language. Plurals are separate keys, `<base>_one`
 * and `<base>_other`, chosen by `tn(base, count, ...)` with Intl.PluralRules of that language.
 *
 * Where `browser.i18n` is missing (Node: the CLI, unit tests) the English messages.json is
 * used, with the same placeholder rules; `useCatalog` switches to another catalog for tests.
 *
 * A leaf of the layers (ARCHITECTURE.md): it imports nothing of lib, so the background, the
 * library and the interface can all use it.
 */
import en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
/** Bases of the plural keys: `words` for `words_one` / `words_other`. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;
export type Substitution = string | number;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalog = Record<string, MessageEntry>;

interface BrowserI18n {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

/**
 * Every extension context has browser.i18n: the build (WXT sets import.meta.env.BROWSER) drops
 * the English catalog, 29 KB, from each script. Node has no import.meta.env.
 */
const english: Catalog = import.meta.env?.BROWSER ? {} : en;
let override: { catalog: Catalog; language: string } | undefined;

/** The browser's i18n API, when there is one that works (not in Node, nor a fake without it). */
function browserI18n(): BrowserI18n | undefined {
  const g = globalThis as { browser?: { i18n?: BrowserI18n }; chrome?: { i18n?: BrowserI18n } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' && typeof api.getUILanguage === 'function' ? api : undefined;
}

/**
 * For Node and tests: answer from `catalog` (a messages.json) in `language` instead of the
 * browser; `useCatalog()` goes back to the browser, or English without one.
 */
export function useCatalog(catalog?: Catalog | object, language = 'en'): void {
  override = catalog ? { catalog: catalog as Catalog, language } : undefined;
}

/** The interface's language ("en-US", "fr"): the browser's, "en" without a browser. */
export function uiLanguage(): string {
  if (override) return override.language;
  try {
    const api = browserI18n();
    // The locale the browser picked the messages in ("fr", "en_US"); Chromium can start with
    // --lang=fr and still report an en-US interface through getUILanguage.
    const messages = api?.getMessage('@@ui_locale');
    return (messages || api?.getUILanguage() || 'en').replace(/_/g, '-');
  } catch {
    return 'en';
  }
}

/** A number as the interface's language writes it: "2,400", "2 400", "2.400". */
export function formatNumber(n: number, options?: Intl.NumberFormatOptions): string {
  try {
    return n.toLocaleString(uiLanguage(), options);
  } catch {
    return n.toLocaleString('en', options);
  }
}

/**
 * Chrome's rules for a message of messages.json: `$NAME$` is the placeholder's content, in which
 * `$1`..`$9` are the substitutions; `$$` is a dollar sign.
 */
export function formatMessage(entry: MessageEntry, substitutions: string[]): string {
  const fill = (s: string) => s.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$|\$([1-9])/g, (m, name: string | undefined, digit: string | undefined) => {
    if (name !== undefined) {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? m : fill(content);
    }
    if (digit !== undefined) return substitutions[Number(digit) - 1] ?? '';
    return '$';
  });
}

function lookup(key: string, substitutions: string[]): string {
  if (override) {
    const entry = override.catalog[key] ?? english[key];
    return entry ? formatMessage(entry, substitutions) : key;
  }
  try {
    const message = browserI18n()?.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // A fake browser without i18n: English below.
  }
  const entry = english[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

/** The interface's text for `key`, numbers among the substitutions in its language. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  return lookup(
    key,
    substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s)),
  );
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in the interface's language: "one", "other", "few"... */
export function pluralCategory(count: number): Intl.LDMLPluralRule {
  const language = uiLanguage();
  let rules = pluralRules.get(language);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(language);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * A plural message: `<base>_one` or `<base>_other` by `count` (languages with more forms use
 * `_other` for them). `substitutions` default to `[count]`.
 */
export function tn(base: PluralBase, count: number, ...substitutions: Substitution[]): string {
  const args = substitutions.length ? substitutions : [count];
  // The catalogs have `_one` and `_other` (tests/unit/i18n.test.ts); other categories ("few") take `_other`.
  return t(`${base}_${pluralCategory(count) === 'one' ? 'one' : 'other'}` as MessageKey, ...args);
}

/** "1, 3, 4": sentence numbers (0-based indices shown from 1). */
export function sentenceList(indices: number[]): string {
  return indices.map((i) => formatNumber(i + 1)).join(', ');
}
