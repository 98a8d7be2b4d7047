/**
 * Entry points besides the toolbar click, in Firefox: the keyboard shortcuts (typed into the
 * browser window, where Firefox's own shortcuts see them), the context menu's three entries
 * (opened by a real right click and clicked, the path that grants activeTab and lets the
 * extension open the sidebar and ask for a site), and the optional host permission, asked at
 * the moment, answered in Firefox's own prompt. The tests that grant a site come last: a site
 * allowed stays allowed for the rest of the file.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES, type PageServer } from '../../testing/harness';
import type { FirefoxExtension } from './firefox';
import { useFirefoxSession } from './session';

let firefox: FirefoxExtension;
let server: PageServer;
const opened = useFirefoxSession(Object.values(PAGES), (s) => ({ firefox, server } = s));

async function tab(url: string): Promise<Page> {
  const page = await firefox.openTab(url);
  opened.push(page);
  return page;
}

const sidebarState = () =>
  firefox.sidebar.evaluate((d) => d.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state') ?? null).catch(() => null);
const panelRequest = () =>
  firefox.run('extension', (g) => g.browser.storage.session.get('panelRequest').then((r: { panelRequest?: unknown }) => r.panelRequest ?? null));

/** Selects the paragraphs from "La ville prévoit" to the end of the example article. */
const selectEnd = (page: Page) =>
  page.evaluate(() => {
    const paragraphs = Array.from(document.querySelectorAll('article p'));
    const start = paragraphs.findIndex((p) => p.textContent!.startsWith('La ville prévoit'));
    const range = document.createRange();
    range.setStartBefore(paragraphs[start]);
    range.setEndAfter(paragraphs[paragraphs.length - 1]);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });

/** Puts a link to `href` at the top of the page, for the context menu's "linked page". */
const addLink = (page: Page, href: string) =>
  page.evaluate((href: string) => {
    const a = document.createElement('a');
    a.id = 'e2e-link';
    a.href = href;
    a.textContent = 'A linked article';
    a.style.cssText = 'display:block;font-size:20px;padding:8px';
    document.body.prepend(a);
  }, href);

describe('Firefox: keyboard shortcuts', () => {
  it('are registered with their descriptions in the browser’s language', async () => {
    const commands = (await firefox.run('extension', (g) => g.browser.commands.getAll())) as { name: string; shortcut: string; description: string }[];
    expect(commands.map((c) => [c.name, c.shortcut])).toEqual(
      expect.arrayContaining([
        ['_execute_browser_action', 'Alt+Shift+R'],
        ['open-side-panel', 'Alt+Shift+Y'],
      ]),
    );
    expect(commands.find((c) => c.name === 'open-side-panel')?.description).toBe('Open the En bref side panel');
  });

  it('Alt+Shift+R opens the popup, which reads the page (the shortcut grants activeTab like a click)', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    const at = await firefox.pressShortcut(page, 'Alt+Shift+R');
    const { state, timing } = await firefox.popup.waitForDigest(at);
    const digest = await firefox.popup.read();
    console.log(`[e2e firefox] Alt+Shift+R -> digest rendered ${timing.clickToRenderedMs} ms; state=${state}`);
    expect(state, `popup error: ${digest.error}`).toBe('ready');
    expect(digest.heading).toBe('EN BREF');
    expect(digest.bullets.length).toBeGreaterThan(0);
  });

  it('Alt+Shift+Y opens the sidebar, which summarises the page', async () => {
    const page = await tab(server.url(PAGES.en.route));
    await firefox.pressShortcut(page, 'Alt+Shift+Y');
    await expect.poll(sidebarState, { timeout: 30_000 }).toBe('ready');
    const digest = await firefox.sidebar.read();
    expect(digest.title).toMatch(/Delhi air pollution/);
    expect(digest.heading).toBe('In brief');
    // The request was taken: a panel opened later shows the tab's own digest, not this again.
    await expect.poll(panelRequest, { timeout: 10_000 }).toBeNull();
  });
});

describe('Firefox: context menu', () => {
  it('"Summarise this page": the sidebar opens and reads the page', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    await firefox.contextMenu(page, 'en-bref-page');
    await expect.poll(sidebarState, { timeout: 30_000 }).toBe('ready');
    await expect.poll(async () => (await firefox.sidebar.read()).heading, { timeout: 30_000 }).toBe('EN BREF');
    expect((await firefox.sidebar.read()).bullets.map((b) => b.text).join(' ')).toMatch(/Guinée|Raymond Lee|vélo/);
  });

  it('"Summarise the selection": the sidebar shows the digest of the selected text', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    await selectEnd(page);
    await firefox.contextMenu(page, 'en-bref-selection', 'article p:last-of-type');
    await firefox.sidebar.waitFor('the selection note', (d) => !!d.querySelector('[data-testid="selection-note"]'), 30_000);
    await expect.poll(sidebarState, { timeout: 30_000 }).toBe('ready');
    const text = (await firefox.sidebar.read()).bullets.map((b) => b.text).join(' ');
    expect(text).not.toMatch(/inauguré lundi/);
    expect(text).toMatch(/tranche|subventions|vélos|associations/);
  });

  it('"Summarise the linked page", the site refused in Firefox’s prompt: the sidebar says so and offers to ask again', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    await addLink(page, server.url(PAGES.en.route));
    await firefox.contextMenu(page, 'en-bref-link', '#e2e-link');
    const prompt = await firefox.answerPermissionPrompt(false);
    expect(prompt).toMatch(/127\.0\.0\.1/);
    await firefox.sidebar.waitFor(
      'the linked page refused',
      (d) => d.querySelector('[data-testid="error"]')?.textContent === 'En bref was not allowed to read the linked site.',
      30_000,
    );
    expect(await firefox.sidebar.evaluate((d) => d.querySelector('[data-testid="link-note"]')?.textContent)).toBe(
      'Summary of a linked page, not of the page in this tab.',
    );
    await firefox.sidebar.screenshot('sidebar-firefox-link-not-allowed.png');
  });
});

describe('Firefox: the optional host permission, asked at the moment', () => {
  it('"Summarise the linked page", the site allowed in the prompt: the sidebar shows the linked article', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    await addLink(page, server.url(PAGES.en.route));
    await firefox.contextMenu(page, 'en-bref-link', '#e2e-link');
    await firefox.answerPermissionPrompt(true);
    await firefox.sidebar.waitFor(
      'the linked article',
      (d) => /Delhi air pollution/.test(d.querySelector('[data-testid="article-title"]')?.textContent ?? ''),
      30_000,
    );
    const digest = await firefox.sidebar.read();
    expect(digest.state).toBe('ready');
    expect(digest.heading).toBe('In brief');
    expect(digest.bullets.length).toBeGreaterThanOrEqual(3);
    expect(await firefox.sidebar.evaluate((d) => !!d.querySelector('[data-testid="link-note"]'))).toBe(true);
    // Only that site (Firefox's patterns name no port: the host), and it stays allowed.
    expect(await firefox.run('extension', (g) => g.browser.permissions.getAll().then((p: { origins: string[] }) => p.origins))).toEqual(['http://127.0.0.1/*']);
    // Removed again: the next test starts without it.
    await firefox.run('extension', (g) => g.browser.permissions.remove({ origins: ['http://127.0.0.1/*'] }));
  });

  it('from the sidebar: "allow" on a page not clicked, Firefox’s prompt, then the sidebar reads it', async () => {
    const first = await tab(server.url(PAGES.fr.route));
    await firefox.clickToolbarButton(first);
    await firefox.popup.waitForDigest(Date.now());
    await firefox.popup.click('[data-testid="open-sidepanel"]');
    await expect.poll(sidebarState, { timeout: 30_000 }).toBe('ready');
    // A tab never clicked: the panel cannot read it, and offers the site.
    await tab(server.url(PAGES.en.route));
    await expect.poll(sidebarState, { timeout: 15_000 }).toBe('idle');
    await firefox.sidebar.click('[data-testid="summarise"]');
    await expect.poll(sidebarState, { timeout: 15_000 }).toBe('error');
    await firefox.sidebar.click('[data-testid="allow-site"]');
    const prompt = await firefox.answerPermissionPrompt(true);
    console.log(`[e2e firefox] permission prompt: "${prompt}"`);
    await expect.poll(sidebarState, { timeout: 30_000 }).toBe('ready');
    const digest = await firefox.sidebar.read();
    expect(digest.heading).toBe('In brief');
    expect(digest.title).toMatch(/Delhi air pollution/);
    expect(await firefox.run('extension', (g) => g.browser.permissions.getAll().then((p: { origins: string[] }) => p.origins))).not.toEqual([]);
  });
});
