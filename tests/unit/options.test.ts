// @vitest-environment jsdom
/**
 * The reader's preferences reach the digest (length, FAQ size) and the page (theme); the
 * options page shows every section in the interface's language, saves each change at once
 * without overwriting another section's, and its data section counts and wipes the library.
 */
import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { bulletCount } from '../../lib/engine/embedded/bullets';
import { optionsKey } from '../../lib/background/cache';
import { articleFromText } from '../../lib/extract/extract';
import { digestArticle } from '../../lib/digest';
import { resetUiLanguage, setUiLanguage } from '../../testing/i18n';

Object.assign(globalThis, { chrome: fakeBrowser, browser: fakeBrowser });

// Sixty different facts (the engine never repeats one): who, what, where and how much vary.
const WHO = [
  'Le conseil régional',
  'La métropole de Lyon',
  'Le syndicat des transports',
  'La préfecture',
  'Le maire de Grenoble',
  'Une association d’usagers',
  'La SNCF',
  'Le département de l’Isère',
  'Un collectif de riverains',
  'La chambre de commerce',
];
const WHAT = [
  'a voté un budget pour',
  'a dénoncé les retards sur',
  'a promis des travaux sur',
  'a présenté une étude sur',
  'a signé une convention pour',
  'a réclamé des moyens pour',
];
const WHERE = [
  'la ligne de tram de Villeurbanne',
  'les cars scolaires du Vercors',
  'la gare de Saint-Étienne',
  'le pont de Valence',
  'la voie express de Chambéry',
  'le réseau cyclable d’Annecy',
  'les bus de nuit de Clermont',
  'le téléphérique de Brest',
  'la navette d’Orly',
  'les quais de Bordeaux',
];
const SENTENCES = Array.from(
  { length: 60 },
  (_, i) => `${WHO[i % 10]} ${WHAT[i % 6]} ${WHERE[(i * 7) % 10]}, avec ${(i + 3) * 7} millions d’euros d’ici à ${2027 + (i % 4)}.`,
);
const LONG = ['Le plan des transports régionaux', ...Array.from({ length: 12 }, (_, p) => SENTENCES.slice(p * 5, p * 5 + 5).join(' '))].join('\n\n');

describe('digest length', () => {
  it('short keeps three bullets at most, detailed adds two up to eight, standard follows the length', () => {
    for (const words of [100, 500, 1000, 3000]) {
      const standard = bulletCount(words);
      expect(bulletCount(words, 'standard')).toBe(standard);
      expect(bulletCount(words, 'short')).toBe(Math.min(3, standard));
      expect(bulletCount(words, 'detailed')).toBe(Math.min(8, standard + 2));
    }
  });

  it('changes the embedded digest, and the cache tells the lengths apart', () => {
    const a = articleFromText(LONG, { url: 'https://example.fr/plan' });
    if (!a.ok) throw new Error('fixture');
    const count = (length?: 'short' | 'standard' | 'detailed') => digestArticle(a.value, length ? { length } : {}).digest.bullets.length;
    expect(count('short')).toBeLessThanOrEqual(3);
    expect(count('detailed')).toBeGreaterThan(count());
    expect(count('standard')).toBe(count());
    expect(new Set([optionsKey({}), optionsKey({ length: 'short' }), optionsKey({ length: 'detailed' })]).size).toBe(3);
    expect(optionsKey({ length: 'standard' })).toBe(optionsKey({}));
  });
});

describe('preferences', () => {
  beforeEach(() => fakeBrowser.reset());

  it('digestOptionsFrom passes the FAQ size and a non-standard length', async () => {
    const { digestOptionsFrom, DEFAULT_SETTINGS } = await import('../../lib/storage');
    expect(digestOptionsFrom(DEFAULT_SETTINGS)).toEqual({ faqItems: undefined });
    expect(digestOptionsFrom({ ...DEFAULT_SETTINGS, length: 'short', faqItems: 4 })).toEqual({ faqItems: 4, length: 'short' });
  });

  it('updateSettings changes only what it is given', async () => {
    const { settings, updateSettings } = await import('../../lib/storage');
    await settings.setValue({ length: 'standard', autoSummarise: false, engine: 'openai', theme: 'system' });
    await updateSettings({ theme: 'dark' });
    expect(await settings.getValue()).toEqual({ length: 'standard', autoSummarise: false, engine: 'openai', theme: 'dark' });
    // Preferences only in sync storage: nothing else is written there.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null)).sort()).toEqual(['settings', 'settings$']);
  });

  it('followTheme applies the stored theme, and follows its changes', async () => {
    const { settings, updateSettings } = await import('../../lib/storage');
    const { followTheme } = await import('../../lib/ui/theme');
    await settings.setValue({ length: 'standard', autoSummarise: false, engine: 'embedded', theme: 'dark' });
    const stop = followTheme();
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await updateSettings({ theme: 'system' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
    await updateSettings({ theme: 'light' });
    await vi.waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
    stop();
    // Remembered for the next page's first paint.
    const { settingsSnapshot } = await import('../../lib/storage');
    expect(settingsSnapshot.read()?.theme).toBe('light');
  });
});

describe('the options page', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    resetUiLanguage();
  });

  const q = (sel: string) => root.querySelector(sel) as HTMLElement | null;

  it('lists the shortcuts as the browser has them', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
      { name: '_execute_action', description: 'Summarise this page', shortcut: 'Alt+Shift+E' },
      { name: 'open-side-panel', description: 'Open the En bref side panel', shortcut: '' },
    ]);
    const { ShortcutsSection } = await import('../../components/options/ShortcutsSection');
    render(h(ShortcutsSection, {}), root);
    await vi.waitFor(() => expect(root.querySelectorAll('.shortcut')).toHaveLength(2));
    expect(q('kbd')!.textContent).toBe('Alt+Shift+E');
    expect(root.textContent).toContain('not set');
  });

  it('shows every section, saves a change at once and announces it, keeping the engine chosen elsewhere', async () => {
    const { settings } = await import('../../lib/storage');
    const { OptionsPage } = await import('../../components/options/OptionsPage');
    await settings.setValue({ length: 'standard', autoSummarise: false, engine: 'embedded', theme: 'system' });
    render(h(OptionsPage, {}), root);
    for (const id of ['engine', 'digest', 'panel', 'appearance', 'shortcuts', 'data']) expect(q(`[data-testid="options-${id}"]`), id).not.toBeNull();
    await vi.waitFor(() => expect((q('[data-testid="options-length-standard"]') as HTMLInputElement).checked).toBe(true));
    // Another section (the engine form) changes the engine meanwhile.
    await settings.setValue({ ...(await settings.getValue()), engine: 'openai' });
    (q('[data-testid="options-length-short"]') as HTMLInputElement).click();
    await vi.waitFor(() => expect(q('[data-testid="options-status"]')!.textContent).toBe('Saved.'));
    expect(await settings.getValue()).toMatchObject({ length: 'short', engine: 'openai' });
    const faq = q('[data-testid="options-faq"]') as HTMLSelectElement;
    faq.value = '5';
    faq.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await settings.getValue()).faqItems).toBe(5));
    faq.value = 'auto';
    faq.dispatchEvent(new Event('change'));
    await vi.waitFor(async () => expect((await settings.getValue()).faqItems).toBeUndefined());
    (q('[data-testid="options-auto"]') as HTMLInputElement).click();
    await vi.waitFor(async () => expect((await settings.getValue()).autoSummarise).toBe(true));
    (q('[data-testid="options-theme-dark"]') as HTMLInputElement).click();
    await vi.waitFor(async () => expect((await settings.getValue()).theme).toBe('dark'));
  });

  it('speaks the interface’s language', async () => {
    setUiLanguage('fr');
    const { OptionsPage } = await import('../../components/options/OptionsPage');
    render(h(OptionsPage, {}), root);
    expect(q('h1')!.textContent).toBe('Options');
    expect(q('#digest-title')!.textContent).toBe('Résumé');
    expect(root.textContent).toContain('Court : trois puces au plus');
    expect(root.textContent).toContain('Supprimer toutes les données…');
  });

  it('counts the saved digests, and wipes the library, the session cache and the endpoint after a confirmation', async () => {
    const { library } = await import('../../lib/library/repository');
    const { makeRecord } = await import('../../testing/library');
    const { digestCache, endpoint, settings } = await import('../../lib/storage');
    const repo = library();
    await repo.wipe();
    for (let i = 0; i < 3; i++) expect((await repo.save(makeRecord(i))).ok).toBe(true);
    await endpoint.setValue({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', apiKey: 'sk-secret' });
    await digestCache.setValue([{ url: 'https://example.fr/0', hash: 'h', optionsKey: '|', at: 1, value: {} as never }]);
    await settings.setValue({ length: 'short', autoSummarise: true, engine: 'openai', theme: 'dark' });
    const { DataSection } = await import('../../components/options/DataSection');
    render(h(DataSection, {}), root);
    await vi.waitFor(() => expect(q('[data-testid="options-data-figures"]')!.textContent).toContain('3 digests saved in the library'));
    q('[data-testid="options-wipe"]')!.click();
    await vi.waitFor(() => expect(q('[data-testid="options-wipe-confirm"]')!.textContent).toContain('Delete the library (3 digests)'));
    q('[data-testid="options-wipe-yes"]')!.click();
    await vi.waitFor(() => expect(q('[data-testid="options-data-message"]')!.textContent).toBe('All data deleted.'));
    const left = await repo.list();
    expect(left.ok && left.value.total).toBe(0);
    expect(await endpoint.getValue()).toBeNull();
    expect(await digestCache.getValue()).toEqual([]);
    // Preferences are not data: kept.
    expect(await settings.getValue()).toMatchObject({ length: 'short', engine: 'openai', theme: 'dark' });
  });
});
