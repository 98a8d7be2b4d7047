/**
 * Faults in real Chromium (issue 8): the tab closes or navigates while the extension reads
 * it, two summarise requests arrive at once, the browser stops the service worker between
 * two steps. Whatever happens, the popup shows a digest or one of the plain messages of
 * lib/errors.ts (never a blank view, never a stack trace), the extension keeps working, and
 * what was saved is still there.
 *
 * Storage full and unreadable saved records are covered without a browser, in
 * tests/unit/library-repository.test.ts and tests/unit/library-ui.test.ts.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
  clickToolbarButton,
  closePopup,
  launchExtensionBrowser,
  openTab,
  readDigest,
  tabTargetId,
  waitForDigest,
  waitForExtensionPage,
  type DigestSnapshot,
  type ExtensionBrowser,
} from '../../testing/harness';
import { extensionWorker } from './session';
import type { FailureKind } from '../../lib/errors';
import { BIG_PAGES } from '../../testing/big-pages';
import { failureMessage } from '../../lib/ui/failures';

/** The part of the extension API these tests call inside the popup (page.evaluate). */
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** Every plain message a reader may see instead of a digest. */
const MESSAGES = new Set(
  (['restricted-page', 'not-granted', 'no-article', 'page-too-large', 'tab-gone', 'engine-failed', 'unexpected'] as FailureKind[]).map((k) =>
    failureMessage(k),
  ),
);

let browser: ExtensionBrowser;
let server: http.Server;
let origin: string;
let opened: Page[] = [];
const survived: string[] = [];

/** Pages: a normal article, another one, and a big one that takes a while to read. */
const ROUTES: Record<string, () => string> = {
  '/article.html': () => readFileSync(PAGES.exemple.file, 'utf8'),
  '/other.html': () => readFileSync(PAGES.exemple.file, 'utf8').replace('<title>Vélo', '<title>Autre page : vélo'),
  '/big.html': (() => {
    let cached: string | undefined;
    return () => (cached ??= BIG_PAGES.find((p) => p.name === '5 MB article')!.build());
  })(),
};

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const route = ROUTES[new URL(req.url ?? '/', 'http://x').pathname];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(route());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  console.log(`[e2e] faults survived (${survived.length}): ${survived.join('; ')}`);
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

afterEach(async () => {
  for (const p of opened.reverse()) if (!p.isClosed()) await p.close().catch(() => {});
  opened = [];
});

async function tab(route: string): Promise<Page> {
  const page = await openTab(browser, origin + route);
  opened.push(page);
  return page;
}

/** A digest, or one of our plain messages: nothing blank, no stack trace, no internals. */
function expectClearOutcome(d: DigestSnapshot, where: string): void {
  expect(['ready', 'error'], `${where}: state ${d.state}`).toContain(d.state);
  if (d.state === 'ready') {
    expect(d.bullets.length, `${where}: bullets`).toBeGreaterThan(0);
    expect(d.title, `${where}: title`).toBeTruthy();
  } else {
    expect(MESSAGES.has(d.error ?? ''), `${where}: "${d.error}" is not one of the plain messages`).toBe(true);
  }
}

/** The popup's view once settled, or undefined when the browser closed the popup with its tab. */
async function settledOrClosed(popup: Page, clickedAt: number): Promise<DigestSnapshot | undefined> {
  try {
    await waitForDigest(popup, clickedAt, 30_000);
    return await readDigest(popup);
  } catch (e) {
    if (popup.isClosed()) return undefined;
    throw e;
  }
}

/** After a fault: a fresh tab and a fresh click give a good digest. */
async function stillWorks(label: string): Promise<void> {
  const page = await tab(`/article.html?after=${survived.length}`);
  const { popup, clickedAt } = await clickToolbarButton(browser, page);
  opened.push(popup);
  await waitForDigest(popup, clickedAt);
  const d = await readDigest(popup);
  expect(d.state, `after ${label}: ${d.error}`).toBe('ready');
  expect(d.bullets.length).toBeGreaterThan(0);
  await closePopup(popup);
  survived.push(label);
}

describe('faults', () => {
  it('the tab closes right after the click, while its big page is being read', async () => {
    const page = await tab('/big.html');
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    opened.push(popup);
    await page.close();
    const d = await settledOrClosed(popup, clickedAt);
    console.log(`[e2e] tab closed mid-extraction: popup ${d ? `shows state=${d.state} ${d.error ?? ''}` : 'closed with its tab'}`);
    if (d) expectClearOutcome(d, 'tab closed');
    await stillWorks('tab closed mid-extraction');
  });

  it('the tab navigates away right after the click', async () => {
    const page = await tab('/big.html');
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    opened.push(popup);
    await page.goto(`${origin}/other.html`, { waitUntil: 'commit' }).catch(() => {});
    const d = await settledOrClosed(popup, clickedAt);
    console.log(`[e2e] navigation mid-extraction: popup ${d ? `shows state=${d.state} ${d.error ?? d.title}` : 'closed'}`);
    if (d) expectClearOutcome(d, 'navigation');
    await stillWorks('navigation mid-extraction');
  });

  it('two toolbar clicks at once', async () => {
    const page = await tab('/article.html');
    await page.bringToFront();
    const targetId = await tabTargetId(browser, page);
    const popups: Page[] = [];
    const onPage = (p: Page) => void popups.push(p);
    browser.context.on('page', onPage);
    const clickedAt = Date.now();
    // Two real action clicks, back to back, without waiting for the first popup.
    await Promise.all([
      browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId }),
      browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId }),
    ]);
    await expect.poll(() => popups.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1500));
    browser.context.off('page', onPage);
    opened.push(...popups);
    const open = popups.filter((p) => !p.isClosed());
    console.log(`[e2e] two clicks at once: ${popups.length} popup(s) opened, ${open.length} still open`);
    let seen = 0;
    for (const popup of open) {
      if (!popup.url().includes('/popup.html')) await popup.waitForURL(/\/popup\.html/, { timeout: 10_000 }).catch(() => {});
      const d = await settledOrClosed(popup, clickedAt);
      if (!d) continue;
      expectClearOutcome(d, 'double click');
      expect(d.state, `double click: ${d.error}`).toBe('ready');
      seen++;
    }
    // A second click on an open popup may close it, as for a user: the browser decides.
    // Whatever is left open shows the digest; either way the next click works.
    if (open.length) expect(seen, 'an open popup shows the digest').toBe(open.length);
    await stillWorks('two clicks at once');
  });

  it('two digest requests for the same tab at once (popup and side panel asking together)', async () => {
    const page = await tab('/article.html');
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    opened.push(popup);
    await waitForDigest(popup, clickedAt);
    const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id);
    // The messaging library's own envelope (lib/protocol.ts): three at once, fresh options so
    // that the cache cannot answer them all.
    const answers = await popup.evaluate(async (id) => {
      const ask = (options: unknown) =>
        chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type: 'digestTab', data: { tabId: id, options }, timestamp: Date.now() }) as Promise<{
          res?: { ok: boolean; value?: { digest: { bullets: unknown[] } }; error?: { message: string } };
        }>;
      return Promise.all([ask({ bullets: 4 }), ask({ bullets: 4 }), ask({ bullets: 5 })]);
    }, tabId);
    for (const a of answers) {
      expect(a.res?.ok, JSON.stringify(a.res?.error)).toBe(true);
      expect(a.res?.value?.digest.bullets.length).toBeGreaterThan(0);
    }
    expect(answers[0].res?.value?.digest.bullets).toEqual(answers[1].res?.value?.digest.bullets);
    survived.push('three digest requests at once');
  });

  it('the browser stops the service worker while it reads a big page: a plain message, and Retry works', async () => {
    // The tests above leave big pages' digests running in the worker (a tab closed or navigated
    // mid-reading): start from an idle worker, so that the stop lands while this page is read.
    await extensionWorker(browser)?.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    const page = await tab('/big.html');
    const { popup, clickedAt } = await clickToolbarButton(browser, page);
    opened.push(popup);
    const stopped = await stopServiceWorkers(page);
    const d = await settledOrClosed(popup, clickedAt);
    console.log(`[e2e] service worker stopped mid-digest (${stopped}): popup ${d ? `shows state=${d.state} ${d.error ?? d.title}` : 'closed'}`);
    expect(d, 'the popup stays open').toBeDefined();
    expectClearOutcome(d!, 'worker stopped mid-digest');
    if (d!.state === 'error') {
      // The reader's way out: Retry (the click's grant still holds for this page).
      await popup.locator('[data-testid="digest-view"] .error button').click();
      // The error stays shown until Retry's request starts: wait for the outcome, not the first settled state.
      await expect.poll(async () => (await readDigest(popup)).state, { timeout: 30_000 }).toBe('ready');
    }
    await stillWorks('service worker stopped mid-digest');
  });

  it('the browser stops the service worker between two steps: the next click starts it again, the session cache and the library are intact', async () => {
    const page = await tab('/article.html');
    const first = await clickToolbarButton(browser, page);
    opened.push(first.popup);
    await waitForDigest(first.popup, first.clickedAt);
    const before = await readDigest(first.popup);
    expect(before.state).toBe('ready');
    const save = first.popup.getByTestId('save-digest');
    await save.click();
    await expect.poll(() => save.getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    await closePopup(first.popup);

    const stopped = await stopServiceWorkers(page);
    console.log(`[e2e] service worker stopped: ${stopped}`);

    const second = await clickToolbarButton(browser, page);
    opened.push(second.popup);
    await waitForDigest(second.popup, second.clickedAt);
    const after = await readDigest(second.popup);
    expect(after.state, `after the restart: ${after.error}`).toBe('ready');
    expect(after.bullets).toEqual(before.bullets);
    // From the session cache, which outlives the worker.
    expect(after.cached).toBe('true');
    await expect.poll(() => second.popup.getByTestId('save-digest').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');

    // Stopped again while the library is open: it still lists the saved digest.
    const lib = await waitForExtensionPage(browser, 'library.html', () => second.popup.getByTestId('open-library').click());
    opened.push(lib);
    await stopServiceWorkers(page);
    await lib.reload();
    await lib.waitForFunction(() => document.querySelector('[data-testid="library"]')?.getAttribute('data-state') === 'ready', undefined, { timeout: 10_000 });
    expect(await lib.locator('[data-testid="library-item"]').count()).toBeGreaterThanOrEqual(1);
    await stillWorks('service worker stopped twice between steps');
  });
});

/**
 * Stops every service worker, the extension's included, as the browser does when idle (CDP
 * ServiceWorker.stopAllWorkers), and waits until the extension's worker is gone or has been
 * started again (a new target: a message in flight wakes it at once). Returns what happened.
 */
async function stopServiceWorkers(page: Page): Promise<string> {
  const workerTargets = async () => {
    const { targetInfos } = (await browser.cdp.send('Target.getTargets', { filter: [{ type: 'service_worker' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${browser.extensionId}/`)).map((t) => t.targetId);
  };
  const before = await workerTargets();
  const session = await browser.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach().catch(() => {});
  let after: string[] = before;
  await expect
    .poll(
      async () => {
        after = await workerTargets();
        return after.length === 0 || after.some((id) => !before.includes(id));
      },
      // A worker in the middle of a long task (a 5 MB page's digest) is stopped when the task
      // yields: seconds on a busy 2-core machine.
      { timeout: 30_000 },
    )
    .toBe(true);
  return `${before.length} running -> ${after.length === 0 ? 'stopped' : 'stopped and started again'}`;
}
