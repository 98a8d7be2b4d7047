/**
 * The toolbar popup in real Chromium, opened by a real action click (CDP
 * Extensions.triggerAction) on real news pages. See testing/harness.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  PAGES,
  clickToolbarButton,
  closePopup,
  copiedText,
  normaliseText,
  openTab,
  readDigest,
  screenshot,
  waitForDigest,
  waitForExtensionPage,
  type DigestSnapshot,
  type ExtensionBrowser,
  type PageServer,
  type Timing,
} from '../../testing/harness';
import { useExtensionSession } from './session';
import { reference } from '../../testing/pages';
import { NO_ARTICLE, RESTRICTED, bodyTexts, expectMarkdownOf, expectWellFormedDigest, readerText, withoutCacheFlag } from './checks';

let browser: ExtensionBrowser;
let server: PageServer;
/** Tabs and popups opened by the current test, closed after it. */
const opened = useExtensionSession(Object.values(PAGES), (s) => ({ browser, server } = s));

async function tab(url: string): Promise<Page> {
  const page = await openTab(browser, url);
  opened.push(page);
  return page;
}

/** Clicks the toolbar button on `page`, waits for the popup to settle, reads it. */
async function clickAndRead(page: Page, label: string, shot?: string): Promise<{ popup: Page; digest: DigestSnapshot; timing: Timing }> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  const { timing } = await waitForDigest(popup, clickedAt);
  const digest = await readDigest(popup);
  if (shot) await screenshot(popup, shot);
  console.log(
    `[e2e] ${label}: click -> digest rendered ${timing.clickToRenderedMs} ms ` +
      `(popup document started ${timing.clickToPopupStartMs} ms after the click); state=${digest.state}` +
      (digest.error ? ` error="${digest.error}"` : ` bullets=${digest.bullets.length} faq=${digest.faq.length}`),
  );
  return { popup, digest, timing };
}

/** What the page highlights now: the Highlight API's ranges, or the <mark> elements. */
async function highlighted(page: Page): Promise<string> {
  const parts = await page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('en-bref-source');
    if (h && h.size) return [...h].map((r) => r.toString());
    return [...document.querySelectorAll('mark[data-en-bref-source]')].map((m) => m.textContent ?? '');
  });
  return normaliseText(parts.join(' '));
}

/** What the reader sees on the page, plus its raw text (a bullet may quote either). */
const pageText = async (page: Page) => readerText(await page.evaluate(bodyTexts));

describe('toolbar popup on a news article', () => {
  it('French page (OrangeSum): EN BREF bullets taken from the article, and an FAQ', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    const { popup, digest } = await clickAndRead(page, 'fr', 'popup-fr.png');
    expectWellFormedDigest(digest, 'EN BREF', await pageText(page));
    expect(await popup.getByTestId('copy-markdown').isVisible(), 'copy-markdown button').toBe(true);
    expect(await popup.getByTestId('open-sidepanel').isVisible(), 'open-sidepanel button').toBe(true);
    expect(normaliseText(digest.title ?? '')).toContain(normaliseText(reference('fr-orange-globe-trotteur').title!));
    expect(digest.bullets.map((b) => b.text).join(' ')).toMatch(/Guinée|Raymond Lee|vélo/);
    // A news story without aspects: no table.
    expect(digest.table).toBeNull();
  });

  it('French article organised in aspects: the "at a glance" table between the bullets and the FAQ; a row shows its source in the page; copied in Markdown; the same in the side panel', async () => {
    const page = await tab(server.url(PAGES.aspects.route));
    const { popup, digest } = await clickAndRead(page, 'fr aspects', 'popup-table-fr.png');
    expectWellFormedDigest(digest, 'EN BREF', await pageText(page));
    expect(digest.table?.caption).toBe("En un coup d'œil");
    expect(digest.table?.columns).toEqual(['Aspect', "Ce qu'en dit l'article"]);
    expect(digest.table?.rows.map((r) => r.aspect)).toEqual([
      'Production de contenu',
      'Recommandations personnalisées',
      'Liberté créative des cinéastes',
      'Encadrement législatif',
      'Éthique et déshumanisation',
    ]);
    // Between the bullets and the FAQ.
    expect(
      await popup.evaluate(() => {
        const [b, t, f] = ['bullets', 'digest-table', 'faq'].map((id) => document.querySelector(`[data-testid="${id}"]`));
        if (!b || !t || !f) return false;
        return !!(b.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) && !!(t.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
    ).toBe(true);
    // A row's text is a button, as a bullet is: it highlights its sentence in the page, and clears it.
    const row = popup.locator('[data-testid="digest-table"] tbody tr').nth(3).locator('button.source-line');
    await row.click();
    await expect.poll(() => row.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toContain("L'encadrement législatif reste flou");
    await row.click();
    await expect.poll(() => highlighted(page), { timeout: 5_000 }).toBe('');

    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => copiedText(popup), { timeout: 5_000 }).toBeTruthy();
    expectMarkdownOf((await copiedText(popup))!, digest, /^# L'intelligence artificielle chez Cinéflux/);
    await popup.getByTestId('copy-text').click();
    await expect.poll(async () => (await copiedText(popup)) ?? '', { timeout: 5_000 }).toContain("EN UN COUP D'ŒIL");
    expect(normaliseText((await copiedText(popup))!)).toContain(`Encadrement législatif — ${normaliseText(digest.table!.rows[3].text)}`);

    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
    opened.push(panel);
    await waitForDigest(panel, Date.now());
    expect(withoutCacheFlag(await readDigest(panel))).toEqual(withoutCacheFlag(digest));
  });

  it('French page written for the tests: questions a reader asks, never its sub-headings as "what does the article say about" (README screenshot)', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    const { popup, digest } = await clickAndRead(page, 'fr exemple');
    expectWellFormedDigest(digest, 'EN BREF', await pageText(page));
    expect(digest.title).toBe('Vélo : la ville de Lyrac ouvre dix kilomètres de pistes en un été');
    expect(digest.site).toBe("Le Courrier d'exemple");
    // French typography: a (narrow no-break) space before "?".
    const questions = digest.faq.map((f) => f.question);
    expect(questions.length, questions.join(' | ')).toBeGreaterThanOrEqual(2);
    for (const q of questions) expect(q).toMatch(/^(?:Pourquoi|Que|Qu'|Qui|Quand|Où|Combien|Comment|Quel|Quelle|Quels|Quelles|Est-ce)\b.*\S\s\?$/u);
    expect(
      questions.some((q) => /article sur/u.test(q)),
      questions.join(' | '),
    ).toBe(false);
    // Open the first FAQ item for the picture, as a reader would.
    await popup.locator('[data-testid="faq"] summary').first().click();
    await screenshot(popup, 'popup-exemple-fr.png');
  });

  it('a selection is summarised instead of the whole page, and the popup says so', async () => {
    const page = await tab(server.url(PAGES.exemple.route));
    // Select the two paragraphs under "Une deuxième tranche en 2027" and the one after.
    await page.evaluate(() => {
      const paragraphs = Array.from(document.querySelectorAll('article p'));
      const start = paragraphs.findIndex((p) => p.textContent!.startsWith('La ville prévoit'));
      const range = document.createRange();
      range.setStartBefore(paragraphs[start]);
      range.setEndAfter(paragraphs[paragraphs.length - 1]);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const { popup, digest } = await clickAndRead(page, 'fr selection');
    expect(digest.state, `popup error: ${digest.error}`).toBe('ready');
    expect(await popup.getByTestId('selection-note').isVisible()).toBe(true);
    const text = digest.bullets.map((b) => b.text).join(' ');
    expect(text).not.toMatch(/inauguré lundi/);
    expect(text).toMatch(/tranche|subventions|vélos|associations/);
  });

  it('English page (Scrapinghub, Vox): "In brief"', async () => {
    const page = await tab(server.url(PAGES.en.route));
    const { digest } = await clickAndRead(page, 'en', 'popup-en.png');
    expectWellFormedDigest(digest, 'In brief', await pageText(page));
    expect(digest.title).toMatch(/Delhi air pollution/);
    expect(digest.bullets.map((b) => b.text).join(' ')).toMatch(/Delhi|pollution|air/i);
  });

  it('a second click on the same tab shows the same digest again (cached)', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    const first = await clickAndRead(page, 'fr, first click');
    expect(first.digest.state, `popup error: ${first.digest.error}`).toBe('ready');
    await closePopup(first.popup);
    const second = await clickAndRead(page, 'fr, second click (cached)');
    expect(withoutCacheFlag(second.digest)).toEqual(withoutCacheFlag(first.digest));
    // The UI says where the digest came from (data-cached), when it says it at all.
    if (second.digest.cached !== null) expect(second.digest.cached).toBe('true');
  });

  it('"Copy as Markdown" copies the digest; "Open in side panel" shows it there', async () => {
    const page = await tab(server.url(PAGES.en.route));
    const { popup, digest } = await clickAndRead(page, 'en, for the buttons');
    expect(digest.state, `popup error: ${digest.error}`).toBe('ready');

    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => copiedText(popup), { timeout: 5_000 }).toBeTruthy();
    expectMarkdownOf((await copiedText(popup))!, digest, /^# .*Delhi air pollution/);

    const openedAt = Date.now();
    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
    opened.push(panel);
    const { state, timing } = await waitForDigest(panel, openedAt);
    console.log(`[e2e] side panel: button -> digest rendered ${timing.clickToRenderedMs} ms; state=${state}`);
    const inPanel = await readDigest(panel);
    expect(withoutCacheFlag(inPanel)).toEqual(withoutCacheFlag(digest));
  });
});

describe('toolbar popup where there is nothing to summarise', () => {
  it('page without an article: a plain error message', async () => {
    const page = await tab(server.url(PAGES.noArticle.route));
    const { digest } = await clickAndRead(page, 'no article');
    expect(digest.state).toBe('error');
    expect(digest.error).toBe(NO_ARTICLE);
    expect(digest.bullets).toEqual([]);
  });

  it('restricted page (chrome://version): the browser does not let the extension read it', async () => {
    const page = await tab('chrome://version/');
    const { digest } = await clickAndRead(page, 'chrome://version');
    expect(digest.state).toBe('error');
    expect(digest.error).toBe(RESTRICTED);
    expect(digest.bullets).toEqual([]);
  });
});
