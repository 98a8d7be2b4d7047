/**
 * End-to-end harness: the built Chrome extension (.output/chrome-mv3) loaded in Chrome or
 * Chromium, driven by playwright-core, real news pages served from the repository's fixtures.
 *
 * The toolbar click is real: CDP `Extensions.triggerAction` on a browser-level session opens
 * the action popup and grants activeTab exactly like a user's click (the extension has no
 * host permission, so anything else would fail to read the page).
 *
 * Playwright does not expose the action popup by default: Chromium announces it as a target
 * of type "other", and playwright-core detaches from those unless PW_CHROMIUM_ATTACH_TO_OTHER
 * is set (playwright-core 1.65: crBrowser.ts `treatOtherAsPage`). With it set, the popup is
 * an ordinary playwright Page (locators, screenshots), delivered through the context's
 * 'page' event.
 *
 * Also used by scripts/start.ts (paths, page server), so keep it free of vitest imports.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { browserPath, isBrandedChrome } from '../scripts/lib/browser';

export { browserPath, BrowserNotFound } from '../scripts/lib/browser';

// ---------------------------------------------------------------------------------------------
// Paths

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The fixture corpus (tests/fixtures/<slug>/source.html.gz; NOTICE.md there says where each page comes from). */
const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
export const EXTENSION_DIR = path.join(REPO_ROOT, '.output/chrome-mv3');
export const TEST_OUTPUT = path.join(REPO_ROOT, 'test-output');

// ---------------------------------------------------------------------------------------------
// Pages

export interface SamplePage {
  /** Path served by the page server. */
  route: string;
  /** File on disk; `.gz` files are gunzipped before serving. */
  file: string;
  title: string;
  /** Response headers besides the content type (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

export const PAGES = {
  /** OrangeSum 10010: AFP story (French) about a South Korean cyclist stuck in Guinea. */
  fr: {
    route: '/orangesum/10010.html',
    file: path.join(FIXTURES, 'fr-orange-globe-trotteur/source.html.gz'),
    title: 'OrangeSum 10010 (fr): a Korean cyclist stuck in Guinea',
  },
  /** Zyte/Scrapinghub benchmark page (English): Vox, Delhi air pollution, ~2,400 words. */
  en: {
    route: '/scrapinghub/16c30add7e96.html',
    file: path.join(FIXTURES, 'en-vox-delhi-air/source.html.gz'),
    title: 'Scrapinghub (en): Vox, Delhi air pollution',
  },
  /** A French article written for the tests (imaginary facts): the README's screenshot. */
  exemple: {
    route: '/exemple-fr.html',
    file: path.join(REPO_ROOT, 'tests/e2e/pages/exemple-fr.html'),
    title: 'Exemple (fr): written for the tests',
  },
  /** Its follow-up a month later (same town, same bicycle lanes): "already in your library". */
  exempleSuite: {
    route: '/exemple-fr-suite.html',
    file: path.join(REPO_ROOT, 'tests/e2e/pages/exemple-fr-suite.html'),
    title: 'Exemple (fr), a month later: written for the tests',
  },
  /**
   * A French article written for the tests (imaginary facts), organised in aspects under
   * sub-headings like the seed format's example: the digest's table (issue 22).
   */
  aspects: {
    route: '/exemple-fr-aspects.html',
    file: path.join(REPO_ROOT, 'tests/e2e/pages/exemple-fr-aspects.html'),
    title: 'Exemple (fr), an article in aspects: written for the tests',
  },
  /** Hand-made page with a login form and a few links: nothing to summarise. */
  noArticle: {
    route: '/no-article.html',
    file: path.join(REPO_ROOT, 'tests/e2e/pages/no-article.html'),
    title: 'No article (login form)',
  },
} satisfies Record<string, SamplePage>;

export interface PageServer {
  origin: string;
  url(route: string): string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * Serves `pages` on 127.0.0.1 (random port), read in place on every request; `/` is a small
 * index linking them. Pages are UTF-8 (the corpora's own convention), served as such.
 */
export async function startPageServer(pages: SamplePage[]): Promise<PageServer> {
  for (const p of pages) {
    if (!existsSync(p.file)) {
      throw new Error(`Sample page missing: ${p.file} (the pages are fixtures of the repository: tests/fixtures/NOTICE.md).`);
    }
  }
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const server = http.createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (route === '/') {
      const items = pages.map((p) => `<li><a href="${escapeHtml(p.route)}">${escapeHtml(p.title)}</a></li>`).join('\n');
      res.writeHead(200, headers);
      res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>En bref: sample pages</title>\n<h1>Sample pages</h1>\n<ul>\n${items}\n</ul>\n`);
      return;
    }
    const page = byRoute.get(route);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    try {
      const raw = readFileSync(page.file);
      const body = page.file.endsWith('.gz') ? gunzipSync(raw) : raw;
      res.writeHead(200, { ...headers, ...page.headers });
      res.end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (route) => origin + route,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browser

/**
 * Fails early, with the command that fixes it, when the build or the browser is missing;
 * returns the browser (scripts/lib/browser.ts: CHROME_PATH, then the usual install paths).
 */
export function checkPrerequisites(extensionDir = EXTENSION_DIR): string {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${path.join(extensionDir, 'manifest.json')} is missing: build the extension first with \`npm run build:chrome\`.`);
  }
  return browserPath();
}

/**
 * Chromium flags shared by the tests and `npm start`. `blockRemoteHosts` (default) keeps the
 * browser on 127.0.0.1: the saved pages pull ads, trackers and scripts from their publishers'
 * hosts, which must never be reached (there is no network here anyway, and unanswered DNS
 * would stall page loads).
 */
export function chromiumArgs(extensionDir = EXTENSION_DIR, { blockRemoteHosts = true } = {}): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    // Lets CDP's Extensions domain (triggerAction) work.
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  if (blockRemoteHosts) args.push('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1');
  return args;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its absolute path, in letters a-p. */
export function unpackedExtensionId(extensionDir = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** Browser-level CDP session (Extensions, Target domains). */
  cdp: CDPSession;
  extensionId: string;
  close(): Promise<void>;
}

interface Probe {
  settledAt?: number;
  state?: string;
  /** Last text written with navigator.clipboard.writeText (headless Chromium cannot read the clipboard back). */
  copied?: string;
}

declare global {
  interface Window {
    __enBrefE2E?: Probe;
  }
}

/**
 * Runs first in the extension's pages (popup, side panel). Records the wall-clock time at
 * which the digest view first leaves "loading", so the time from click to rendered digest is
 * measured where it happens, and what the page copies to the clipboard (passed through).
 */
function popupProbe(): void {
  if (location.protocol !== 'chrome-extension:' || window.__enBrefE2E) return;
  const probe: Probe = {};
  window.__enBrefE2E = probe;
  const clipboard = navigator.clipboard;
  if (clipboard?.writeText) {
    const writeText = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      probe.copied = text;
      return writeText(text);
    };
  }
  const check = () => {
    const view = document.querySelector('[data-testid="digest-view"]');
    const state = view?.getAttribute('data-state');
    if (state && state !== 'loading' && probe.settledAt === undefined) {
      probe.settledAt = performance.timeOrigin + performance.now();
      probe.state = state;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

/**
 * Chrome or Chromium with the built extension (`extensionDir`, the Chrome build by default), in
 * a fresh profile; `initScript` runs first in every page (the tests' popupProbe by default; the
 * benchmark brings its own). Chromium loads the extension from its command line; Google Chrome,
 * which ignores --load-extension since version 137, through CDP (`loadBy`).
 */
export async function launchExtensionBrowser(
  opts: {
    headless?: boolean;
    extraArgs?: string[];
    extensionDir?: string;
    initScript?: Parameters<BrowserContext['addInitScript']>[0];
    loadBy?: 'flag' | 'cdp';
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  const executablePath = checkPrerequisites(extensionDir);
  const loadBy = opts.loadBy ?? (isBrandedChrome(executablePath) ? 'cdp' : 'flag');
  // Expose the action popup (a target of type "other") as a playwright Page. Read by
  // playwright-core at attach time, in this process.
  process.env.PW_CHROMIUM_ATTACH_TO_OTHER = '1';
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'en-bref-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: opts.headless ?? true,
      // No viewport emulation: the popup keeps its natural size (and screenshots show it).
      viewport: null,
      args: [
        ...chromiumArgs(extensionDir).filter((a) => loadBy === 'flag' || !a.startsWith('--load-extension=')),
        '--window-size=1280,900',
        ...(opts.extraArgs ?? []),
      ],
    });
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw e;
  }
  const cleanup = async () => {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const browser = context.browser();
    if (!browser) throw new Error('playwright gave no Browser for the persistent context: cannot open a browser-level CDP session.');
    const cdp = await browser.newBrowserCDPSession();
    // playwright talks to the browser over --remote-debugging-pipe, which Extensions.loadUnpacked needs.
    if (loadBy === 'cdp') await cdp.send('Extensions.loadUnpacked', { path: path.resolve(extensionDir) });
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: 15_000,
      }));
    const extensionId = new URL(worker.url()).host;
    await context.addInitScript(opts.initScript ?? popupProbe);
    return { context, cdp, extensionId, close: cleanup };
  } catch (e) {
    await cleanup();
    throw new Error(`The extension did not start (no service worker from ${extensionDir}): ${(e as Error).message}`, { cause: e });
  }
}

// ---------------------------------------------------------------------------------------------
// Toolbar click and popup

/** CDP id of the "tab" target holding `page` (triggerAction wants a tab target, not a page). */
export async function tabTargetId(b: ExtensionBrowser, page: Page): Promise<string> {
  const { targetInfos } = (await b.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const url = page.url();
  const matches = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
  if (matches.length !== 1) {
    throw new Error(`Expected one tab showing ${url}, found ${matches.length}. Tabs: ${targetInfos.map((t) => t.url || '(blank)').join(', ')}`);
  }
  return matches[0].targetId;
}

export interface OpenedPopup {
  popup: Page;
  /** Date.now() just before the click was sent. */
  clickedAt: number;
}

/**
 * Clicks the extension's toolbar button for `page` (CDP Extensions.triggerAction: a real
 * action click, with its activeTab grant) and returns the popup once it shows popup.html.
 */
export async function clickToolbarButton(b: ExtensionBrowser, page: Page): Promise<OpenedPopup> {
  await page.bringToFront();
  const targetId = await tabTargetId(b, page);
  const popupUrl = `chrome-extension://${b.extensionId}/popup.html`;
  const isPopup = (p: Page) => p.url().startsWith(popupUrl);
  // The popup's page appears first with an empty URL (target type "other"), then navigates.
  const appeared = b.context.waitForEvent('page', { timeout: 15_000 });
  const clickedAt = Date.now();
  await b.cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId });
  let popup: Page;
  try {
    popup = await appeared;
  } catch {
    const { targetInfos } = (await b.cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: { type: string; url: string }[] };
    throw new Error('The toolbar click opened no popup page. Targets: ' + targetInfos.map((t) => `${t.type} ${t.url || '(blank)'}`).join('; '));
  }
  if (!isPopup(popup)) await popup.waitForURL((u) => u.href.startsWith(popupUrl), { timeout: 15_000 });
  return { popup, clickedAt };
}

/**
 * Runs `action` (e.g. a click on "Open in side panel") and returns the extension page it
 * opens, once that page shows `file` (e.g. "sidepanel.html").
 */
export async function waitForExtensionPage(b: ExtensionBrowser, file: string, action: () => Promise<unknown>): Promise<Page> {
  const url = `chrome-extension://${b.extensionId}/${file}`;
  const appeared = b.context.waitForEvent('page', { timeout: 15_000 });
  await action();
  const page = await appeared;
  if (!page.url().startsWith(url)) await page.waitForURL((u) => u.href.startsWith(url), { timeout: 15_000 });
  return page;
}

export type DigestState = 'loading' | 'ready' | 'error';

export interface Timing {
  /** Click to digest (or error) rendered in the popup, measured inside the popup. */
  clickToRenderedMs: number;
  /** Click to the popup document's start (includes playwright attaching to the popup). */
  clickToPopupStartMs: number;
}

/** Waits until the popup's digest view leaves "loading"; returns its state and timings. */
export async function waitForDigest(popup: Page, clickedAt: number, timeout = 30_000): Promise<{ state: DigestState; timing: Timing }> {
  const view = popup.locator('[data-testid="digest-view"]');
  await view.waitFor({ state: 'attached', timeout });
  await popup.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state');
      return s === 'ready' || s === 'error';
    },
    undefined,
    { timeout, polling: 10 },
  );
  const probe = await popup.evaluate(() => ({
    settledAt: window.__enBrefE2E?.settledAt,
    timeOrigin: performance.timeOrigin,
    now: performance.timeOrigin + performance.now(),
  }));
  const state = (await view.getAttribute('data-state')) as DigestState;
  return {
    state,
    timing: {
      clickToRenderedMs: Math.round((probe.settledAt ?? probe.now) - clickedAt),
      clickToPopupStartMs: Math.round(probe.timeOrigin - clickedAt),
    },
  };
}

export interface DigestItem {
  text: string;
  sources: string | null;
}

export interface DigestSnapshot {
  state: string | null;
  /** `data-cached` of the digest view, when the UI sets it ("true" / "false"). */
  cached: string | null;
  heading: string | null;
  title: string | null;
  site: string | null;
  readingTime: string | null;
  bullets: DigestItem[];
  faq: { question: string; answer: string | null; sources: string | null }[];
  /** The "at a glance" table (components/DigestTable.tsx), null when the digest has none. */
  table: { caption: string | null; columns: string[]; rows: Array<{ aspect: string; text: string; sources: string | null }> } | null;
  error: string | null;
}

/**
 * Everything a digest view (popup, side panel) shows, read through the DOM contract
 * (data-testid attributes). Runs in the page, self-contained: Chromium's tests pass it to
 * `evaluate`, Firefox's run it on the popup's or sidebar's document (tests/e2e/firefox.ts).
 */
export function digestSnapshot(doc: Document = document): DigestSnapshot {
  const q = (sel: string, root: ParentNode = doc) => root.querySelector(sel);
  const text = (el: Element | null) => (el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : null);
  const view = q('[data-testid="digest-view"]');
  return {
    state: view?.getAttribute('data-state') ?? null,
    cached: view?.getAttribute('data-cached') ?? null,
    heading: text(q('[data-testid="digest-heading"]')),
    title: text(q('[data-testid="article-title"]')),
    site: text(q('[data-testid="article-site"]')),
    readingTime: text(q('[data-testid="reading-time"]')),
    bullets: [...doc.querySelectorAll('[data-testid="bullets"] > li')].map((li) => ({
      text: text(li) ?? '',
      sources: li.getAttribute('data-sources'),
    })),
    faq: [...doc.querySelectorAll('[data-testid="faq"] details')].map((d) => ({
      question: text(q('summary', d)) ?? '',
      answer: text(q('[data-testid="faq-answer"]', d)),
      sources: d.getAttribute('data-sources'),
    })),
    table: ((t) =>
      t
        ? {
            caption: text(q('caption', t)),
            columns: [...t.querySelectorAll('thead th')].map((th) => text(th) ?? ''),
            rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
              aspect: text(q('th', tr)) ?? '',
              text: text(q('td', tr)) ?? '',
              sources: tr.getAttribute('data-sources'),
            })),
          }
        : null)(q('[data-testid="digest-table"]')),
    error: text(q('[data-testid="error"]')),
  };
}

/** Everything the popup shows (digestSnapshot, in the popup). */
export async function readDigest(popup: Page): Promise<DigestSnapshot> {
  return popup.evaluate(digestSnapshot, undefined);
}

/** Closes the popup the way it closes itself (window.close), falling back to closing the target. */
export async function closePopup(popup: Page): Promise<void> {
  if (popup.isClosed()) return;
  const closed = popup.waitForEvent('close', { timeout: 5_000 }).catch(() => undefined);
  await popup.evaluate(() => window.close()).catch(() => {});
  await closed;
  if (!popup.isClosed()) await popup.close().catch(() => {});
}

/** Text the page last copied with navigator.clipboard.writeText (recorded by the probe). */
export async function copiedText(page: Page): Promise<string | undefined> {
  return page.evaluate(() => window.__enBrefE2E?.copied);
}

export async function screenshot(popup: Page, name: string): Promise<string> {
  await mkdir(TEST_OUTPUT, { recursive: true });
  const file = path.join(TEST_OUTPUT, name);
  await popup.screenshot({ path: file });
  return file;
}

/** Opens `url` in a fresh tab and waits for its DOM (the pages' remote resources never load). */
export async function openTab(b: ExtensionBrowser, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Whitespace, no-break spaces, typographic apostrophes: compare text as a reader sees it. */
export function normaliseText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007\u2009]/g, ' ')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `data-sources`: comma-separated sentence indices, at least one. */
export const SOURCES_PATTERN = /^\s*\d+(\s*,\s*\d+)*\s*$/;
