/**
 * Storage items migrate, never break (lib/storage.ts): a reader's version-1 settings come
 * back as version 2 with the new preference off.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// @wxt-dev/storage reads the browser from globalThis when it first loads (below, lazily).
Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('version 1 (no autoSummarise) migrates to version 2 with it off, keeping the rest', async () => {
    await fakeBrowser.storage.sync.set({ settings: { length: 'short', faqItems: 5 }, settings$: { v: 1 } });
    vi.resetModules();
    const { settings } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual({ length: 'short', faqItems: 5, autoSummarise: false });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2 });
  });

  it('a new reader gets the defaults: automatic summaries off', async () => {
    vi.resetModules();
    const { settings, DEFAULT_SETTINGS } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.autoSummarise).toBe(false);
  });
});
