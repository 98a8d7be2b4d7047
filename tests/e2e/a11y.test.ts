/**
 * Accessibility in real Chromium: axe-core finds no violation in the popup, the side panel,
 * the library and the options page, in the light and the dark theme; the popup works from the
 * keyboard with a visible focus, its FAQ items are disclosure widgets, a live region says
 * when the digest is ready, and the question field ("Ask this article…") is labelled, reached
 * from the keyboard, and says when answers come. The README's screenshots (docs/) are taken here, from this run.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  REPO_ROOT,
  clickToolbarButton,
  openTab,
  screenshot,
  waitForDigest,
  waitForExtensionPage,
  type ExtensionBrowser,
  type PageServer,
} from '../../testing/harness';
import { useExtensionSession } from './session';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOCS = path.join(REPO_ROOT, 'docs');

let browser: ExtensionBrowser;
let server: PageServer;
const opened = useExtensionSession([PAGES.exemple, PAGES.en, PAGES.exempleSuite], (s) => ({ browser, server } = s));

interface Violation {
  id: string;
  impact?: string;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is now (every rule axe runs by default, WCAG 2.2 A/AA and best practices). */
async function axe(page: Page): Promise<Violation[]> {
  // Through the DevTools protocol, which the extension pages' CSP does not apply to.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    const r = await a.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const found = await axe(page);
  expect(found, `${where}:\n${JSON.stringify(found, null, 1)}`).toEqual([]);
}

/** The element that has the keyboard focus, and whether it shows it (an outline or a box shadow). */
const focusShown = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', visible: false };
    const s = getComputedStyle(el);
    const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    return { tag: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`, visible };
  });

async function setTheme(theme: 'light' | 'dark' | 'system'): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId(`options-theme-${theme}`).check();
  await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe(theme);
  await options.close();
}

async function keep(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  await mkdir(DOCS, { recursive: true });
  await copyFile(file, path.join(DOCS, name));
}

async function popupOn(route: string): Promise<{ page: Page; popup: Page }> {
  const page = await openTab(browser, server.url(route));
  opened.push(page);
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  expect((await waitForDigest(popup, clickedAt)).state).toBe('ready');
  return { page, popup };
}

describe('accessibility', () => {
  it('the popup on a French article: no axe violation, keyboard with visible focus, FAQ disclosures, ready announced', async () => {
    const { popup } = await popupOn(PAGES.exemple.route);
    await expect.poll(() => popup.getByTestId('digest-announce').textContent()).toMatch(/^Digest ready\. Bullets: \d\. Questions: \d\.$/);
    await expectNoViolations(popup, 'popup, light');
    await keep(popup, 'popup-fr.png');

    // Tab goes through the lines, the questions and the buttons, each showing its focus.
    const seen: string[] = [];
    for (let i = 0; i < 14; i++) {
      await popup.keyboard.press('Tab');
      const f = await focusShown(popup);
      expect(f.visible, `focus on ${f.tag} is not visible`).toBe(true);
      seen.push(f.tag);
    }
    expect(seen).toContain('summary');
    expect(seen.some((s) => s.startsWith('button'))).toBe(true);
    // A question opens and closes from the keyboard, as a disclosure does.
    const question = popup.locator('[data-testid="faq"] summary').first();
    await question.focus();
    const open = () =>
      popup
        .locator('[data-testid="faq"] details')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await open()).toBe(false);
    await popup.keyboard.press('Enter');
    expect(await open()).toBe(true);
    await expectNoViolations(popup, 'popup, a question open');
    await popup.keyboard.press('Space');
    expect(await open()).toBe(false);
  });

  it('"Ask this article…": a labelled field, reached and used from the keyboard with a visible focus, answers and a refusal announced, no axe violation', async () => {
    const { popup } = await popupOn(PAGES.exemple.route);
    const input = popup.getByTestId('ask-input');
    expect(await input.getAttribute('aria-label')).toBe(await input.getAttribute('placeholder'));
    // From the keyboard: Tab until the field has the focus, type, Enter.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.keyboard.press('Tab');
      const f = await focusShown(popup);
      expect(f.visible, `focus on ${f.tag} is not visible`).toBe(true);
      reached = f.tag === 'input[ask-input]';
    }
    expect(reached, 'the question field is in the tab order').toBe(true);
    await popup.keyboard.type('Combien a coûté le chantier ?');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('ask-announce').textContent()).toMatch(/answer/);
    await popup.getByTestId('ask-input').fill('Quel est le score du match ?');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('ask-announce').textContent()).toBe('The article does not say.');
    expect(await popup.getByTestId('asked').count()).toBe(2);
    await expectNoViolations(popup, 'popup, questions asked');
    // The answer is a button, as the bullets are.
    const answer = popup.getByTestId('ask-answer').first();
    expect(await answer.evaluate((b) => b.tagName)).toBe('BUTTON');
    await answer.focus();
    expect((await focusShown(popup)).visible).toBe(true);
  });

  it('the side panel, the library and the options page: no axe violation', async () => {
    const { popup } = await popupOn(PAGES.exemple.route);
    await popup.getByTestId('save-digest').click();
    await expect.poll(() => popup.getByTestId('save-digest').getAttribute('class')).toContain('saved');
    const at = Date.now();
    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
    opened.push(panel);
    expect((await waitForDigest(panel, at)).state).toBe('ready');
    await expectNoViolations(panel, 'side panel');
    await keep(panel, 'sidepanel.png');

    const library = await browser.context.newPage();
    opened.push(library);
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('[data-testid="library-item"]').first().waitFor();
    await expectNoViolations(library, 'library');
    await keep(library, 'library.png');
    // A search: results with the words found marked.
    await library.getByTestId('library-search').fill('pistes lyrac');
    await library.locator('[data-testid="library-item"] mark').first().waitFor();
    await expectNoViolations(library, 'library, words marked');

    // The follow-up article: "already in your library" in its popup.
    const suite = await popupOn(PAGES.exempleSuite.route);
    await suite.popup.getByTestId('in-library').waitFor({ timeout: 10_000 });
    await expectNoViolations(suite.popup, 'popup, already in your library');

    const options = await browser.context.newPage();
    opened.push(options);
    await options.setViewportSize({ width: 900, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options
      .getByTestId('options-data-figures')
      .filter({ hasText: /1 digest/ })
      .waitFor();
    await expectNoViolations(options, 'options');
    await keep(options, 'options.png');
    // The wipe's confirmation, too.
    await options.getByTestId('options-wipe').click();
    await options.getByTestId('options-wipe-confirm').waitFor();
    await expectNoViolations(options, 'options, confirming a wipe');
  });

  it('in the dark theme too: popup, options and library', async () => {
    await setTheme('dark');
    try {
      const { popup } = await popupOn(PAGES.en.route);
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(28, 27, 25)');
      await expectNoViolations(popup, 'popup, dark');
      for (const file of ['options.html', 'library.html']) {
        const p = await browser.context.newPage();
        opened.push(p);
        await p.goto(`chrome-extension://${browser.extensionId}/${file}`);
        await expect.poll(() => p.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        await p.locator('main').first().waitFor();
        await expectNoViolations(p, `${file}, dark`);
        if (file === 'library.html') {
          await p.getByTestId('library-search').fill('pistes lyrac');
          await p.locator('[data-testid="library-item"] mark').first().waitFor();
          await expectNoViolations(p, 'library, words marked, dark');
        }
      }
    } finally {
      await setTheme('system');
    }
  });
});
