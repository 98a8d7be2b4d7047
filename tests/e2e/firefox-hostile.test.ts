/**
 * The hostile page suite (tests/e2e/pages/hostile, hostile-kit.ts) in Firefox: each page
 * summarised with the real toolbar click; nothing of it may run or load in the popup, the
 * sidebar or the library, nor in the page through the extension: no dialog, no request to the
 * attacker, no request from an extension page to anything but the extension (watched in the
 * browser, firefox.ts), no element of theirs in our DOM, their text shown literally, our own
 * text never reordered. And a web page cannot reach the extension.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_OUTPUT, normaliseText, type DigestSnapshot } from '../../testing/harness';
import { EXTENSION_BASE, launchFirefoxExtension, waitForDownload, waitInPage, type ExtensionView, type FirefoxExtension } from './firefox';
import {
  FIXTURES,
  PAGE_OWN_VECTORS,
  VECTORS,
  expectClean,
  expectInertMarkdown,
  inspectDom,
  laidOutInOrder,
  ourTags,
  plainText,
  startHostileServers,
  type HostileServers,
} from './hostile-kit';

let firefox: FirefoxExtension;
let servers: HostileServers;
const opened: Page[] = [];
/**
 * Attacker hits before the click, once the page had loaded: the browser's own doing, not the
 * extension's (it does nothing before a click). Firefox's speculative parser fetches the image
 * of `<img src>` inside a `<template>` (svg-css.html), which Chromium leaves alone.
 */
let loadedAt = 0;
const browserOwn = new Set<string>();
const allowed = [...ourTags()];

beforeAll(async () => {
  servers = await startHostileServers();
  firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
  await servers?.close();
});

afterEach(async () => {
  await firefox.closePopup().catch(() => {});
  await firefox.closeSidebar().catch(() => {});
  for (const p of opened.splice(0).reverse()) if (!p.isClosed()) await p.close().catch(() => {});
});

async function tab(file: string): Promise<Page> {
  const page = await firefox.openTab(servers.urlOf(file));
  opened.push(page);
  // Let the page's own handlers (onload, onerror, ontoggle) run and arm themselves.
  await waitInPage(page, 'the page loaded', () => document.readyState === 'complete', '');
  for (const h of servers.hits.slice(loadedAt)) if (h.path.startsWith('/steal/')) browserOwn.add(h.path);
  loadedAt = servers.hits.length;
  return page;
}

/** /steal/ hits since the last page loaded (tab()), the browser's own at load excluded. */
const steals = () =>
  servers.hits
    .slice(loadedAt)
    .filter((h) => h.path.startsWith('/steal/'))
    .map((h) => h.path);

async function summarise(page: Page, label: string): Promise<DigestSnapshot> {
  const at = await firefox.clickToolbarButton(page);
  const { timing } = await firefox.popup.waitForDigest(at);
  const digest = await firefox.popup.read();
  console.log(
    `[e2e firefox] hostile ${label}: ${timing.clickToRenderedMs} ms, state=${digest.state}` +
      (digest.error ? ` error="${digest.error}"` : ` bullets=${digest.bullets.length} faq=${digest.faq.length}`),
  );
  return digest;
}

const inspect = (view: ExtensionView) => view.evaluate(inspectDom, { allowed, base: EXTENSION_BASE, pages: servers.pagesOrigin });

/** What the page highlights now (the extension's highlight of a bullet's source). */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('en-bref-source');
    return (h?.size ?? 0) + document.querySelectorAll('mark[data-en-bref-source]').length;
  });

async function expectNothingRan(what: string): Promise<void> {
  const [dialogs, requests] = await Promise.all([firefox.dialogs(), firefox.extensionRequests()]);
  const why = `${what}; dialogs: ${dialogs.join(' | ') || 'none'}; /steal/ hits: ${steals().join(' ') || 'none'}`;
  expect(dialogs, why).toEqual([]);
  expect(steals(), why).toEqual([]);
  expect(requests, `${what}: requests from extension pages to the outside`).toEqual([]);
}

const pageHeadline = (page: Page) => page.evaluate(() => document.querySelector('h1')?.textContent ?? '');

describe('Firefox: hostile pages', () => {
  it.each(FIXTURES)('%s: the popup shows a digest, literally, and runs nothing', async (file) => {
    const page = await tab(file);
    const digest = await summarise(page, file);
    expect(digest.state, `popup error: ${digest.error}`).toBe('ready');
    expect(digest.bullets.length).toBeGreaterThan(0);
    await firefox.popup.screenshot(`hostile-firefox-${file.replace('.html', '')}.png`);
    expectClean(await inspect(firefox.popup), `popup on ${file}`);
    const headline = normaliseText(await pageHeadline(page));
    expect(normaliseText(digest.title ?? ''), 'title shown as the page shows it').toBe(headline);
    if (/[<>]/.test(headline)) expect(digest.title).toMatch(/[<>]/);
    const pageText = plainText(await page.evaluate(() => document.body.textContent ?? ''));
    for (const b of digest.bullets) expect(pageText, `bullet "${b.text}" not in the page text`).toContain(plainText(b.text).slice(0, 40));
    // A bullet's source shown in the page: through the extension's own script, never the page's
    // (event-handlers.html plants a fake __enBrefHighlight in the page's world).
    await firefox.popup.click('[data-testid="bullets"] > li button');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectNothingRan(file);
  });

  it('payloads in the text show as text: "<img src=x onerror=alert(1)>" appears literally in a bullet or answer', async () => {
    const page = await tab('event-handlers.html');
    await summarise(page, 'event-handlers, literal payload');
    const shown = await firefox.popup.evaluate((doc: Document) => {
      for (const d of doc.querySelectorAll('[data-testid="faq"] details')) (d as HTMLDetailsElement).open = true;
      const view = doc.querySelector('[data-testid="digest-view"]')!;
      return { text: view.textContent ?? '', images: view.querySelectorAll('img').length };
    });
    expect(shown.text).toContain('<img src=x onerror=alert(');
    expect(shown.images).toBe(0);
    await expectNothingRan('literal payload');
  });

  it('the detectors work: a dialog, a request and a foreign element made on purpose in an extension page are all seen', async () => {
    const page = await tab('script-tags.html');
    await summarise(page, 'detector self-check');
    const before = { dialogs: (await firefox.dialogs()).length, requests: (await firefox.extensionRequests()).length, hits: servers.hits.length };
    await firefox.popup.evaluate((origin: string, doc: Document) => {
      const img = doc.createElement('img');
      img.src = `${origin}/self-check/image.png`;
      doc.querySelector('[data-testid="digest-view"]')!.append(img);
    }, servers.attackerOrigin);
    await expect.poll(() => servers.hits.length, { timeout: 10_000 }).toBeGreaterThan(before.hits);
    await expect.poll(async () => (await firefox.extensionRequests()).length, { timeout: 10_000 }).toBeGreaterThan(before.requests);
    const report = await inspect(firefox.popup);
    expect(report.foreignTags).toContain('img');
    expect(report.badUrls.join(' ')).toContain('/self-check/');
    // A dialog from an extension page, in a tab of its own (closing the tab dismisses it).
    const extensionTab = await firefox.openBrowserPage(firefox.url('library.html'));
    await extensionTab.evaluate(() => void setTimeout(() => alert('self-check'), 0));
    await expect.poll(async () => (await firefox.dialogs()).length, { timeout: 10_000 }).toBeGreaterThan(before.dialogs);
    await extensionTab.close();
    // Forget what the self-check made: the other tests count from zero.
    await firefox.run('chrome', (w) => {
      w.__enBrefE2E.dialogs.length = 0;
      w.__enBrefE2E.requests.length = 0;
    });
    servers.hits.splice(before.hits);
    loadedAt = Math.min(loadedAt, servers.hits.length);
  });

  it('the pages really are hostile: their own vectors ran in their own tabs', () => {
    console.log(`[e2e firefox] hostile: fetched by Firefox itself at page load, before any click: ${[...browserOwn].join(' ') || 'nothing'}`);
    const ran = servers.pageOwnRuns();
    console.log(
      `[e2e firefox] hostile: ${Object.values(VECTORS).flat().length} vectors in ${FIXTURES.length} pages; page-own vectors that ran in their tabs: ${ran.join(' ')}`,
    );
    for (const p of PAGE_OWN_VECTORS) expect(ran).toContain(p);
  });

  it('bidi overrides in page text do not reorder the popup’s own text', async () => {
    const page = await tab('bidi-zero-width.html');
    const digest = await summarise(page, 'bidi');
    expect(digest.state).toBe('ready');
    expect(digest.site).toContain('\u202e');
    for (const sel of ['[data-testid="reading-time"]', '[data-testid="digest-heading"]', '[data-testid="copy-markdown"]', '[data-testid="save-digest"]']) {
      const order = await firefox.popup.evaluate(laidOutInOrder, sel);
      expect(order.ok, `${sel} laid out ${JSON.stringify(order)}`).toBe(true);
    }
    await expectNothingRan('bidi');
  });

  it('"Copy as Markdown" escapes what Markdown and notes apps would act on', async () => {
    const page = await tab('markdown-links.html');
    expect((await summarise(page, 'markdown')).state).toBe('ready');
    await firefox.popup.click('[data-testid="copy-markdown"]');
    await expect.poll(() => firefox.clipboardText(), { timeout: 10_000 }).toMatch(/^# /);
    expectInertMarkdown(await firefox.clipboardText(), 'copied Markdown');
  });

  it('the sidebar shows the same digest and runs nothing', async () => {
    const page = await tab('event-handlers.html');
    const digest = await summarise(page, 'event-handlers, for the sidebar');
    await firefox.popup.click('[data-testid="open-sidepanel"]');
    expect((await firefox.sidebar.waitForDigest(Date.now())).state).toBe('ready');
    expect((await firefox.sidebar.read()).bullets).toEqual(digest.bullets);
    await firefox.sidebar.evaluate((doc: Document) =>
      doc.querySelectorAll('[data-testid="faq"] details').forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expectClean(await inspect(firefox.sidebar), 'sidebar');
    await firefox.sidebar.click('[data-testid="bullets"] > li button');
    await expect.poll(() => highlighted(page), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectNothingRan('sidebar');
  });

  it('saved to the library: the library page and its Markdown export run nothing and escape everything', async () => {
    for (const file of FIXTURES) {
      const page = await tab(file);
      expect((await summarise(page, `${file}, to save`)).state).toBe('ready');
      await firefox.popup.click('[data-testid="save-digest"]');
      await firefox.popup.waitFor('saved', (doc: Document) => doc.querySelector('[data-testid="save-digest"]')?.getAttribute('data-state') === 'saved', 10_000);
      if (file !== FIXTURES[FIXTURES.length - 1]) await firefox.closePopup();
    }
    await firefox.popup.click('[data-testid="open-library"]');
    const lib = await firefox.waitForExtensionTab('library.html');
    opened.push(lib);
    await waitInPage(
      lib,
      'every saved digest',
      (n: string) => document.querySelectorAll('[data-testid="library-item"]').length === Number(n),
      String(FIXTURES.length),
    );
    await lib.evaluate(() => document.querySelectorAll('[data-testid="library-faq"]').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await lib.screenshot({ path: path.join(TEST_OUTPUT, 'hostile-firefox-library.png') });
    expectClean(await lib.evaluate(inspectDom, { allowed, base: EXTENSION_BASE, pages: servers.pagesOrigin }), 'library');
    const order = await lib.evaluate(laidOutInOrder, '[data-testid="library-meta"] > span:last-child');
    expect(order.ok, `library meta laid out ${JSON.stringify(order)}`).toBe(true);
    const titles = (await lib.$$eval('[data-testid="library-title"]', (els) => els.map((e) => e.textContent ?? ''))).map(normaliseText);
    expect(titles.some((t) => t.includes("<script>fetch('"))).toBe(true);
    expect(
      titles.some((t) => t.includes('<img src=x onerror=alert(')),
      titles.join(' | '),
    ).toBe(true);
    for (const href of await lib.$$eval('[data-testid="library-open"]', (as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href).toMatch(/^https?:\/\//);
    await lib.click('[data-testid="library-export-md"]');
    const md = await waitForDownload(firefox.downloads, /\.md$/, new Set());
    expectInertMarkdown(md.text, 'library Markdown export');
    await expectNothingRan('library');
  });
});

describe('Firefox: a web page cannot reach the extension', () => {
  it('no extension API in the page, and the extension’s files cannot be loaded or framed', async () => {
    const page = await tab('script-tags.html');
    const result = await page.evaluate(async (base: string) => {
      const g = globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: { runtime?: { sendMessage?: unknown } } };
      const fetched = await fetch(`${base}manifest.json`).then(
        (r) => `status ${r.status}`,
        (e) => `failed: ${(e as Error).message}`,
      );
      const frame = document.createElement('iframe');
      frame.src = `${base}popup.html`;
      const loaded = new Promise<string>((resolve) => {
        frame.onload = () => {
          try {
            resolve(frame.contentDocument?.querySelector('[data-testid="digest-view"]') ? 'readable' : 'opaque');
          } catch {
            resolve('opaque');
          }
        };
        frame.onerror = () => resolve('blocked');
      });
      document.body.append(frame);
      const framed = await Promise.race([loaded, new Promise<string>((r) => setTimeout(() => r('blocked'), 3000))]);
      return { api: !!(g.browser?.runtime || g.chrome?.runtime?.sendMessage), fetched, framed };
    }, EXTENSION_BASE);
    console.log(`[e2e firefox] web page -> extension: ${JSON.stringify(result)}`);
    expect(result.api).toBe(false);
    expect(result.fetched).toMatch(/^failed/);
    expect(result.framed).not.toBe('readable');
  });
});
