/**
 * Storage items migrate, never break (lib/storage.ts): a reader's version-1 settings come
 * back with the later preferences at their defaults (automatic summaries off, the embedded
 * engine, the system's theme); the endpoint and its key stay in local storage only.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// @wxt-dev/storage reads the browser from globalThis when it first loads (below, lazily).
Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('version 1 (no autoSummarise) migrates through 2 to 3: automatic summaries off, embedded engine, system theme, the rest kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: { length: 'short', faqItems: 5 }, settings$: { v: 1 } });
    vi.resetModules();
    const { settings } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual({ length: 'short', faqItems: 5, autoSummarise: false, engine: 'embedded', theme: 'system' });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
  });

  it('version 2 migrates to 3 with the embedded engine and the system theme, keeping autoSummarise', async () => {
    await fakeBrowser.storage.sync.set({ settings: { length: 'detailed', autoSummarise: true }, settings$: { v: 2 } });
    vi.resetModules();
    const { settings } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual({ length: 'detailed', autoSummarise: true, engine: 'embedded', theme: 'system' });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
  });

  it('version 3 is read as it is', async () => {
    const v3 = { length: 'standard', autoSummarise: false, engine: 'openai', theme: 'dark' };
    await fakeBrowser.storage.sync.set({ settings: v3, settings$: { v: 3 } });
    vi.resetModules();
    const { settings } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual(v3);
  });

  it('a new reader gets the defaults: automatic summaries off', async () => {
    vi.resetModules();
    const { settings, DEFAULT_SETTINGS } = await import('../../lib/storage');
    expect(await settings.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.autoSummarise).toBe(false);
    expect(DEFAULT_SETTINGS.engine).toBe('embedded');
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });
});

describe('endpoint', () => {
  beforeEach(() => fakeBrowser.reset());

  it('lives in local storage, never in synced storage, and is empty by default', async () => {
    vi.resetModules();
    const { endpoint, settings } = await import('../../lib/storage');
    expect(await endpoint.getValue()).toBeNull();
    const config = { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-secret-123456789', preset: 'openai' as const };
    await endpoint.setValue(config);
    await settings.setValue({ length: 'standard', autoSummarise: false, engine: 'openai', theme: 'system' });
    expect((await fakeBrowser.storage.local.get('endpoint')).endpoint).toEqual(config);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('sk-secret');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('sk-secret');
  });
});
