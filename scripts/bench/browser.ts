/**
 * The built extension in Debian's Chromium (playwright-core, never a downloaded browser):
 * extraction inside the page, the toolbar click to the digest rendered (cold, warm, cached
 * reopen), and the service worker's heap on a 50,000-word article.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, tabTargetId, type ExtensionBrowser } from '../../testing/harness';

// ------------------------------------------------------------------------------------------
// Serving pages

export interface Served {
  route: string;
  html: () => string;
}

export interface Server {
  url(route: string): string;
  add(page: Served): void;
  close(): Promise<void>;
}

/**
 * Serves pages on 127.0.0.1, as UTF-8 (the same decoded text the Node runs parse). Nothing else
 * answers: the pages' own scripts, images and ads are refused by the browser's host rules.
 */
export async function serve(pages: Served[] = []): Promise<Server> {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const server = http.createServer((req, res) => {
    const route = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = byRoute.get(route);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page.html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (route) => origin + route,
    add: (p) => void byRoute.set(p.route, p),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ------------------------------------------------------------------------------------------
// Browser

/** The browser with an extension loaded: the tests' own (testing/harness.ts). */
export type Bench = ExtensionBrowser;

/** What the init script records in the popup, in the popup's performance.now() milliseconds. */
export interface PopupProbe {
  timeOrigin: number;
  /** The digest view left "loading" (the DOM holds the digest or the error). */
  settled?: number;
  /** The next animation frame after it: the digest painted. */
  painted?: number;
  state?: string;
  cached?: string;
  /** The digestTab message sent, and its answer received. */
  sent?: number;
  answered?: number;
  /** Timings the background reported with the digest. */
  timings?: { extractMs?: number; digestMs?: number };
  /** The popup's script started (its performance mark). */
  scriptStart?: number;
  /** The digest view first in the DOM (the loading state), and DOMContentLoaded. */
  firstRender?: number;
  domContentLoaded?: number;
}

declare global {
  interface Window {
    __bench?: PopupProbe;
  }
}

/**
 * Runs first in every page of the extension: records when the digest view settles and paints,
 * and when the digestTab message leaves and its answer comes back (chrome.runtime.sendMessage,
 * which @webext-core/messaging calls with a callback).
 */
function probe(): void {
  if (location.protocol !== 'chrome-extension:' || window.__bench) return;
  const p: PopupProbe = { timeOrigin: performance.timeOrigin };
  window.__bench = p;
  const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
  const send = runtime?.sendMessage;
  if (runtime && send) {
    try {
      runtime.sendMessage = function (this: unknown, ...args: unknown[]) {
        const message = args[0] as { type?: string } | undefined;
        const last = args.length - 1;
        if (message?.type === 'digestTab' && typeof args[last] === 'function') {
          p.sent = performance.now();
          const callback = args[last] as (r: unknown) => void;
          args[last] = (r: { res?: { ok?: boolean; value?: { digest?: { timings?: PopupProbe['timings'] } } } }) => {
            p.answered = performance.now();
            p.timings = r?.res?.value?.digest?.timings;
            callback(r);
          };
        }
        return send.apply(this, args);
      };
    } catch {
      /* read-only in this browser: no message times */
    }
  }
  document.addEventListener('DOMContentLoaded', () => (p.domContentLoaded = performance.now()), { once: true });
  const check = () => {
    const view = document.querySelector('[data-testid="digest-view"]');
    if (view && p.firstRender === undefined) p.firstRender = performance.now();
    const state = view?.getAttribute('data-state');
    if (state && state !== 'loading' && p.settled === undefined) {
      p.settled = performance.now();
      p.state = state;
      p.cached = view?.getAttribute('data-cached') ?? undefined;
      observer.disconnect();
      requestAnimationFrame(() => (p.painted = performance.now()));
      p.scriptStart = performance.getEntriesByName('en-bref:popup-script')[0]?.startTime;
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
}

export function launch(extensionDir: string, opts: { extraArgs?: string[] } = {}): Promise<Bench> {
  // The probe as source text: tsx (esbuild, keepNames) wraps named functions in __name(), which
  // pages lack; the benchmark's own evaluate() callbacks need it too.
  return launchExtensionBrowser({
    extensionDir,
    extraArgs: opts.extraArgs,
    initScript: { content: `globalThis.__name ??= (f) => f; (${probe.toString()})();` },
  });
}

export interface ClickTiming {
  state: string;
  cached: boolean;
  /** Popup document's time origin (navigation start) to the digest in its DOM: the budgeted figure. */
  originToRendered: number;
  /** The same, to the next animation frame. */
  originToPainted?: number;
  /** CDP Extensions.triggerAction sent (wall clock, this process) to the digest in the DOM. */
  clickToRendered: number;
  /** The click to the popup document's time origin: Chromium opening the popup plus playwright attaching to it. */
  clickToOrigin: number;
  /** Popup's origin to its script running, to the digestTab message sent, the message's round trip. */
  originToScript?: number;
  originToSent?: number;
  roundTrip?: number;
  originToFirstRender?: number;
  originToDomContentLoaded?: number;
  extractMs?: number;
  digestMs?: number;
}

/** The toolbar click (a real action click, with its activeTab grant) on `page`, timed to the digest rendered. */
export async function clickAndTime(b: Bench, page: Page): Promise<ClickTiming> {
  await page.bringToFront();
  const targetId = await tabTargetId(b, page);
  const popupUrl = `chrome-extension://${b.extensionId}/popup.html`;
  const appeared = b.context.waitForEvent('page', { timeout: 15_000 });
  const clickedAt = Date.now();
  await b.cdp.send('Extensions.triggerAction', { id: b.extensionId, targetId });
  const popup = await appeared;
  try {
    if (!popup.url().startsWith(popupUrl)) await popup.waitForURL((u) => u.href.startsWith(popupUrl), { timeout: 15_000 });
    await popup.waitForFunction(() => window.__bench?.settled !== undefined, undefined, { timeout: 30_000, polling: 20 });
    await popup.waitForFunction(() => window.__bench?.painted !== undefined, undefined, { timeout: 1000, polling: 20 }).catch(() => console.log('no paint'));
    const p = (await popup.evaluate(() => window.__bench)) as PopupProbe;
    return {
      state: p.state ?? '?',
      cached: p.cached === 'true',
      originToRendered: p.settled!,
      originToPainted: p.painted,
      clickToRendered: p.timeOrigin + p.settled! - clickedAt,
      clickToOrigin: p.timeOrigin - clickedAt,
      originToScript: p.scriptStart,
      originToSent: p.sent,
      originToFirstRender: p.firstRender,
      originToDomContentLoaded: p.domContentLoaded,
      roundTrip: p.sent !== undefined && p.answered !== undefined ? p.answered - p.sent : undefined,
      extractMs: p.timings?.extractMs,
      digestMs: p.timings?.digestMs,
    };
  } finally {
    await popup.evaluate(() => window.close()).catch(() => {});
    if (!popup.isClosed()) await popup.close().catch(() => {});
  }
}

export async function openPage(b: Bench, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(async () => {
    // A page whose resources never finish: its DOM is enough.
    await page.waitForLoadState('domcontentloaded');
  });
  return page;
}

// ------------------------------------------------------------------------------------------
// Extraction inside the page

const require = createRequire(import.meta.url);

/** @mozilla/readability as a script for the page: Readability.js sets module.exports. */
export function readabilitySource(): string {
  const src = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  return `(() => { const module = { exports: {} }; ${src}\n; globalThis.__Readability = module.exports; })();`;
}

export interface InPageTiming {
  ok: boolean;
  /** The content script's own extractMs (performance.now() around extractArticle), reported back. */
  ours?: number;
  /** Plain Readability in the same world: new Readability(document.cloneNode(true)).parse(). */
  readability: number;
  error?: string;
}

/**
 * Runs the built content script (extract.js, the file the extension injects) in an isolated
 * world of the page, as chrome.scripting.executeScript does, and returns its own reported
 * extraction time; plain Readability runs in the same world on the same page, first or second
 * by turns.
 */
export async function extractInPage(page: Page, extractJs: string, readabilityJs: string, readabilityFirst: boolean): Promise<InPageTiming> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'en-bref-bench' })) as {
      executionContextId: number;
    };
    const run = async (expression: string) => {
      const r = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
    await run(readabilityJs);
    const plain = () =>
      run(
        `(() => { const t0 = performance.now(); const a = new globalThis.__Readability(document.cloneNode(true)).parse(); return { ms: performance.now() - t0, ok: !!(a && a.textContent && a.textContent.trim()) }; })()`,
      ) as Promise<{ ms: number; ok: boolean }>;
    const ours = () => run(extractJs) as Promise<{ ok: boolean; value?: { extractMs: number }; error?: { kind: string } }>;
    let r: Awaited<ReturnType<typeof ours>>;
    let p: Awaited<ReturnType<typeof plain>>;
    if (readabilityFirst) {
      p = await plain();
      r = await ours();
    } else {
      r = await ours();
      p = await plain();
    }
    return { ok: !!r?.ok, ours: r?.value?.extractMs, readability: p.ms, error: r?.ok ? undefined : r?.error?.kind };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// ------------------------------------------------------------------------------------------
// The service worker's heap

/** A CDP session on the extension's service worker (Target.sendMessageToTarget on the browser session). */
export async function workerSession(b: Bench): Promise<{ send(method: string, params?: object): Promise<any>; detach(): Promise<void> }> {
  const { targetInfos } = (await b.cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`));
  if (!sw) throw new Error('no service worker target for the extension');
  const { sessionId } = (await b.cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  let id = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const listener = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = m.id !== undefined ? pending.get(m.id) : undefined;
    if (!waiting) return;
    pending.delete(m.id!);
    if (m.error) waiting.reject(new Error(m.error.message));
    else waiting.resolve(m.result);
  };
  b.cdp.on('Target.receivedMessageFromTarget', listener);
  return {
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const i = id++;
        pending.set(i, { resolve, reject });
        b.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) }).catch(reject);
      }),
    detach: async () => {
      b.cdp.off('Target.receivedMessageFromTarget', listener);
      await b.cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    },
  };
}
