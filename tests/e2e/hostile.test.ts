/**
 * Hostile pages in real Chromium (issue 8): pages that carry script tags, event handlers,
 * javascript: links, <img onerror>, SVG with script, CSS injection, Markdown injection, bidi
 * overrides and zero-width characters in their title, byline, site name, text, headings and
 * JSON-LD (tests/e2e/pages/hostile/*.html), summarised with the real toolbar click. Nothing
 * from them may run in the popup, the side panel or the library, nor in the page through
 * the extension: no dialog, no request to the attacker, no element of theirs in our DOM,
 * their text shown literally, our own text never reordered. And a web page cannot reach the
 * extension's background at all.
 *
 * Two local servers: the pages, served with `__ATTACKER__` replaced by the origin of the
 * second one, the attacker, which records every request. `/page/...` requests are a page's
 * own code running in its own tab (expected: they show the vectors are live); any request to
 * `/steal/...` fails the suite, as does any request an extension page or the service worker
 * makes to a non-extension url.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dialog, Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_OUTPUT,
  clickToolbarButton,
  closePopup,
  copiedText,
  launchExtensionBrowser,
  normaliseText,
  openTab,
  readDigest,
  screenshot,
  waitForDigest,
  waitForExtensionPage,
  type DigestSnapshot,
  type ExtensionBrowser,
} from '../../testing/harness';
import {
  FIXTURES,
  PAGE_OWN_VECTORS,
  expectClean,
  expectInertMarkdown,
  inspectDom,
  laidOutInOrder as layoutOrder,
  ourTags,
  plainText,
  startHostileServers,
  type DomReport,
  type HostileServers,
} from './hostile-kit';

let browser: ExtensionBrowser;
let servers: HostileServers;
let attackerOrigin: string;
let hits: HostileServers['hits'];
const dialogs: string[] = [];
/** Requests that extension pages or the service worker made to anything but the extension. */
const extensionRequests: string[] = [];
let opened: Page[] = [];

function fromExtension(req: Request): boolean {
  if (req.serviceWorker()) return true;
  try {
    return req.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

beforeAll(async () => {
  servers = await startHostileServers();
  ({ attackerOrigin, hits } = servers);
  browser = await launchExtensionBrowser();
  browser.context.on('dialog', (d: Dialog) => {
    dialogs.push(`${d.type()} "${d.message()}" in ${d.page()?.url() ?? '?'}`);
    void d.dismiss().catch(() => {});
  });
  browser.context.on('request', (req) => {
    if (fromExtension(req) && !req.url().startsWith('chrome-extension://') && !req.url().startsWith('data:')) extensionRequests.push(req.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await servers?.close();
});

afterEach(async () => {
  for (const p of opened.reverse()) if (!p.isClosed()) await p.close().catch(() => {});
  opened = [];
});

async function tab(file: string): Promise<Page> {
  const page = await openTab(browser, servers.urlOf(file));
  opened.push(page);
  // Let the page's own handlers (onload, onerror, ontoggle) run and arm themselves.
  await page.waitForLoadState('load').catch(() => {});
  return page;
}

async function summarise(page: Page, label: string): Promise<{ popup: Page; digest: DigestSnapshot }> {
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  const { timing } = await waitForDigest(popup, clickedAt);
  const digest = await readDigest(popup);
  console.log(
    `[e2e] hostile ${label}: ${timing.clickToRenderedMs} ms, state=${digest.state}` +
      (digest.error ? ` error="${digest.error}"` : ` bullets=${digest.bullets.length} faq=${digest.faq.length}`),
  );
  return { popup, digest };
}

/** Everything in an extension page that could only have come from page markup (inspectDom). */
async function inspect(page: Page, allowed: Set<string>, extensionId: string): Promise<DomReport> {
  // The library's "Open" links go to the served pages; nothing else may be linked or loaded.
  return page.evaluate(inspectDom, { allowed: [...allowed], base: `chrome-extension://${extensionId}/`, pages: servers.pagesOrigin });
}

const laidOutInOrder = (page: Page, selector: string) => page.evaluate(layoutOrder, selector);

const steals = () => servers.steals();
const reason = (what: string) => `${what}; dialogs: ${dialogs.join(' | ') || 'none'}; /steal/ hits: ${steals().join(' ') || 'none'}`;

/** The title as the page shows it in its <h1> (entities decoded), as the popup should show it. */
async function pageHeadline(page: Page): Promise<string> {
  return page
    .locator('h1')
    .first()
    .evaluate((h) => h.textContent ?? '');
}

describe('hostile pages', () => {
  const allowed = ourTags();

  it.each(FIXTURES)('%s: the popup shows a digest, literally, and runs nothing', async (file) => {
    const page = await tab(file);
    const { popup, digest } = await summarise(page, file);
    expect(digest.state, `popup error: ${digest.error}`).toBe('ready');
    expect(digest.bullets.length).toBeGreaterThan(0);
    await screenshot(popup, `hostile-${file.replace('.html', '')}.png`);
    const report = await inspect(popup, allowed, browser.extensionId);
    expectClean(report, `popup on ${file}`);
    // Text shows literally: the headline as the page shows it (a payload in it as characters).
    const headline = normaliseText(await pageHeadline(page));
    expect(normaliseText(digest.title ?? ''), 'title shown as the page shows it').toBe(headline);
    if (/[<>]/.test(headline)) expect(digest.title).toMatch(/[<>]/);
    // Bullets and answers are the page's sentences, as characters (no entity decoded twice, no markup dropped).
    // Format characters (bidi controls, zero-width) aside: extraction turns some into spaces.
    const pageText = plainText(await page.evaluate(() => document.body.textContent ?? ''));
    for (const b of digest.bullets) expect(pageText, `bullet "${b.text}" not in the page text`).toContain(plainText(b.text).slice(0, 40));
    // Clicking a bullet highlights its source in the page: through the extension's isolated
    // world, never the page's own (event-handlers.html plants a fake __enBrefHighlight there).
    await popup.locator('[data-testid="bullets"] > li button').first().click();
    await popup.waitForTimeout(300);
    expect(dialogs, reason('dialogs')).toEqual([]);
    expect(steals(), reason('attacker hits')).toEqual([]);
    expect(extensionRequests, 'requests from extension pages to the outside').toEqual([]);
  });

  it('payloads in the text show as text: "<img src=x onerror=alert(1)>" appears literally in a bullet or answer', async () => {
    const page = await tab('event-handlers.html');
    const { popup } = await summarise(page, 'event-handlers, literal payload');
    for (const s of await popup.locator('[data-testid="faq"] details summary').all()) await s.click();
    const text = await popup.locator('[data-testid="digest-view"]').evaluate((v) => v.textContent ?? '');
    expect(text).toContain('<img src=x onerror=alert(');
    expect(await popup.locator('[data-testid="digest-view"] img').count()).toBe(0);
    expect(dialogs, reason('dialogs')).toEqual([]);
  });

  it('the detectors work: a dialog, a request, a foreign element and a leaking override made on purpose in the popup are all seen', async () => {
    const page = await tab('script-tags.html');
    const { popup } = await summarise(page, 'detector self-check');
    const before = { dialogs: dialogs.length, requests: extensionRequests.length, hits: hits.length };
    await popup.evaluate((origin) => {
      const img = document.createElement('img');
      img.src = `${origin}/self-check/image.png`;
      document.querySelector('[data-testid="digest-view"]')!.append(img);
      const line = document.createElement('p');
      const a = document.createElement('span');
      a.textContent = 'page text\u202e';
      const b = document.createElement('span');
      b.className = 'self-check-after';
      b.textContent = 'our words';
      line.append(a, b);
      document.body.append(line);
    }, attackerOrigin);
    await popup.evaluate(() => setTimeout(() => alert('self-check'), 0));
    await expect.poll(() => dialogs.length, { timeout: 5_000 }).toBe(before.dialogs + 1);
    await expect.poll(() => hits.length, { timeout: 5_000 }).toBeGreaterThan(before.hits);
    expect(extensionRequests.length).toBeGreaterThan(before.requests);
    const report = await inspect(popup, allowed, browser.extensionId);
    expect(report.foreignTags).toContain('img');
    expect(report.badUrls.join(' ')).toContain('/self-check/');
    expect((await laidOutInOrder(popup, '.self-check-after')).ok, 'an override leaking on purpose is seen').toBe(false);
    // Forget them: the other tests count from zero.
    dialogs.length = before.dialogs;
    extensionRequests.length = before.requests;
    hits.splice(before.hits);
  });

  it('the pages really are hostile: their own vectors ran in their own tabs', () => {
    // Positive control: without it, "nothing ran" could mean the pages never tried.
    const ran = servers.pageOwnRuns();
    console.log(`[e2e] hostile: page-own vectors that ran in their tabs: ${ran.join(' ')}`);
    for (const p of PAGE_OWN_VECTORS) expect(ran).toContain(p);
  });

  it('bidi overrides in page text do not reorder the popup’s own text', async () => {
    const page = await tab('bidi-zero-width.html');
    const { popup, digest } = await summarise(page, 'bidi');
    expect(digest.state).toBe('ready');
    // The site name ends in an unterminated U+202E, and the reading time follows it on the
    // same line; the title, the bullets and the answers are blocks of their own.
    expect(digest.site).toContain('\u202e');
    for (const sel of ['[data-testid="reading-time"]', '[data-testid="digest-heading"]', '[data-testid="copy-markdown"]', '[data-testid="save-digest"]']) {
      const order = await laidOutInOrder(popup, sel);
      expect(order.ok, `${sel} laid out ${JSON.stringify(order)}`).toBe(true);
    }
    expect(dialogs, reason('dialogs')).toEqual([]);
  });

  it('"Copy as Markdown" escapes what Markdown and notes apps would act on', async () => {
    const page = await tab('markdown-links.html');
    const { popup, digest } = await summarise(page, 'markdown');
    expect(digest.state).toBe('ready');
    await popup.getByTestId('copy-markdown').click();
    await expect.poll(() => copiedText(popup), { timeout: 5_000 }).toBeTruthy();
    expectInertMarkdown((await copiedText(popup))!, 'copied Markdown');
  });

  it('the side panel shows the same digest and runs nothing', async () => {
    const page = await tab('event-handlers.html');
    const { popup } = await summarise(page, 'event-handlers, for the panel');
    const at = Date.now();
    const panel = await waitForExtensionPage(browser, 'sidepanel.html', () => popup.getByTestId('open-sidepanel').click());
    opened.push(panel);
    expect((await waitForDigest(panel, at)).state).toBe('ready');
    for (const s of await panel.locator('[data-testid="faq"] details summary').all()) await s.click();
    expectClean(await inspect(panel, allowed, browser.extensionId), 'side panel');
    await panel.locator('[data-testid="bullets"] > li button').first().click();
    await panel.waitForTimeout(300);
    expect(dialogs, reason('dialogs')).toEqual([]);
    expect(steals(), reason('attacker hits')).toEqual([]);
  });

  it('saved to the library: the library page and its Markdown export run nothing and escape everything', async () => {
    let last: Page | undefined;
    for (const file of FIXTURES) {
      const page = await tab(file);
      const { popup } = await summarise(page, `${file}, to save`);
      const save = popup.getByTestId('save-digest');
      await save.click();
      await expect.poll(() => save.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
      if (last) await closePopup(last);
      last = popup;
    }
    const lib = await waitForExtensionPage(browser, 'library.html', () => last!.getByTestId('open-library').click());
    opened.push(lib);
    await lib.waitForFunction(() => document.querySelector('[data-testid="library"]')?.getAttribute('data-state') === 'ready', undefined, { timeout: 10_000 });
    await expect.poll(() => lib.locator('[data-testid="library-item"]').count()).toBe(FIXTURES.length);
    // Open every FAQ: answers are rendered only then.
    for (const s of await lib.locator('[data-testid="library-faq"] > summary').all()) await s.click();
    await screenshot(lib, 'hostile-library.png');
    expectClean(await inspect(lib, allowed, browser.extensionId), 'library');
    // An unterminated U+202E in a site name or byline does not reorder the rest of the line.
    const order = await laidOutInOrder(lib, '[data-testid="library-meta"] > span:last-child');
    expect(order.ok, `library meta laid out ${JSON.stringify(order)}`).toBe(true);
    const titles = (await lib.locator('[data-testid="library-title"]').allTextContents()).map(normaliseText);
    expect(titles.some((t) => t.includes("<script>fetch('"))).toBe(true);
    expect(
      titles.some((t) => t.includes('<img src=x onerror=alert(')),
      titles.join(' | '),
    ).toBe(true);
    // "Open" links are http(s) only: the javascript: canonical url never becomes one.
    for (const href of await lib.locator('[data-testid="library-open"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href).toMatch(/^https?:\/\//);
    // The Markdown export (a real download).
    const [download] = await Promise.all([lib.waitForEvent('download', { timeout: 10_000 }), lib.getByTestId('library-export-md').click()]);
    const file = path.join(TEST_OUTPUT, 'hostile-library.md');
    await download.saveAs(file);
    expectInertMarkdown(readFileSync(file, 'utf8'), 'library Markdown export');
    expect(dialogs, reason('dialogs')).toEqual([]);
    expect(steals(), reason('attacker hits')).toEqual([]);
    expect(extensionRequests, 'requests from extension pages to the outside').toEqual([]);
  });
});

describe('a web page cannot reach the extension', () => {
  it('chrome.runtime.sendMessage / connect to the extension from a served page fail (no externally_connectable)', async () => {
    const page = await tab('script-tags.html');
    const result = await page.evaluate(async (id) => {
      const rt = (globalThis as unknown as { chrome?: { runtime?: Record<string, unknown> } }).chrome?.runtime as
        | { sendMessage?: (id: string, msg: unknown, cb: (r: unknown) => void) => void; connect?: (id: string) => unknown; lastError?: { message?: string } }
        | undefined;
      const out: { exposed: boolean; send?: string; connect?: string; fetchManifest?: string } = { exposed: !!rt?.sendMessage };
      const message = { id: 1, type: 'digestTab', data: { tabId: 1 }, timestamp: Date.now() };
      if (rt?.sendMessage) {
        out.send = await new Promise<string>((resolve) => {
          try {
            rt.sendMessage!(id, message, (r) => resolve(rt.lastError ? `error: ${rt.lastError.message}` : `answered: ${JSON.stringify(r)}`));
          } catch (e) {
            resolve(`threw: ${(e as Error).message}`);
          }
        });
      }
      if (rt?.connect) {
        try {
          rt.connect(id);
          out.connect = 'connected';
        } catch (e) {
          out.connect = `threw: ${(e as Error).message}`;
        }
      }
      // Nor can it load the extension's files (no web_accessible_resources).
      out.fetchManifest = await fetch(`chrome-extension://${id}/manifest.json`).then(
        (r) => `status ${r.status}`,
        (e) => `failed: ${(e as Error).message}`,
      );
      return out;
    }, browser.extensionId);
    console.log(`[e2e] web page -> extension: ${JSON.stringify(result)}`);
    if (result.exposed) {
      expect(result.send).not.toMatch(/^answered/);
      expect(result.connect ?? '').not.toBe('connected');
    } else {
      expect(result.send).toBeUndefined();
    }
    expect(result.fetchManifest).toMatch(/^failed/);
  });

  it('the extension’s pages cannot be framed by a web page', async () => {
    const page = await tab('script-tags.html');
    const framed = await page.evaluate(async (id) => {
      const f = document.createElement('iframe');
      f.src = `chrome-extension://${id}/popup.html`;
      document.body.append(f);
      await new Promise((r) => setTimeout(r, 1000));
      try {
        return f.contentDocument ? 'readable' : 'opaque';
      } catch {
        return 'opaque';
      }
    }, browser.extensionId);
    expect(framed).toBe('opaque');
    const popupFrame = page.frames().find((f) => f.url().startsWith('chrome-extension://'));
    if (popupFrame)
      expect(
        await popupFrame
          .locator('[data-testid="digest-view"]')
          .count()
          .catch(() => 0),
      ).toBe(0);
  });
});
