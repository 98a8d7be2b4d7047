import { storage } from 'wxt/utils/storage';
import type { DigestOptions, EngineId, TabDigest } from './types';
import type { AskedEntry } from './asked';
import type { EndpointConfig } from './engine/openai/config';

/** Every storage item of the extension. Each is versioned so later changes migrate, not break. */

export interface CacheEntry {
  url: string;
  hash: string;
  optionsKey: string;
  at: number;
  /**
   * The page's own reading of this content (lib/page-extraction.ts), while the page keeps it:
   * the same stamp on the next click means the same article, without reading it again.
   */
  stamp?: string;
  /** The tab's address when it was read (the article's url may be its canonical one). */
  tabUrl?: string;
  /** Which engine made it, for an optional engine (engineCacheKey: model and endpoint, never the key); absent: the embedded engine. */
  engine?: string;
  value: Omit<TabDigest, 'cached'>;
}

export type DigestCache = CacheEntry[];

/** Recent digests, newest first, for the browser session only (never synced, gone on restart). */
export const digestCache = storage.defineItem<DigestCache>('session:digestCache', {
  fallback: [],
  version: 1,
});

export interface SettingsV1 {
  length: 'short' | 'standard' | 'detailed';
  /** Most FAQ items; absent: 3 to 8 by the article's length. */
  faqItems?: number;
}

export interface SettingsV2 extends SettingsV1 {
  /** The side panel summarises each page as the reader browses, on sites they allowed. Off by default. */
  autoSummarise: boolean;
}

export interface Settings extends SettingsV2 {
  /**
   * Which engine makes the digest: the embedded one (default, always there), Chrome's
   * on-device AI, or the reader's OpenAI-compatible endpoint (lib/engine/). The endpoint itself
   * is in `endpoint`, local to this browser.
   */
  engine: EngineId;
  /** The interface's colours: the system's, or always light or dark. */
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = { length: 'standard', autoSummarise: false, engine: 'embedded', theme: 'system' };

/** Version 1 had no autoSummarise: it starts off, as for a new reader. */
export const migrateSettingsToV2 = (v1: SettingsV1): SettingsV2 => ({ ...v1, length: v1.length ?? DEFAULT_SETTINGS.length, autoSummarise: false });

/** Version 2 had no engine choice nor theme: the embedded engine and the system's colours, as before. */
export const migrateSettingsToV3 = (v2: SettingsV2): Settings => ({ ...v2, engine: 'embedded', theme: 'system' });

/** Preferences only: synced across the user's browsers. */
export const settings = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 3,
  migrations: { 2: migrateSettingsToV2, 3: migrateSettingsToV3 },
});

/**
 * The OpenAI-compatible endpoint (lib/engine/openai/config.ts): base URL, model, API key.
 * In local storage on purpose: the key is never synced to the reader's other browsers, never
 * logged, never put in a failure's detail or in the digest cache.
 */
export const endpoint = storage.defineItem<EndpointConfig | null>('local:endpoint', {
  fallback: null,
  version: 1,
});

/**
 * The preferences as this extension's pages last saw them, mirrored in their shared
 * localStorage: read synchronously, before sync storage answers (tens of milliseconds when a
 * popup opens). Only a first guess (the theme before the first paint, the popup's engine):
 * pages still read `settings` and follow it. Absent in the service worker.
 */
export const settingsSnapshot = {
  read(): Settings | undefined {
    try {
      const raw = localStorage.getItem('en-bref-settings');
      return raw ? (JSON.parse(raw) as Settings) : undefined;
    } catch {
      return undefined;
    }
  },
  write(s: Settings): void {
    try {
      localStorage.setItem('en-bref-settings', JSON.stringify(s));
    } catch {
      /* kept in sync storage only */
    }
  },
};

export function digestOptionsFrom(s: Settings): DigestOptions {
  return { faqItems: s.faqItems, ...(s.length && s.length !== 'standard' ? { length: s.length } : {}) };
}

/**
 * Changes some preferences, keeping the others as they are in storage now: the options page's
 * sections (and EngineSettings) each hold a copy, and must not write back another's old value.
 */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await settings.getValue()), ...patch };
  await settings.setValue(next);
  return next;
}

/**
 * What the side panel was opened for from a context menu or a keyboard shortcut
 * (lib/background/context-menus.ts): summarise the tab's page, its selection, or a linked page.
 * The background writes it in the click's user gesture; the panel takes it (and clears it)
 * when it shows that tab. Session only.
 */
export interface PanelRequest {
  /** Unique per click: the panel acts on each request once. */
  id: string;
  tabId: number;
  /** The tab's address at the click: the request is for that page only. */
  pageUrl?: string;
  source: 'page' | 'selection' | 'link';
  /** source 'link': the linked page to read. */
  linkUrl?: string;
  /**
   * source 'link': the reader's answer to the site permission asked at the click ('pending'
   * while the browser asks).
   */
  permission?: 'pending' | 'granted' | 'denied';
  at: number;
}

export const panelRequest = storage.defineItem<PanelRequest | null>('session:panelRequest', {
  fallback: null,
  version: 1,
});

/**
 * The reader's questions to each page ("Ask this article…"), by the article's content hash,
 * newest page first (lib/asked.ts): listed again under its digest while the browser session
 * lasts. A saved digest keeps them in the library (lib/library/record.ts). Session only.
 */
export const askedQuestions = storage.defineItem<AskedEntry[]>('session:askedQuestions', {
  fallback: [],
  version: 1,
});
