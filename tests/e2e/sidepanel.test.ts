/**
 * The side panel beside the article, in real Chromium: opened from the popup after a real
 * toolbar click, it shows where each line comes from (highlight in the page, cleared by a
 * second click or Escape), follows the tabs (cached digest, or "Summarise this page"), and
 * offers to allow a site it may not read.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  clickToolbarButton,
  normaliseText,
  openTab,
  readDigest,
  screenshot,
  waitForDigest,
  waitForExtensionPage,
  type ExtensionBrowser,
  type PageServer,
} from '../../testing/harness';
import { useExtensionSession } from './session';

let browser: ExtensionBrowser;
let server: PageServer;
const opened = useExtensionSession(Object.values(PAGES), (s) => ({ browser, server } = s));

/** What the page highlights now: the Highlight API's ranges, or our <mark> elements. */
async function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const h = registry?.get('en-bref-source');
    if (h && h.size) return [...h].map((r) => r.toString());
    return [...document.querySelectorAll('mark[data-en-bref-source]')].map((m) => m.textContent ?? '');
  });
}
const hasStyle = (page: Page) => page.evaluate(() => !!document.getElementById('en-bref-highlight-style'));

async function openPanel(page: Page): Promise<{ panel: Page; popup: Page }> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  expect((await waitForDigest(popup, clickedAt)).state).toBe('ready');
  const at = Date.now();
  const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
  opened.push(panel);
  expect((await waitForDigest(panel, at)).state).toBe('ready');
  return { panel, popup };
}

describe('side panel', () => {
  it('a bullet shows its source sentence in the page; a second click and Escape clear it', async () => {
    const page = await openTab(browser, server.url(PAGES.fr.route));
    opened.push(page);
    const { panel, popup } = await openPanel(page);
    if (!popup.isClosed()) await popup.close().catch(() => {});
    const digest = await readDigest(panel);

    const first = panel.locator('[data-testid="bullets"] > li button').first();
    await first.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).not.toEqual([]);
    const shown = (await highlighted(page)).map(normaliseText).join(' ');
    // The bullet is its source sentence (or a trim of it): the page highlights that sentence.
    const bulletWords = normaliseText(digest.bullets[0].text).split(' ').slice(0, 6).join(' ');
    expect(shown).toContain(bulletWords);
    expect(await first.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => panel.getByTestId('highlight-note').textContent()).toMatch(/Highlighted|Surligné/);
    await screenshot(panel, 'sidepanel.png');

    await first.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual([]);
    expect(await hasStyle(page)).toBe(false);
    expect(await first.getAttribute('aria-pressed')).toBe('false');

    // An FAQ answer, then Escape in the page.
    const details = panel.locator('[data-testid="faq"] details').first();
    await details.locator('summary').click();
    const answer = details.getByTestId('faq-answer');
    const answerText = normaliseText((await answer.textContent()) ?? '');
    await answer.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).not.toEqual([]);
    // The page highlights the answer's source sentences: the answer is them, or a trim of them.
    const marked = normaliseText((await highlighted(page)).join(' '));
    expect(marked.startsWith(answerText.split(' ').slice(0, 6).join(' ')), `${marked} | ${answerText}`).toBe(true);
    expect(marked.length).toBeGreaterThanOrEqual(answerText.length - 2);
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toEqual([]);
    // The page's text is whole again: the highlight never changed it.
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-en-bref-source]').length)).toBe(0);
  });

  it('follows the tabs: "Summarise this page" on a new tab, the site to allow without a grant, the cached digest back on the first', async () => {
    const page = await openTab(browser, server.url(PAGES.fr.route));
    opened.push(page);
    const { panel, popup } = await openPanel(page);
    if (!popup.isClosed()) await popup.close().catch(() => {});
    const before = await readDigest(panel);

    const other = await openTab(browser, server.url(PAGES.en.route));
    opened.push(other);
    await other.bringToFront();
    await expect.poll(() => panel.getByTestId('digest-view').getAttribute('data-state'), { timeout: 10_000 }).toBe('idle');
    await panel.getByTestId('summarise').click();
    // No toolbar click on this tab, no site allowed: the panel says to click the icon, and
    // offers the optional permission (the browser hides the tab's url, so: every site).
    await expect.poll(() => panel.getByTestId('digest-view').getAttribute('data-state'), { timeout: 10_000 }).toBe('error');
    expect(await panel.getByTestId('error').textContent()).toMatch(/Click the En bref icon|Cliquez sur l’icône/);
    expect(await panel.getByTestId('allow-site').textContent()).toMatch(/sites I visit|sites que je visite/);

    await page.bringToFront();
    await expect.poll(() => panel.getByTestId('digest-view').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
    const back = await readDigest(panel);
    expect(back.cached).toBe('true');
    expect(back.bullets).toEqual(before.bullets);
  });

  it('says what is already in the library on the same subject, with a link to it', async () => {
    // The example article saved from the popup...
    const first = await openTab(browser, server.url(PAGES.exemple.route));
    opened.push(first);
    const { popup, clickedAt } = await clickToolbarButton(browser, first);
    opened.push(popup);
    expect((await waitForDigest(popup, clickedAt)).state).toBe('ready');
    await popup.getByTestId('save-digest').click();
    await expect.poll(() => popup.getByTestId('save-digest').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    if (!popup.isClosed()) await popup.close().catch(() => {});
    // ...then its follow-up read in the side panel.
    const page = await openTab(browser, server.url(PAGES.exempleSuite.route));
    opened.push(page);
    const { panel } = await openPanel(page);
    const related = panel.getByTestId('in-library');
    await related.waitFor({ timeout: 10_000 });
    const links = related.locator('[data-testid="in-library-item"] a');
    expect(await links.count()).toBe(1);
    expect(normaliseText((await links.first().textContent()) ?? '')).toBe('Vélo : la ville de Lyrac ouvre dix kilomètres de pistes en un été');
    expect(await links.first().getAttribute('href')).toBe(server.url(PAGES.exemple.route));
    // Reached from the keyboard like the panel's other links and buttons.
    await links.first().focus();
    expect(await panel.evaluate(() => document.activeElement?.closest('[data-testid="in-library"]') !== null)).toBe(true);
  });

  it('from the popup too: its bullets show their source in the page behind it', async () => {
    const page = await openTab(browser, server.url(PAGES.en.route));
    opened.push(page);
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    opened.push(popup);
    expect((await waitForDigest(popup, clickedAt)).state).toBe('ready');
    const second = popup.locator('[data-testid="bullets"] > li button').nth(1);
    const text = normaliseText((await second.textContent()) ?? '');
    await second.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).not.toEqual([]);
    expect(normaliseText((await highlighted(page)).join(' '))).toContain(text.split(' ').slice(0, 5).join(' '));
  });
});
