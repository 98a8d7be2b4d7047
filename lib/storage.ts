import { storage } from 'wxt/utils/storage';
import type { TabDigest } from './messages';
import type { DigestOptions } from './types';

/** Every storage item of the extension. Each is versioned so later changes migrate, not break. */

export interface CacheEntry {
  url: string;
  hash: string;
  optionsKey: string;
  at: number;
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

export interface Settings extends SettingsV1 {
  /** The side panel summarises each page as the reader browses, on sites they allowed. Off by default. */
  autoSummarise: boolean;
}

export const DEFAULT_SETTINGS: Settings = { length: 'standard', autoSummarise: false };

/** Version 1 had no autoSummarise: it starts off, as for a new reader. */
export const migrateSettingsToV2 = (v1: SettingsV1): Settings => ({ ...DEFAULT_SETTINGS, ...v1, autoSummarise: false });

/** Preferences only: synced across the user's browsers. */
export const settings = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: migrateSettingsToV2 },
});

export function digestOptionsFrom(s: Settings): DigestOptions {
  return { faqItems: s.faqItems };
}
