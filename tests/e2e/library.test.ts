/**
 * The library of saved digests in real Chromium with the built extension: save from the
 * popup (real toolbar click), open the library page, search, star, tag, delete and undo,
 * export JSON and Markdown (real downloads), wipe, import the file back, then reload the
 * extension and find everything still there. See testing/harness.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  PAGES,
  TEST_OUTPUT,
  clickToolbarButton,
  closePopup,
  launchExtensionBrowser,
  normaliseText,
  openTab,
  readDigest,
  screenshot,
  startPageServer,
  waitForDigest,
  waitForExtensionPage,
  type DigestSnapshot,
  type ExtensionBrowser,
  type PageServer,
} from '../../testing/harness';
import type { JsonExport } from '../../lib/library/export';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = await startPageServer([PAGES.exemple, PAGES.fr, PAGES.en, PAGES.exempleSuite, PAGES.aspects]);
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks the toolbar button on `tab`, waits for the digest; returns the popup and what it shows. */
async function digestOf(tab: Page): Promise<{ tab: Page; popup: Page; digest: DigestSnapshot }> {
  const { popup, clickedAt } = await clickToolbarButton(browser, tab);
  await waitForDigest(popup, clickedAt);
  const digest = await readDigest(popup);
  expect(digest.state, `popup error: ${digest.error}`).toBe('ready');
  return { tab, popup, digest };
}

async function saveIn(popup: Page): Promise<void> {
  const button = popup.getByTestId('save-digest');
  await button.click();
  await expect.poll(() => button.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
  expect(await popup.getByTestId('save-error').count()).toBe(0);
}

/** Waits until the library shows the results of `query` (data-query) and is ready. */
async function settled(page: Page, query = ''): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const m = document.querySelector('[data-testid="library"]');
      return m?.getAttribute('data-state') === 'ready' && m.getAttribute('data-query') === q;
    },
    query,
    { timeout: 10_000 },
  );
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.getByTestId('library-search').fill(query);
  await settled(page, query);
  return titles(page);
}

const titles = (page: Page) => page.locator('[data-testid="library-item"] [data-testid="library-title"]').allTextContents();
const items = (page: Page) => page.locator('[data-testid="library-item"]');

/** Clicks an export button and returns the downloaded file's name and text. */
async function download(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId(testId).click()]);
  const saved = path.join(TEST_OUTPUT, `library-download${path.extname(file.suggestedFilename())}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), text: readFileSync(saved, 'utf8') };
}

async function exportJson(page: Page): Promise<JsonExport> {
  const { name, text } = await download(page, 'library-export-json');
  expect(name).toMatch(/^en-bref-library-\d{4}-\d{2}-\d{2}\.json$/);
  return JSON.parse(text) as JsonExport;
}

describe('library of saved digests', () => {
  it('save from the popup, search, star, tag, undo a delete, export, wipe, import back, survive a reload', async () => {
    // Three articles saved from the popup; the first one saved twice stays one record.
    const saved: DigestSnapshot[] = [];
    const tabs: Page[] = [];
    let lastPopup: Page | undefined;
    for (const page of [PAGES.exemple, PAGES.fr, PAGES.en]) {
      tabs.push(await openTab(browser, server.url(page.route)));
      const { popup, digest } = await digestOf(tabs[tabs.length - 1]);
      await saveIn(popup);
      if (page === PAGES.exemple) await saveIn(popup);
      saved.push(digest);
      if (page === PAGES.en) lastPopup = popup;
      else await closePopup(popup);
    }
    // Opened again, the popup knows the article is saved.
    await closePopup(lastPopup!);
    const again = await digestOf(tabs[0]);
    // The popup asks the library after it shows the digest: the button turns "saved" a moment later.
    await expect.poll(() => again.popup.getByTestId('save-digest').getAttribute('data-state'), { timeout: 5_000 }).toBe('saved');

    // "Open library" opens the library page in a tab.
    const lib = await waitForExtensionPage(browser, 'library.html', () => again.popup.getByTestId('open-library').click());
    await settled(lib);
    await lib.setViewportSize({ width: 1000, height: 1100 }).catch(() => {});
    expect(await items(lib).count()).toBe(3);
    // Newest first, shown as the popup showed them.
    expect((await titles(lib)).map(normaliseText)).toEqual([...saved].reverse().map((d) => normaliseText(d.title!)));
    const first = items(lib).first();
    const bullets = (await first.locator('[data-testid="library-bullets"] > li').allTextContents()).map(normaliseText);
    expect(bullets).toEqual(saved[2].bullets.map((b) => normaliseText(b.text)));
    // "Open" goes to the article's canonical url (the page names vox.com's), the key of the record.
    expect(await first.getByTestId('library-open').getAttribute('href')).toMatch(/^https:\/\/www\.vox\.com\/.*delhi/);

    // Search: accents and case do not matter, the last word is a prefix; typos, other forms,
    // other words for it and the other language too; best first, the words found marked.
    const exempleTitle = saved[0].title!;
    const delhiTitle = normaliseText(saved[2].title!);
    // (The other two articles speak of a cyclist and of bicycles: "vélo" finds them too, after.)
    expect((await search(lib, 'VELO lyra'))[0]).toBe(exempleTitle);
    expect(await search(lib, 'lyrac ')).toEqual([exempleTitle]);
    expect((await search(lib, 'pistes cyclabes lyrak'))[0]).toBe(exempleTitle);
    const marked = await items(lib).first().locator('[data-testid="library-title"] mark').allTextContents();
    expect(marked).toEqual(['Lyrac', 'pistes']);
    // The title reads as it did: marks are text, nothing else changed.
    expect((await titles(lib))[0]).toBe(exempleTitle);
    expect((await search(lib, 'bicycle mayor '))[0]).toBe(exempleTitle);
    expect((await search(lib, 'delhi')).map(normaliseText)).toEqual([delhiTitle]);
    // Both words in one record first; a record with one of them after.
    expect((await search(lib, 'pollution delhi')).map(normaliseText)[0]).toBe(delhiTitle);
    expect((await search(lib, 'delhi lyrac')).map(normaliseText).sort()).toEqual([normaliseText(exempleTitle), delhiTitle].sort());
    expect(await search(lib, 'zzzz qqqq')).toEqual([]);
    expect(await lib.getByTestId('library-empty').textContent()).toMatch(/No saved digest matches|Aucun résumé/);
    await search(lib, '');

    // "Already in your library": the follow-up article's popup links to the saved one (and
    // not to the two saved articles on other subjects).
    const suite = await digestOf(await openTab(browser, server.url(PAGES.exempleSuite.route)));
    const related = suite.popup.getByTestId('in-library');
    await related.waitFor({ timeout: 10_000 });
    expect(await related.getByTestId('in-library-item').count()).toBe(1);
    const link = related.locator('a');
    expect(await link.textContent()).toBe(exempleTitle);
    expect(await link.getAttribute('href')).toBe(server.url(PAGES.exemple.route));
    expect(await link.getAttribute('target')).toBe('_blank');
    await closePopup(suite.popup);
    await suite.tab.close();

    // Star and tag the French article; filter by them.
    const exemple = items(lib).filter({ hasText: 'Lyrac' });
    await exemple.getByTestId('library-star').click();
    await expect.poll(() => exemple.getAttribute('data-starred')).toBe('true');
    await exemple.getByTestId('library-tag-input').fill('à lire');
    await exemple.getByTestId('library-tag-input').press('Enter');
    await expect.poll(() => exemple.getByTestId('library-tag').allTextContents()).toEqual(['à lire']);
    await lib.getByTestId('library-filter-starred').check();
    await settled(lib);
    await expect.poll(() => titles(lib)).toEqual([exempleTitle]);
    await lib.getByTestId('library-filter-starred').uncheck();
    expect((await search(lib, 'a lire'))[0]).toBe(exempleTitle);
    await search(lib, '');
    await expect.poll(() => items(lib).count()).toBe(3);

    // Delete, then undo.
    const orangesum = items(lib).nth(1);
    const orangesumUrl = await orangesum.getAttribute('data-url');
    await orangesum.getByTestId('library-delete').click();
    await expect.poll(() => items(lib).count()).toBe(2);
    await lib.getByTestId('library-undo').click();
    await expect.poll(() => items(lib).count()).toBe(3);
    expect(await items(lib).nth(1).getAttribute('data-url')).toBe(orangesumUrl);

    await screenshot(lib, 'library.png');

    // Export everything as JSON and as Markdown (real downloads).
    const exported = await exportJson(lib);
    expect(exported).toMatchObject({ format: 'en-bref-library', version: 1 });
    expect(exported.records).toHaveLength(3);
    const byTitle = new Map(exported.records.map((r) => [normaliseText(r.article.title), r]));
    for (const d of saved) {
      const r = byTitle.get(normaliseText(d.title!))!;
      expect(r, d.title!).toBeDefined();
      expect(r.digest.heading).toBe(d.heading);
      expect(r.digest.bullets.map((b) => normaliseText(b.text))).toEqual(d.bullets.map((b) => normaliseText(b.text)));
      expect(r.digest.faq.map((f) => normaliseText(f.question))).toEqual(d.faq.map((f) => normaliseText(f.question)));
      expect(r.sentences.length).toBeGreaterThan(r.digest.bullets.length);
      for (const b of r.digest.bullets) for (const s of b.sources) expect(r.sentences[s], `sentence ${s}`).toBeDefined();
      expect(r.digest.engine.id).toBeTruthy();
      expect(r.readAt).toBeGreaterThan(0);
    }
    expect(exported.records.map((r) => r.article.url).sort()).toEqual([PAGES.exemple, PAGES.fr, PAGES.en].map((p) => server.url(p.route)).sort());
    expect(byTitle.get(exempleTitle)).toMatchObject({ starred: true, tags: ['à lire'], article: { lang: 'fr', siteName: "Le Courrier d'exemple" } });
    const markdown = await download(lib, 'library-export-md');
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toMatch(/^---\ntitle: "/);
    expect(markdown.text.match(/^## /gm)).toHaveLength(3);
    expect(markdown.text).toContain('#à-lire');

    // Export the selection only.
    await items(lib).first().getByTestId('library-select').check();
    const one = await exportJson(lib);
    expect(one.records.map((r) => r.url)).toEqual([exported.records[0].url]);
    await items(lib).first().getByTestId('library-select').uncheck();

    // Wipe, then import the file back: every field restored.
    await lib.getByTestId('library-wipe').click();
    await lib.getByTestId('library-wipe-confirm').click();
    await expect.poll(() => items(lib).count()).toBe(0);
    await lib.getByTestId('library-empty').waitFor();
    const file = path.join(TEST_OUTPUT, 'library-export.json');
    writeFileSync(file, JSON.stringify(exported));
    await lib.getByTestId('library-import').setInputFiles(file);
    await expect.poll(() => lib.getByTestId('library-message').textContent()).toMatch(/3 (new|nouveaux)/);
    await expect.poll(() => items(lib).count()).toBe(3);
    expect((await exportJson(lib)).records).toEqual(exported.records);
    // Importing the same file again adds nothing.
    await lib.getByTestId('library-import').setInputFiles(file);
    await expect.poll(() => lib.getByTestId('library-message').textContent()).toMatch(/0 (new|nouveau).*3 (already there|déjà là)/);
    expect(await items(lib).count()).toBe(3);

    // Reload the extension (as an update does): the library is intact. CDP's
    // Extensions.loadUnpacked on the same folder reloads it (its pages close); in this
    // Chromium, chrome.runtime.reload() leaves an extension loaded with --load-extension
    // blocked (ERR_BLOCKED_BY_CLIENT) instead of starting it again.
    const closed = lib.waitForEvent('close', { timeout: 15_000 });
    const { id } = (await browser.cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
    expect(id).toBe(browser.extensionId);
    await closed;
    const reopened = await browser.context.newPage();
    await expect
      .poll(
        async () => {
          await reopened.goto(`chrome-extension://${browser.extensionId}/library.html`).catch(() => {});
          return reopened.getByTestId('library').count();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe(1);
    await settled(reopened);
    expect(await items(reopened).count()).toBe(3);
    expect((await exportJson(reopened)).records).toEqual(exported.records);
    await reopened.close();
  });

  it('a digest with a table (an article in aspects): the library shows it, searches its rows, exports it in JSON and as a Markdown table', async () => {
    const { popup, digest } = await digestOf(await openTab(browser, server.url(PAGES.aspects.route)));
    expect(digest.table?.rows.length).toBe(5);
    await saveIn(popup);
    const lib = await waitForExtensionPage(browser, 'library.html', () => popup.getByTestId('open-library').click());
    await settled(lib);
    const item = items(lib).filter({ hasText: 'Cinéflux' });
    await expect.poll(() => item.count()).toBe(1);
    const table = item.getByTestId('library-table');
    expect(normaliseText((await table.locator('summary').textContent()) ?? '')).toBe(normaliseText(digest.table!.caption!));
    await table.locator('summary').click();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']));
    expect(rows.map(([a, t]) => [normaliseText(a), normaliseText(t)])).toEqual(digest.table!.rows.map((r) => [normaliseText(r.aspect), normaliseText(r.text)]));
    // Found by the words of its table (the row on the law).
    expect((await search(lib, 'encadrement flou')).some((t) => t.includes('Cinéflux'))).toBe(true);
    await search(lib, '');

    const exported = await exportJson(lib);
    const record = exported.records.find((r) => r.article.title.includes('Cinéflux'))!;
    expect(record.digest.table?.rows.map((r) => normaliseText(r.text))).toEqual(digest.table!.rows.map((r) => normaliseText(r.text)));
    for (const r of record.digest.table!.rows) for (const i of r.sources) expect(record.sentences[i], `sentence ${i}`).toBeDefined();
    // The other records, saved from news stories, have none.
    for (const r of exported.records.filter((x) => x !== record)) expect(r.digest.table ?? null).toBeNull();
    const markdown = await download(lib, 'library-export-md');
    expect(markdown.text).toContain("### En un coup d'œil\n\n| Aspect | Ce qu'en dit l'article |\n|---|---|\n| Production de contenu | ");
    await closePopup(popup);
    await lib.close();
  });
});
