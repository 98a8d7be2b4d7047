/**
 * The Firefox build in Debian's firefox-esr, opened by a real toolbar click (the click path
 * that grants activeTab) on the pages the Chromium tests read: the popup's digest, the cached
 * reopen, copy, the sidebar beside the article and following the tabs, save and the library
 * page with its export, and the pages there is nothing to summarise on. See firefox.ts.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES, TEST_OUTPUT, normaliseText, type DigestSnapshot, type PageServer } from '../../testing/harness';
import { FORBIDDEN_HOST, waitForDownload, waitInPage, type ExtensionView, type FirefoxExtension } from './firefox';
import { NO_ARTICLE, RESTRICTED, bodyTexts, expectMarkdownOf, expectWellFormedDigest, readerText, withoutCacheFlag } from './checks';
import { useFirefoxSession } from './session';
import type { JsonExport } from '../../lib/library/export';

let firefox: FirefoxExtension;
let server: PageServer;
const opened = useFirefoxSession(Object.values(PAGES), (s) => ({ firefox, server } = s));

async function tab(url: string): Promise<Page> {
  const page = await firefox.openTab(url);
  opened.push(page);
  return page;
}

/** Clicks the toolbar button on `page`, waits for the popup to settle, reads it. */
async function clickAndRead(page: Page, label: string, shot?: string): Promise<DigestSnapshot> {
  const clickedAt = await firefox.clickToolbarButton(page);
  const { timing } = await firefox.popup.waitForDigest(clickedAt);
  const digest = await firefox.popup.read();
  if (shot) await firefox.popup.screenshot(shot);
  console.log(
    `[e2e firefox] ${label}: click -> digest rendered ${timing.clickToRenderedMs} ms ` +
      `(popup document started ${timing.clickToPopupStartMs} ms after the click); state=${digest.state}` +
      (digest.error ? ` error="${digest.error}"` : ` bullets=${digest.bullets.length} faq=${digest.faq.length}`),
  );
  return digest;
}

const pageText = async (page: Page) => readerText(await page.evaluate(bodyTexts));
const state = (view: ExtensionView) => view.evaluate((d) => d.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state') ?? null);

describe('Firefox: installed', () => {
  it('the sidebar waits for the reader: it does not open at install', async () => {
    // The extension is installed and started (launchFirefoxExtension found its toolbar button).
    expect(await firefox.run('chrome', (w) => w.SidebarController.isOpen)).toBe(false);
    expect(await firefox.sidebar.isOpen()).toBe(false);
  });
});

describe('Firefox: toolbar popup on a news article', () => {
  it('French page (OrangeSum): EN BREF bullets taken from the article, and an FAQ', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    const digest = await clickAndRead(page, 'fr', 'popup-firefox-fr.png');
    expectWellFormedDigest(digest, 'EN BREF', await pageText(page));
    expect(await firefox.popup.evaluate((d) => !!d.querySelector('[data-testid="copy-markdown"]') && !!d.querySelector('[data-testid="open-sidepanel"]'))).toBe(
      true,
    );
    expect(digest.bullets.map((b) => b.text).join(' ')).toMatch(/Guinée|Raymond Lee|vélo/);
  });

  it('English page (Scrapinghub, Vox): "In brief"', async () => {
    const page = await tab(server.url(PAGES.en.route));
    const digest = await clickAndRead(page, 'en', 'popup-firefox-en.png');
    expectWellFormedDigest(digest, 'In brief', await pageText(page));
    expect(digest.title).toMatch(/Delhi air pollution/);
  });

  it('a second click on the same tab shows the same digest again (cached)', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    const first = await clickAndRead(page, 'fr, first click');
    expect(first.state, `popup error: ${first.error}`).toBe('ready');
    await firefox.closePopup();
    const second = await clickAndRead(page, 'fr, second click (cached)');
    expect(withoutCacheFlag(second)).toEqual(withoutCacheFlag(first));
    expect(second.cached).toBe('true');
  });

  it('"Copy as Markdown" puts the digest on the clipboard; "Open in side panel" shows it in the sidebar', async () => {
    const page = await tab(server.url(PAGES.en.route));
    const digest = await clickAndRead(page, 'en, for the buttons');
    expect(digest.state, `popup error: ${digest.error}`).toBe('ready');

    await firefox.popup.click('[data-testid="copy-markdown"]');
    await expect.poll(() => firefox.clipboardText(), { timeout: 10_000 }).toMatch(/^# /);
    expectMarkdownOf(await firefox.clipboardText(), digest, /^# .*Delhi air pollution/);

    const at = Date.now();
    await firefox.popup.click('[data-testid="open-sidepanel"]');
    const { state: s, timing } = await firefox.sidebar.waitForDigest(at);
    console.log(`[e2e firefox] sidebar: button -> digest rendered ${timing.clickToRenderedMs} ms; state=${s}`);
    expect(withoutCacheFlag(await firefox.sidebar.read())).toEqual(withoutCacheFlag(digest));
  });
});

describe('Firefox: the sidebar', () => {
  it('beside the article: a bullet shows its source sentence in the page; it follows the tabs', async () => {
    const page = await tab(server.url(PAGES.fr.route));
    expect((await clickAndRead(page, 'fr, for the sidebar')).state).toBe('ready');
    await firefox.popup.click('[data-testid="open-sidepanel"]');
    await firefox.sidebar.waitForDigest(Date.now());
    const before = await firefox.sidebar.read();
    expect(before.heading).toBe('EN BREF');

    // A bullet's source, highlighted in the page (the Highlight API's ranges, or <mark>s).
    await firefox.sidebar.click('[data-testid="bullets"] > li button');
    const highlighted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('en-bref-source');
        if (h && h.size) return [...h].map((r) => r.toString()).join(' ');
        return [...document.querySelectorAll('mark[data-en-bref-source]')].map((m) => m.textContent ?? '').join(' ');
      });
    await expect.poll(highlighted, { timeout: 10_000 }).not.toBe('');
    expect(normaliseText(await highlighted())).toContain(normaliseText(before.bullets[0].text).split(' ').slice(0, 6).join(' '));
    await firefox.sidebar.screenshot('sidebar-firefox.png');

    // Another tab: nothing read there yet, so "Summarise this page"; without a click on the
    // icon (no grant) and no site allowed, the panel says to click the icon and offers the site.
    const other = await tab(server.url(PAGES.en.route));
    await expect.poll(() => state(firefox.sidebar), { timeout: 15_000 }).toBe('idle');
    await firefox.sidebar.click('[data-testid="summarise"]');
    await expect.poll(() => state(firefox.sidebar), { timeout: 15_000 }).toBe('error');
    expect(await firefox.sidebar.evaluate((d) => d.querySelector('[data-testid="error"]')?.textContent)).toMatch(/Click the En bref icon/);
    expect(await firefox.sidebar.evaluate((d) => d.querySelector('[data-testid="allow-site"]')?.textContent)).toMatch(/sites I visit/);

    // Back on the first tab: its digest, from the cache.
    await firefox.select(page);
    await expect.poll(() => state(firefox.sidebar), { timeout: 15_000 }).toBe('ready');
    const back = await firefox.sidebar.read();
    expect(back.cached).toBe('true');
    expect(back.bullets).toEqual(before.bullets);
    await other.close();
  });
});

describe('Firefox: saved digests', () => {
  it('save from the popup, the library page lists them, search, export as JSON and Markdown (real downloads)', async () => {
    const saved: DigestSnapshot[] = [];
    for (const p of [PAGES.exemple, PAGES.en]) {
      const page = await tab(server.url(p.route));
      const digest = await clickAndRead(page, `${p.route}, to save`);
      expect(digest.state, `popup error: ${digest.error}`).toBe('ready');
      await firefox.popup.click('[data-testid="save-digest"]');
      await firefox.popup.waitFor(
        'the save button says saved',
        (d) => d.querySelector('[data-testid="save-digest"]')?.getAttribute('data-state') === 'saved',
        10_000,
      );
      saved.push(digest);
      if (p === PAGES.exemple) await firefox.closePopup();
    }
    await firefox.popup.click('[data-testid="open-library"]');
    const lib = await firefox.waitForExtensionTab('library.html');
    opened.push(lib);
    const settled = (q: string) =>
      waitInPage(
        lib,
        `the library's results for "${q}"`,
        (q: string) => {
          const m = document.querySelector('[data-testid="library"]');
          return m?.getAttribute('data-state') === 'ready' && m.getAttribute('data-query') === q;
        },
        q,
      );
    await settled('');
    const titles = () => lib.$$eval('[data-testid="library-item"] [data-testid="library-title"]', (els) => els.map((e) => e.textContent ?? ''));
    expect((await titles()).map(normaliseText)).toEqual([...saved].reverse().map((d) => normaliseText(d.title!)));
    await lib.screenshot({ path: path.join(TEST_OUTPUT, 'library-firefox.png') });

    await lib.type('[data-testid="library-search"]', 'VELO lyr');
    await settled('VELO lyr');
    // Ranked, best first: the forgiving search may list a weaker match after it.
    expect((await titles())[0]).toEqual(saved[0].title);
    await lib.$eval('[data-testid="library-search"]', (i) => ((i as HTMLInputElement).value = ''));
    await lib.type('[data-testid="library-search"]', 'delhi');
    await settled('delhi');
    expect(normaliseText((await titles())[0])).toEqual(normaliseText(saved[1].title!));

    const seen = new Set<string>();
    await lib.click('[data-testid="library-export-json"]');
    const json = await waitForDownload(firefox.downloads, /^en-bref-library-\d{4}-\d{2}-\d{2}.*\.json$/, seen);
    const exported = JSON.parse(json.text) as JsonExport;
    expect(exported).toMatchObject({ format: 'en-bref-library', version: 1 });
    expect(exported.records.map((r) => normaliseText(r.article.title)).sort()).toEqual(saved.map((d) => normaliseText(d.title!)).sort());
    for (const r of exported.records) {
      const d = saved.find((s) => normaliseText(s.title!) === normaliseText(r.article.title))!;
      expect(r.digest.bullets.map((b) => normaliseText(b.text))).toEqual(d.bullets.map((b) => normaliseText(b.text)));
      for (const b of r.digest.bullets) for (const s of b.sources) expect(r.sentences[s], `sentence ${s}`).toBeDefined();
    }
    await lib.click('[data-testid="library-export-md"]');
    const md = await waitForDownload(firefox.downloads, /\.md$/, seen);
    expect(md.text).toMatch(/^---\ntitle: "/);
    expect(md.text.match(/^## /gm)).toHaveLength(2);
  });
});

describe('Firefox: toolbar popup where there is nothing to summarise', () => {
  it('page without an article: a plain error message', async () => {
    const page = await tab(server.url(PAGES.noArticle.route));
    const digest = await clickAndRead(page, 'no article');
    expect(digest.state).toBe('error');
    expect(digest.error).toBe(NO_ARTICLE);
    expect(digest.bullets).toEqual([]);
  });

  it('a page Firefox forbids extensions (a restricted domain, as addons.mozilla.org): the browser does not let it read the page', async () => {
    // An article, served by the tests' server, on a host Firefox keeps extensions out of.
    const page = await tab(server.url(PAGES.exemple.route).replace('127.0.0.1', FORBIDDEN_HOST));
    expect(await page.evaluate(() => document.querySelectorAll('article p').length)).toBeGreaterThan(3);
    const digest = await clickAndRead(page, 'restricted domain');
    expect(digest.state).toBe('error');
    expect(digest.error).toBe(RESTRICTED);
    expect(digest.bullets).toEqual([]);
  });

  it('a browser page (about:robots): the same message', async () => {
    const page = await firefox.openBrowserPage('about:robots');
    opened.push(page);
    const digest = await clickAndRead(page, 'about:robots');
    expect(digest.state).toBe('error');
    expect(digest.error).toBe(RESTRICTED);
  });
});
