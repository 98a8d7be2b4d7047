/**
 * Entry points besides the toolbar click, in real Chromium: the keyboard shortcuts (real key
 * presses through CDP Input.dispatchKeyEvent, which Chromium routes to the extension's
 * commands: the popup with `_execute_action`, the side panel with `open-side-panel`), and the
 * context menu. A native menu cannot be clicked headless: its handlers are called in the
 * service worker (`__enBrefEntryPoints`, the same functions the menu's onClicked calls), and
 * the side panel shows what was asked. A linked page is parsed in Chrome's offscreen document.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGES, openTab, readDigest, screenshot, waitForDigest, waitForExtensionPage, type ExtensionBrowser, type PageServer } from '../../testing/harness';
import { extensionWorker, useExtensionSession } from './session';

/** The part of the extension API these tests call in the service worker. */
declare const chrome: {
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string; windowId: number }[]> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  runtime: { getContexts(filter: { contextTypes: string[] }): Promise<unknown[]> };
};

let browser: ExtensionBrowser;
let server: PageServer;
let worker: Worker;
const opened = useExtensionSession(Object.values(PAGES), (s) => {
  ({ browser, server } = s);
  worker = extensionWorker(browser)!;
});

/** Alt+Shift+<letter>, pressed in `page` as a reader would (the browser handles the shortcut). */
async function pressAltShift(page: Page, letter: string): Promise<void> {
  await page.bringToFront();
  const cdp = await browser.context.newCDPSession(page);
  const code = letter.toUpperCase().charCodeAt(0);
  for (const type of ['rawKeyDown', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      modifiers: 1 | 8,
      key: letter.toUpperCase(),
      code: `Key${letter.toUpperCase()}`,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
    });
  }
  await cdp.detach();
}

async function tabOf(page: Page): Promise<{ id: number; url: string; windowId: number }> {
  return worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return { id: tab.id!, url: tab.url!, windowId: tab.windowId };
  }, page.url());
}

/** What the context menu's onClicked does for `menuItemId` on `page`. */
async function menuClick(page: Page, info: { menuItemId: string; linkUrl?: string; selectionText?: string }): Promise<unknown> {
  const tab = await tabOf(page);
  return worker.evaluate(
    ({ info, tab }) =>
      (globalThis as unknown as { __enBrefEntryPoints: { menuClick(i: unknown, t: unknown): Promise<unknown> } }).__enBrefEntryPoints.menuClick(info, tab),
    { info, tab },
  );
}

/**
 * The side panel beside `page`, opened with its shortcut (a user gesture that grants activeTab,
 * as the toolbar click does): it summarises the page.
 */
async function panelBeside(page: Page): Promise<Page> {
  const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => pressAltShift(page, 'Y'));
  opened.push(panel);
  await expect.poll(async () => (await readDigest(panel)).state, { timeout: 30_000 }).toBe('ready');
  return panel;
}

describe('keyboard shortcuts', () => {
  it('are registered with their descriptions in the browser’s language', async () => {
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['_execute_action', 'Alt+Shift+E'],
        ['open-side-panel', 'Alt+Shift+Y'],
      ]),
    );
    expect(commands.find((c) => c.name === 'open-side-panel')?.description).toBe('Open the En bref side panel');
  });

  it('Alt+Shift+E opens the popup, which reads the page (the shortcut grants activeTab like a click)', async () => {
    const page = await openTab(browser, server.url(PAGES.exemple.route));
    opened.push(page);
    const at = Date.now();
    const popup = await waitForExtensionPage(browser, 'popup.html', () => pressAltShift(page, 'E'));
    opened.push(popup);
    const { state } = await waitForDigest(popup, at);
    const digest = await readDigest(popup);
    expect(state, `popup error: ${digest.error}`).toBe('ready');
    expect(digest.heading).toBe('EN BREF');
    expect(digest.bullets.length).toBeGreaterThan(0);
  });

  it('Alt+Shift+Y opens the side panel, which summarises the page', async () => {
    const page = await openTab(browser, server.url(PAGES.en.route));
    opened.push(page);
    const at = Date.now();
    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => pressAltShift(page, 'Y'));
    opened.push(panel);
    // The panel may first show the page as not summarised yet, then the digest it asked for.
    await expect.poll(async () => (await readDigest(panel)).state, { timeout: 30_000 }).toBe('ready');
    await waitForDigest(panel, at);
    const digest = await readDigest(panel);
    expect(digest.title).toMatch(/Delhi air pollution/);
    expect(digest.heading).toBe('In brief');
    // The request was taken: a panel opened later shows the tab's own digest, not this again.
    expect(await worker.evaluate(() => chrome.storage.session.get('panelRequest').then((r) => r.panelRequest ?? null))).toBeNull();
  });
});

describe('context menu', () => {
  it('"Summarise the selection": the panel shows the digest of the selected text', async () => {
    const page = await openTab(browser, server.url(PAGES.exemple.route));
    opened.push(page);
    const panel = await panelBeside(page);
    expect(await panel.getByTestId('selection-note').count()).toBe(0);
    await page.evaluate(() => {
      const paragraphs = Array.from(document.querySelectorAll('article p'));
      const start = paragraphs.findIndex((p) => p.textContent!.startsWith('La ville prévoit'));
      const range = document.createRange();
      range.setStartBefore(paragraphs[start]);
      range.setEndAfter(paragraphs[paragraphs.length - 1]);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const request = (await menuClick(page, { menuItemId: 'en-bref-selection', selectionText: 'La ville prévoit' })) as { source: string };
    expect(request.source).toBe('selection');
    await expect.poll(() => panel.getByTestId('selection-note').count(), { timeout: 30_000 }).toBe(1);
    const digest = await readDigest(panel);
    expect(digest.state).toBe('ready');
    const text = digest.bullets.map((b) => b.text).join(' ');
    expect(text).not.toMatch(/inauguré lundi/);
    expect(text).toMatch(/tranche|subventions|vélos|associations/);
  });

  it('"Summarise this page" from the menu: the panel reads the page', async () => {
    const page = await openTab(browser, server.url(PAGES.fr.route));
    opened.push(page);
    const panel = await panelBeside(page);
    await menuClick(page, { menuItemId: 'en-bref-page' });
    await expect.poll(async () => (await readDigest(panel)).state, { timeout: 30_000 }).toBe('ready');
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.session.get('panelRequest').then((r) => r.panelRequest ?? null)), { timeout: 10_000 })
      .toBeNull();
    // Once the request is taken the panel may render the tab's digest again (a moment of loading).
    await expect.poll(async () => (await readDigest(panel)).heading, { timeout: 30_000 }).toBe('EN BREF');
  });

  it('"Summarise the linked page" on a site not allowed: the panel says so and offers to ask again', async () => {
    const page = await openTab(browser, server.url(PAGES.exemple.route));
    opened.push(page);
    const panel = await panelBeside(page);
    // Called outside a user gesture, the permission prompt cannot show: as a refusal.
    const request = (await menuClick(page, { menuItemId: 'en-bref-link', linkUrl: server.url(PAGES.en.route) })) as { permission: string };
    expect(request.permission).toBe('denied');
    await expect.poll(async () => (await readDigest(panel)).error, { timeout: 30_000 }).toBe('En bref was not allowed to read the linked site.');
    expect(await panel.getByTestId('link-note').textContent()).toBe('Summary of a linked page, not of the page in this tab.');
    expect(await panel.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await screenshot(panel, 'sidepanel-link-not-allowed.png');
    // Back to the tab's own digest.
    await panel.getByTestId('back-to-tab').click();
    await expect.poll(() => panel.getByTestId('link-note').count()).toBe(0);
    expect((await readDigest(panel)).heading).toBe('EN BREF');
  });

  it('a linked page is parsed and extracted in Chrome’s offscreen document, closed afterwards', async () => {
    const html = gunzipSync(readFileSync(PAGES.en.file)).toString('utf8');
    const result = (await worker.evaluate(
      ({ html, url }) =>
        (globalThis as unknown as { __enBrefEntryPoints: { extract(c: string, u: string, k: string): Promise<unknown> } }).__enBrefEntryPoints.extract(
          html,
          url,
          'html',
        ),
      { html, url: 'https://www.vox.com/delhi' },
    )) as { ok: boolean; value?: { title: string; lang: string; wordCount: number }; error?: unknown };
    expect(result.ok, JSON.stringify(result.error)).toBe(true);
    expect(result.value!.title).toMatch(/Delhi air pollution/);
    expect(result.value!.lang).toBe('en');
    expect(result.value!.wordCount).toBeGreaterThan(1000);
    await expect.poll(() => worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length))).toBe(0);
  });
});
