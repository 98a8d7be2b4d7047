/**
 * "Ask this article…" in real Chromium, after a real toolbar click on a real French news page
 * (OrangeSum 10010, AFP: a South Korean cyclist stuck in Guinea): ask, see the answer, click
 * it and see its source highlighted in the page; ask what the article does not say and see
 * the refusal with the closest passage; the questions stay listed for the page, in the popup
 * opened again and in the side panel, where the field works from the keyboard.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  clickToolbarButton,
  normaliseText,
  openTab,
  screenshot,
  waitForDigest,
  waitForExtensionPage,
  type ExtensionBrowser,
  type PageServer,
} from '../../testing/harness';
import { useExtensionSession } from './session';

let browser: ExtensionBrowser;
let server: PageServer;
const opened = useExtensionSession([PAGES.fr], (s) => ({ browser, server } = s));

/** What the page highlights now: the Highlight API's ranges, or the <mark> elements. */
async function highlighted(page: Page): Promise<string> {
  const parts = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('en-bref-source');
    if (h && h.size) return [...h].map((r) => r.toString());
    return [...document.querySelectorAll('mark[data-en-bref-source]')].map((m) => m.textContent ?? '');
  });
  return normaliseText(parts.join(' '));
}

async function popupOn(page: Page): Promise<Page> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  expect((await waitForDigest(popup, clickedAt)).state).toBe('ready');
  return popup;
}

/** Types a question in the field and presses Enter; returns the newest asked question once answered. */
async function ask(view: Page, question: string) {
  const before = await view.getByTestId('asked').count();
  await view.getByTestId('ask-input').fill(question);
  await view.getByTestId('ask-input').press('Enter');
  await expect.poll(() => view.getByTestId('asked').count(), { timeout: 10_000 }).toBe(before + 1);
  return view.getByTestId('asked').first();
}

describe('ask the article', () => {
  it('in the popup: an answer from the article, shown in the page on a click; a refusal with the closest passage; kept for the page', async () => {
    const page = await openTab(browser, server.url(PAGES.fr.route));
    opened.push(page);
    const popup = await popupOn(page);
    expect(await popup.getByTestId('ask-input').getAttribute('placeholder')).toMatch(/Ask this article…|Posez une question/);

    const answered = await ask(popup, "Combien d'hôtels ont refusé d'accueillir Raymond Lee ?");
    expect(await answered.getAttribute('data-answered')).toBe('true');
    const answer = answered.getByTestId('ask-answer').first();
    const text = normaliseText((await answer.textContent()) ?? '');
    expect(text).toContain('sept ou huit hôtels');
    await expect.poll(() => popup.getByTestId('ask-announce').textContent()).toMatch(/answer|réponse/);

    await answer.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toContain('sept ou huit hôtels ont refusé');
    expect(await answer.getAttribute('aria-pressed')).toBe('true');
    await answer.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toBe('');

    const refused = await ask(popup, 'Qui a gagné la Coupe du monde de football ?');
    expect(await refused.getAttribute('data-answered')).toBe('false');
    expect(await refused.getByTestId('ask-not-said').textContent()).toMatch(/The article does not say\.|L’article ne le dit pas\.|L'article ne le dit pas\./);
    expect(await refused.getByTestId('ask-answer').count()).toBe(0);
    // The closest passage is offered as such, and shows where it is too.
    const closest = refused.getByTestId('ask-closest');
    if (await closest.count()) {
      await closest.click();
      await expect.poll(() => highlighted(page), { timeout: 5_000 }).not.toBe('');
    }
    await screenshot(popup, 'popup-ask.png');

    // Opened again on the same page: the questions are still listed, newest first.
    await popup.close();
    const again = await popupOn(page);
    await expect.poll(() => again.getByTestId('asked').count()).toBe(2);
    expect(await again.getByTestId('asked').first().locator('.asked-question').textContent()).toContain('Coupe du monde');
  });

  it('in the side panel, from the keyboard: the field, Enter, then Tab to the newest answer and Enter shows it in the page', async () => {
    const page = await openTab(browser, server.url(PAGES.fr.route));
    opened.push(page);
    const popup = await popupOn(page);
    const at = Date.now();
    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
    opened.push(panel);
    expect((await waitForDigest(panel, at)).state).toBe('ready');
    if (!popup.isClosed()) await popup.close().catch(() => {});

    await panel.getByTestId('ask-input').focus();
    await panel.keyboard.type('Quand la Guinée a-t-elle fermé ses frontières ?');
    const before = await panel.getByTestId('asked').count();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.getByTestId('asked').count(), { timeout: 10_000 }).toBe(before + 1);
    const newest = panel.getByTestId('asked').first();
    expect(await newest.getAttribute('data-answered')).toBe('true');
    expect(normaliseText((await newest.getByTestId('ask-answer').first().textContent()) ?? '')).toContain('mars');

    // The field is left empty (its button disabled until something is typed): Tab goes to the newest answer.
    expect(await panel.getByTestId('ask-input').inputValue()).toBe('');
    expect(await panel.getByTestId('ask-submit').isDisabled()).toBe(true);
    await panel.getByTestId('ask-input').focus();
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('ask-answer');
    await panel.keyboard.press('Enter');
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toContain('fermé ses frontières');
  });
});
