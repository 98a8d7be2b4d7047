/**
 * End-to-end harness for Firefox: the built Firefox extension (.output/firefox-mv2) in Debian's
 * firefox-esr, driven by puppeteer-core over WebDriver BiDi, on the pages of the Chromium
 * harness (testing/harness.ts: the page list and server). See tests/e2e/README.md.
 *
 * WebDriver BiDi reaches the tabs, not the browser's own window, and the popup and the sidebar
 * are not browsing contexts. Two tabs of ours reach them, through Firefox internals:
 * - a privileged tab (about:config, a page of the browser's own with the system principal):
 *   its `browsingContext.topChromeWindow` is the browser window, with CustomizableUI (the
 *   toolbar button, whose click grants activeTab as a reader's does), SidebarController,
 *   PopupNotifications (the permission prompt), the context menu, window.synthesizeMouseEvent (trusted mouse
 *   events: user activation for copy, `sidebarAction.open`, `permissions.request`) and
 *   nsITextInputProcessor (the keyboard shortcuts);
 * - an extension tab (options.html): `browser.extension.getViews({ type })` gives the popup's
 *   and the sidebar's documents (same process, same origin).
 * These are internals: the harness checks them at launch against the ESR major version it was
 * written for (FIREFOX_ESR_MAJOR) and fails saying which one is missing, never with a timeout.
 *
 * No vitest import, as testing/harness.ts: scripts may use it too.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT, TEST_OUTPUT, digestSnapshot, type DigestSnapshot, type DigestState, type Timing } from '../../testing/harness';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.join(REPO_ROOT, '.output/firefox-mv2');
/**
 * The firefox-esr major version whose internals (above) these tests were written and run
 * against. Another version may have moved them: run the tests there, then change this.
 */
export const FIREFOX_ESR_MAJOR = 153;
/** The extension's moz-extension:// host, fixed (pref extensions.webextensions.uuids) so its pages' urls are known. */
export const EXTENSION_UUID = '6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
export const EXTENSION_BASE = `moz-extension://${EXTENSION_UUID}/`;
/**
 * Firefox forbids extensions these hosts (pref extensions.webextensions.restrictedDomains, as it
 * does addons.mozilla.org): `http://localhost:<port>/...` is a page the browser forbids, served
 * by the tests' own page server.
 */
export const FORBIDDEN_HOST = 'localhost';

const CONTROL_PAGE = 'options.html';

function geckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: is it the Firefox build?`);
  return id;
}

/** Firefox's widget id for an extension's toolbar button (makeWidgetId). */
const widgetId = (gecko: string) => `${gecko.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

/** Fails early, with the command that fixes it, when the build or the browser is missing. */
export function checkFirefoxPrerequisites(extensionDir = FIREFOX_EXTENSION_DIR): void {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${path.join(extensionDir, 'manifest.json')} is missing: build the extension first with \`npm run build:firefox\`.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Install Debian's firefox-esr (\`apt-get install -y firefox-esr\`) or set FIREFOX_PATH. No browser is downloaded.`,
    );
  }
}

/** A page to run in: the browser window (through the privileged tab) or an extension page. */
type Realm = 'chrome' | 'extension';

export type ViewKind = 'popup' | 'sidebar';

export interface ExtensionView {
  kind: ViewKind;
  /**
   * Runs `fn(...args, document)` in the view (throws when the view is not open); `args` as JSON.
   * The document last: the page functions the Chromium tests evaluate take it as a last,
   * defaulted, parameter (digestSnapshot, hostile-kit's).
   */
  evaluate<T, A extends unknown[]>(fn: (...args: [...A, Document]) => T, ...args: A): Promise<Awaited<T>>;
  isOpen(): Promise<boolean>;
  /** Waits until `fn(...args, document)` is truthy in the view (polled in the extension's process). */
  waitFor<A extends unknown[]>(what: string, fn: (...args: [...A, Document]) => unknown, timeout?: number, ...args: A): Promise<void>;
  /** Waits until the digest view is ready or an error; its state and the times from `clickedAt`. */
  waitForDigest(clickedAt: number, timeout?: number): Promise<{ state: DigestState; timing: Timing }>;
  read(): Promise<DigestSnapshot>;
  /** A reader's click at the element's centre (trusted: user activation), through the browser window. */
  click(selector: string): Promise<void>;
  /** The view as drawn, to test-output/<name>. */
  screenshot(name: string): Promise<string>;
}

export interface FirefoxExtension {
  browser: Browser;
  /** "firefox/153.8.0". */
  version: string;
  /** Where the browser saves downloads. */
  downloads: string;
  url(file: string): string;
  popup: ExtensionView;
  sidebar: ExtensionView;
  /** Opens `url` in a new tab, selected, once its DOM is there. */
  openTab(url: string): Promise<Page>;
  /** Opens one of the browser's own pages (about:robots) or the extension's (url(file)) in a new tab, selected. */
  openBrowserPage(url: string): Promise<Page>;
  /** Selects the tab, as a reader clicking it. */
  select(page: Page): Promise<void>;
  /** Clicks the toolbar button with `page` selected (activeTab granted); returns Date.now() just before. */
  clickToolbarButton(page: Page): Promise<number>;
  /** Types a shortcut ("Alt+Shift+Y") into the browser window, with `page` selected; returns Date.now() just before. */
  pressShortcut(page: Page, shortcut: string): Promise<number>;
  /** Right-clicks `selector` in `page` (the page's body when absent) and clicks our menu item `menuId`. */
  contextMenu(page: Page, menuId: string, selector?: string): Promise<void>;
  /** Waits for the extension's permission prompt, answers it; returns its text. */
  answerPermissionPrompt(allow: boolean): Promise<string>;
  /** The system clipboard's text. */
  clipboardText(): Promise<string>;
  closePopup(): Promise<void>;
  closeSidebar(): Promise<void>;
  /** Runs `fn(window, ...args)` in the browser window (chrome) or in an extension page (`browser.*`). */
  run<T, A extends unknown[]>(realm: Realm, fn: (global: any, ...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** The tab showing the extension's `file` (e.g. library.html) once it is there. */
  waitForExtensionTab(file: string, timeout?: number): Promise<Page>;
  /** Requests the extension's pages made to anything but the extension, since launch (observed in the browser). */
  extensionRequests(): Promise<string[]>;
  /** Dialogs (alert, confirm, prompt) the browser opened anywhere, since launch. */
  dialogs(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * `fn` called with JSON arguments, as an expression a page can evaluate. esbuild's keepNames
 * (tsx) wraps named functions in `__name(...)`: defined here for code that came through it.
 */
const callExpression = (fn: (...args: never[]) => unknown, target: string, args: unknown[], targetLast = false) =>
  `(() => { const __name = (f) => f; return (${fn.toString()})(${targetLast ? `...${JSON.stringify(args)}, ${target}` : `${target}, ...${JSON.stringify(args)}`}); })()`;

/** Waits for a tab's page (BiDi's load events do not come for about: and moz-extension: pages). */
async function waitForPage(page: Page, href: string, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => '');
    if (state === `complete ${href}`) return;
    if (Date.now() > end) throw new Error(`The tab did not show ${href} in ${timeout} ms (it shows: ${state || 'nothing yet'}).`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** puppeteer-core's WebDriver BiDi browser and frame, as far as `navigate` needs them (not in its public types). */
interface BidiInternals {
  browser: { connection: { send(method: string, params: object): Promise<unknown> } };
  frame: { _id: string };
}

async function navigate(page: Page, url: string): Promise<void> {
  // page.goto waits for load events that BiDi does not send for these pages: navigate, then look.
  const { connection } = page.browser() as unknown as BidiInternals['browser'];
  const { _id: context } = page.mainFrame() as unknown as BidiInternals['frame'];
  await connection.send('browsingContext.navigate', { context, url, wait: 'none' });
  await waitForPage(page, url);
}

/** The Firefox internals the harness uses, each checked by name at launch, and the extension running. */
function probeChrome(w: any, widget: string, gecko: string): string[] {
  const missing: string[] = [];
  if (!w) return ['browsingContext.topChromeWindow (a privileged page reaching the browser window)'];
  if (!w.CustomizableUI?.getWidget) missing.push('CustomizableUI (the toolbar button)');
  else if (!w.CustomizableUI.getWidget(widget)) missing.push(`CustomizableUI widget ${widget} (the extension's toolbar button)`);
  if (!w.gBrowser?.selectedBrowser) missing.push('gBrowser (the tabs)');
  if (!w.SidebarController?.show) missing.push('SidebarController (the sidebar)');
  if (!w.PopupNotifications?.panel) missing.push('PopupNotifications (the permission prompt)');
  if (typeof w.synthesizeMouseEvent !== 'function') missing.push('window.synthesizeMouseEvent (trusted clicks)');
  if (!w.document.getElementById('contentAreaContextMenu')) missing.push('#contentAreaContextMenu (the context menu)');
  if (!w.Cc?.['@mozilla.org/text-input-processor;1']) missing.push('nsITextInputProcessor (keyboard shortcuts)');
  if (!w.Services?.clipboard || !w.Services?.obs) missing.push('Services.clipboard / Services.obs');
  try {
    const { ExtensionParent } = w.ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    if (!ExtensionParent?.GlobalManager?.getExtension) missing.push('ExtensionParent.GlobalManager (the installed extensions)');
    else {
      const state = ExtensionParent.GlobalManager.getExtension(gecko)?.state;
      if (state !== 'Startup: Complete') missing.push(`ExtensionParent: ${gecko} started (its state: ${state ?? 'not installed'})`);
    }
  } catch {
    missing.push('ExtensionParent (resource://gre/modules/ExtensionParent.sys.mjs)');
  }
  return missing;
}

/**
 * Runs in the browser window once: records the requests of the extension's pages to anything
 * but the extension, and the dialogs the browser opens, for the tests to read.
 */
function watchBrowser(w: any, base: string): void {
  if (w.__enBrefE2E) return;
  const record = { requests: [] as string[], dialogs: [] as string[] };
  w.__enBrefE2E = record;
  const { Ci, Services } = w;
  Services.obs.addObserver(
    {
      observe(subject: any) {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        const info = channel.loadInfo;
        const from = [info?.loadingPrincipal, info?.triggeringPrincipal].map((p: any) => {
          try {
            return p?.URI?.spec ?? p?.originNoSuffix ?? '';
          } catch {
            return '';
          }
        });
        const url = channel.URI.spec;
        if (from.some((f: string) => f.startsWith(base)) && !url.startsWith(base)) record.requests.push(url);
      },
    },
    'http-on-modify-request',
  );
  for (const topic of ['common-dialog-loaded', 'tabmodal-dialog-loaded']) {
    Services.obs.addObserver(
      {
        observe(subject: any) {
          const text = subject?.document?.getElementById?.('infoBody')?.textContent ?? subject?.Dialog?.args?.text ?? '';
          record.dialogs.push(`${topic}: ${text}`);
        },
      },
      topic,
    );
  }
}

/**
 * Debian's firefox-esr with the built Firefox extension installed (a temporary add-on, as
 * about:debugging does), in a fresh profile.
 */
export async function launchFirefoxExtension(opts: { extensionDir?: string; headless?: boolean } = {}): Promise<FirefoxExtension> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  checkFirefoxPrerequisites(extensionDir);
  const gecko = geckoId(extensionDir);
  const widget = widgetId(gecko);
  const profile = mkdtempSync(path.join(os.tmpdir(), 'en-bref-firefox-'));
  const downloads = path.join(profile, 'downloads');
  mkdirSync(downloads);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: opts.headless ?? true,
    userDataDir: profile,
    // Lets WebDriver BiDi run script in the browser's own pages (Firefox 153 needs it).
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [gecko]: EXTENSION_UUID }),
      'extensions.webextensions.restrictedDomains': `addons.mozilla.org,accounts.firefox.com,${FORBIDDEN_HOST}`,
      // Background tabs (the two of ours among them) keep their timers at full speed.
      'dom.min_background_timeout_value': 0,
      'dom.timeout.enable_budget_timer_throttling': false,
      'dom.min_background_timeout_value_without_budget_throttling': 0,
      // The interface in English, whatever the machine's locale: the tests read its text.
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
      // Every host but this machine through a proxy that is not there: the saved pages' ads,
      // trackers and scripts never load (there is no network anyway; this fails them at once).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      // Downloads (the library's exports) go to the profile's folder, no dialog, no panel.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
    },
  });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const version = await browser.version();
    const major = Number(/^firefox\/(\d+)\./i.exec(version)?.[1]);
    if (major !== FIREFOX_ESR_MAJOR) {
      throw new Error(
        `These tests drive Firefox internals (CustomizableUI, ExtensionParent, getViews...) as firefox-esr ${FIREFOX_ESR_MAJOR} has them; ` +
          `${FIREFOX_PATH} is ${version}. Run them on firefox-esr ${FIREFOX_ESR_MAJOR}, or check the harness (tests/e2e/firefox.ts) on this version and change FIREFOX_ESR_MAJOR.`,
      );
    }
    const installed = await browser.installExtension(extensionDir);
    if (installed !== gecko) throw new Error(`Installed ${installed}, expected ${gecko}.`);

    // The two tabs of ours, opened before any page of the tests' and left in the background.
    const [first] = await browser.pages();
    const chromeTab = first ?? (await browser.newPage());
    await navigate(chromeTab, 'about:config');
    const control = await browser.newPage();
    await navigate(control, `${EXTENSION_BASE}${CONTROL_PAGE}`);

    const run = async <T, A extends unknown[]>(realm: Realm, fn: (global: any, ...args: A) => T, ...args: A): Promise<Awaited<T>> => {
      if (realm === 'chrome') return chromeTab.evaluate(callExpression(fn, 'window.browsingContext.topChromeWindow', args)) as Promise<Awaited<T>>;
      return control.evaluate(callExpression(fn, 'globalThis', args)) as Promise<Awaited<T>>;
    };

    const missing = await run('chrome', probeChrome, widget, gecko);
    const views = await run('extension', (g) => typeof g.browser?.extension?.getViews === 'function');
    if (!views) missing.push('browser.extension.getViews (the popup and sidebar documents)');
    if (missing.length) throw new Error(`Firefox ${version} lacks what the tests drive it with: ${missing.join('; ')}. See tests/e2e/firefox.ts.`);
    await run('chrome', watchBrowser, EXTENSION_BASE);
    // The toolbar button on the toolbar, as a reader pins it (not in the extensions menu).
    await run('chrome', (w, id: string) => w.CustomizableUI.addWidgetToArea(id, w.CustomizableUI.AREA_NAVBAR), widget);

    const view = (kind: ViewKind): ExtensionView => {
      const inView = <T, A extends unknown[]>(fn: (...args: [...A, Document]) => T, args: A) =>
        control.evaluate(
          `(() => { const v = browser.extension.getViews({ type: ${JSON.stringify(kind)} })[0]; if (!v) throw new Error('no ${kind} is open'); ` +
            `return ${callExpression(fn, 'v.document', args, true)}; })()`,
        ) as Promise<Awaited<T>>;
      const self: ExtensionView = {
        kind,
        evaluate: (fn, ...args) => inView(fn, args),
        isOpen: () => run('extension', (g, k: string) => g.browser.extension.getViews({ type: k }).length > 0, kind),
        async waitFor(what, fn, timeout = 30_000, ...args) {
          const ok = await control.evaluate(
            `(async () => { const end = Date.now() + ${timeout}; for (;;) { const v = browser.extension.getViews({ type: ${JSON.stringify(kind)} })[0]; ` +
              `try { if (v && ${callExpression(fn, 'v.document', args, true)}) return true; } catch {} ` +
              `if (Date.now() > end) return false; await new Promise((r) => setTimeout(r, 4)); } })()`,
          );
          if (!ok) {
            const shown = await inView(digestSnapshot, []).catch(() => null);
            throw new Error(`Timed out after ${timeout} ms waiting, in the ${kind}, for: ${what}. It shows: ${JSON.stringify(shown)?.slice(0, 600)}`);
          }
        },
        async waitForDigest(clickedAt, timeout = 30_000) {
          const r = (await control.evaluate(
            `(async () => { const end = Date.now() + ${timeout}; for (;;) { const v = browser.extension.getViews({ type: ${JSON.stringify(kind)} })[0]; ` +
              `const s = v?.document.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state'); ` +
              `if (s === 'ready' || s === 'error') return { state: s, at: Date.now(), timeOrigin: v.performance.timeOrigin }; ` +
              `if (Date.now() > end) return { state: s ?? (v ? 'no digest view' : 'no ${kind}'), timeout: true }; ` +
              `await new Promise((r) => setTimeout(r, 4)); } })()`,
          )) as { state: string; at?: number; timeOrigin?: number; timeout?: boolean };
          if (r.timeout) throw new Error(`The ${kind}'s digest did not settle in ${timeout} ms (state: ${r.state}).`);
          return {
            state: r.state as DigestState,
            timing: { clickToRenderedMs: Math.round(r.at! - clickedAt), clickToPopupStartMs: Math.round(r.timeOrigin! - clickedAt) },
          };
        },
        read: () => inView(digestSnapshot, [] as []),
        async click(selector) {
          const point = await inView(
            (sel: string, doc: Document) => {
              const el = doc.querySelector(sel);
              if (!el) return null;
              el.scrollIntoView({ block: 'center' });
              const r = el.getBoundingClientRect();
              return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
            },
            [selector],
          );
          if (!point) throw new Error(`No ${selector} in the ${kind}.`);
          const done = await run('chrome', trustedClickInView, kind, point);
          if (done !== 'ok') throw new Error(`Could not click ${selector} in the ${kind}: ${done}`);
        },
        async screenshot(name) {
          const data = await run('chrome', snapshotView, kind);
          if (!data.startsWith('data:image/png;base64,')) throw new Error(`No screenshot of the ${kind}: ${data}`);
          await mkdir(TEST_OUTPUT, { recursive: true });
          const file = path.join(TEST_OUTPUT, name);
          await writeFile(file, Buffer.from(data.slice(data.indexOf(',') + 1), 'base64'));
          return file;
        },
      };
      return self;
    };

    const select = async (page: Page) => {
      await page.bringToFront();
      // What the tab shows (puppeteer's page.url() misses navigations to about: pages).
      const href = await page.evaluate(() => location.href);
      const end = Date.now() + 10_000;
      while ((await run('chrome', (w) => w.gBrowser.selectedBrowser.currentURI.spec)) !== href) {
        if (Date.now() > end) throw new Error(`Could not select the tab showing ${href}.`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    const ext: FirefoxExtension = {
      browser,
      version,
      downloads,
      url: (file) => EXTENSION_BASE + file,
      popup: view('popup'),
      sidebar: view('sidebar'),
      async openTab(url) {
        const page = await browser.newPage();
        const open = () => page.goto(url, { waitUntil: 'domcontentloaded' });
        await open()
          // A new tab's first navigation is now and then refused ("Address rejected", the remote
          // agent catching the tab's initial about:blank load): once more, then fail.
          .catch((e: Error) => (/Address rejected|NS_BINDING_ABORTED/u.test(e.message) ? new Promise((r) => setTimeout(r, 300)).then(open) : Promise.reject(e)))
          .catch((e: Error) => {
            throw new Error(`Opening ${url}: ${e.message}`);
          });
        await select(page);
        return page;
      },
      async openBrowserPage(url) {
        const page = await browser.newPage();
        await navigate(page, url);
        await select(page);
        return page;
      },
      select,
      async clickToolbarButton(page) {
        await select(page);
        const at = Date.now();
        const done = await run(
          'chrome',
          (w, id: string) => {
            const button = w.CustomizableUI.getWidget(id)?.forWindow(w)?.node?.querySelector('.unified-extensions-item-action-button');
            if (!button) return `no button in widget ${id}`;
            button.click();
            return 'ok';
          },
          widget,
        );
        if (done !== 'ok') throw new Error(`The toolbar click failed: ${done}`);
        return at;
      },
      async pressShortcut(page, shortcut) {
        await select(page);
        const at = Date.now();
        const done = await run('chrome', typeShortcut, shortcut);
        if (done !== 'ok') throw new Error(`Could not type ${shortcut}: ${done}`);
        return at;
      },
      async contextMenu(page, menuId, selector) {
        await select(page);
        const point = await page.evaluate((sel: string | null) => {
          const el = sel ? document.querySelector(sel) : (document.querySelector('p') ?? document.body);
          if (!el) return null;
          el.scrollIntoView({ block: 'center' });
          const r = el.getBoundingClientRect();
          // A link: its first letters (a long one may wrap); anything else: its middle.
          return sel && el.localName === 'a'
            ? { x: r.x + Math.min(4, r.width / 2), y: r.y + Math.min(6, r.height / 2) }
            : { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }, selector ?? null);
        if (!point) throw new Error(`No ${selector} in ${page.url()}.`);
        const done = await run('chrome', clickContextMenu, point, menuId);
        if (done !== 'ok') throw new Error(`Context menu: ${done}`);
      },
      async answerPermissionPrompt(allow) {
        const end = Date.now() + 15_000;
        for (;;) {
          const text = await run(
            'chrome',
            (w, allow: boolean) => {
              const panel = w.PopupNotifications.panel;
              const n = panel.state === 'open' ? panel.firstElementChild : null;
              if (!n) return null;
              const text = n.textContent.replace(/\s+/g, ' ').trim();
              (allow ? n.button : n.secondaryButton).click();
              return text;
            },
            allow,
          );
          if (text !== null) return text;
          if (Date.now() > end) throw new Error('No permission prompt showed in 15 s.');
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      clipboardText: () => run('chrome', readClipboard),
      async closePopup() {
        await run('chrome', (w) => w.document.querySelector('.webextension-popup-browser')?.closest('panel')?.hidePopup());
        const end = Date.now() + 10_000;
        while (await ext.popup.isOpen()) {
          if (Date.now() > end) throw new Error('The popup did not close.');
          await new Promise((r) => setTimeout(r, 20));
        }
      },
      async closeSidebar() {
        await run('chrome', (w) => w.SidebarController.hide());
      },
      run,
      async waitForExtensionTab(file, timeout = 15_000) {
        // Asked in each tab: BiDi reports no navigation to moz-extension: pages (page.url() stays blank).
        const url = EXTENSION_BASE + file;
        const end = Date.now() + timeout;
        for (;;) {
          for (const page of await browser.pages()) {
            if (page === control || page === chromeTab) continue;
            const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
            if (href.startsWith(url)) return page;
          }
          if (Date.now() > end) throw new Error(`No tab showed ${url} in ${timeout} ms.`);
          await new Promise((r) => setTimeout(r, 50));
        }
      },
      extensionRequests: () => run('chrome', (w) => [...w.__enBrefE2E.requests] as string[]),
      dialogs: () => run('chrome', (w) => [...w.__enBrefE2E.dialogs] as string[]),
      close,
    };
    return ext;
  } catch (e) {
    await close();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Run in the browser window (self-contained: serialised into the privileged tab)

/** mousedown and mouseup at `point` (the view's CSS pixels) in the view: trusted, with user activation. */
function trustedClickInView(w: any, kind: ViewKind, point: { x: number; y: number }): string {
  const b =
    kind === 'popup'
      ? w.document.querySelector('.webextension-popup-browser')
      : w.SidebarController?.browser?.contentDocument?.getElementById('webext-panels-browser');
  if (!b) return `no ${kind} browser`;
  const r = b.getBoundingClientRect();
  const win = b.ownerDocument?.defaultView ?? w;
  win.synthesizeMouseEvent('mousedown', r.x + point.x, r.y + point.y, { button: 0, clickCount: 1 });
  win.synthesizeMouseEvent('mouseup', r.x + point.x, r.y + point.y, { button: 0, clickCount: 1 });
  return 'ok';
}

/** The view as drawn, as a PNG data url (the remote browser's snapshot, drawn on a canvas). */
async function snapshotView(w: any, kind: ViewKind): Promise<string> {
  const b =
    kind === 'popup'
      ? w.document.querySelector('.webextension-popup-browser')
      : w.SidebarController?.browser?.contentDocument?.getElementById('webext-panels-browser');
  if (!b) return `no ${kind} browser`;
  const bitmap = await b.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
  const canvas = w.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d').drawImage(bitmap, 0, 0);
  return canvas.toDataURL('image/png');
}

/** Types "Alt+Shift+Y" into the browser window as key events (nsITextInputProcessor): the browser's shortcuts see them. */
function typeShortcut(w: any, shortcut: string): string {
  const tip = w.Cc['@mozilla.org/text-input-processor;1'].createInstance(w.Ci.nsITextInputProcessor);
  if (!tip.beginInputTransactionForTests(w)) return 'no input transaction';
  const parts = shortcut.split('+');
  const letter = parts.pop()!;
  const modifiers: Record<string, [string, string, number]> = {
    Alt: ['Alt', 'AltLeft', 18],
    Shift: ['Shift', 'ShiftLeft', 16],
    Ctrl: ['Control', 'ControlLeft', 17],
  };
  const events = parts.map((p) => {
    const [key, code, keyCode] = modifiers[p];
    return new w.KeyboardEvent('', { key, code, keyCode });
  });
  const main = new w.KeyboardEvent('', { key: letter.toUpperCase(), code: `Key${letter.toUpperCase()}`, keyCode: letter.toUpperCase().charCodeAt(0) });
  for (const e of events) tip.keydown(e);
  tip.keydown(main);
  tip.keyup(main);
  for (const e of [...events].reverse()) tip.keyup(e);
  return 'ok';
}

/** Opens the page's context menu at `point` (a trusted right click), then clicks our item `menuId` (trusted). */
async function clickContextMenu(w: any, point: { x: number; y: number }, menuId: string): Promise<string> {
  const b = w.gBrowser.selectedBrowser;
  const r = b.getBoundingClientRect();
  const menu = w.document.getElementById('contentAreaContextMenu');
  const shown = new Promise((resolve) => menu.addEventListener('popupshown', resolve, { once: true }));
  (b.ownerDocument?.defaultView ?? w).synthesizeMouseEvent('contextmenu', r.x + point.x, r.y + point.y, { button: 2, clickCount: 1 });
  const opened = await Promise.race([shown.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]);
  if (!opened) return 'the context menu did not open';
  const items = [...menu.querySelectorAll('menuitem')].filter((i: any) => !i.hidden);
  const item: any = items.find((i: any) => i.id.endsWith(`-menuitem-_${menuId}`));
  if (!item) {
    menu.hidePopup();
    return `no visible item ${menuId}; items: ${items
      .map((i: any) => i.label)
      .filter(Boolean)
      .join(' | ')}`;
  }
  const hidden = new Promise((resolve) => menu.addEventListener('popuphidden', resolve, { once: true }));
  const ir = item.getBoundingClientRect();
  const win = item.ownerDocument?.defaultView ?? w;
  win.synthesizeMouseEvent('mousedown', ir.x + ir.width / 2, ir.y + ir.height / 2, { button: 0, clickCount: 1 });
  win.synthesizeMouseEvent('mouseup', ir.x + ir.width / 2, ir.y + ir.height / 2, { button: 0, clickCount: 1 });
  await Promise.race([hidden, new Promise((resolve) => setTimeout(resolve, 5_000))]);
  return 'ok';
}

function readClipboard(w: any): string {
  const { Cc, Ci, Services } = w;
  const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
  t.init(null);
  t.addDataFlavor('text/plain');
  Services.clipboard.getData(t, Services.clipboard.kGlobalClipboard, w.browsingContext.currentWindowContext);
  const out: { value?: any } = {};
  try {
    t.getTransferData('text/plain', out);
  } catch {
    return '';
  }
  return out.value?.QueryInterface(Ci.nsISupportsString).data ?? '';
}

/**
 * Waits until `fn(arg)` is truthy in `page`, asking it every 50 ms: page.waitForFunction builds
 * a Function, which the extension's pages' CSP refuses.
 */
export async function waitInPage(page: Page, what: string, fn: (arg: string) => unknown, arg: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg).catch(() => false))) {
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what} in ${page.url()}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// ---------------------------------------------------------------------------------------------
// Downloads

/** Waits for a finished download in `dir` whose name matches; returns its name and text. */
export async function waitForDownload(dir: string, name: RegExp, seen: Set<string>, timeout = 15_000): Promise<{ name: string; text: string }> {
  const end = Date.now() + timeout;
  for (;;) {
    for (const f of readdirSync(dir)) {
      if (seen.has(f) || !name.test(f) || f.endsWith('.part')) continue;
      const file = path.join(dir, f);
      // Written in full: no .part beside it and the size stable for a moment.
      const size = statSync(file).size;
      await new Promise((r) => setTimeout(r, 100));
      if (existsSync(`${file}.part`) || statSync(file).size !== size || size === 0) continue;
      seen.add(f);
      return { name: f, text: readFileSync(file, 'utf8') };
    }
    if (Date.now() > end) throw new Error(`No download matching ${name} in ${dir} after ${timeout} ms (there: ${readdirSync(dir).join(', ') || 'nothing'}).`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
