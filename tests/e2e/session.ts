/**
 * The life of an end-to-end test file: the page server and the browser with the extension,
 * started once for the file and closed after it; the tabs and popups a test opened (pushed to
 * the array returned) closed after that test, newest first.
 */
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchExtensionBrowser, startPageServer, type ExtensionBrowser, type PageServer, type SamplePage } from '../../testing/harness';
import { launchFirefoxExtension, type FirefoxExtension } from './firefox';

export function useExtensionSession(pages: SamplePage[], started: (s: { browser: ExtensionBrowser; server: PageServer }) => void): Page[] {
  let browser: ExtensionBrowser | undefined;
  let server: PageServer | undefined;
  const opened: Page[] = [];
  beforeAll(async () => {
    server = await startPageServer(pages);
    browser = await launchExtensionBrowser();
    started({ browser, server });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    for (const p of opened.splice(0).reverse()) if (!p.isClosed()) await p.close().catch(() => {});
  });
  return opened;
}

/** The extension's service worker, as playwright sees it. */
export const extensionWorker = (b: ExtensionBrowser) => b.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${b.extensionId}/`));

/**
 * The same life for a Firefox test file (tests/e2e/firefox.ts): the page server and Firefox
 * with the extension for the file; the tabs a test opened closed after it, and the popup and
 * sidebar it left open.
 */
export function useFirefoxSession(pages: SamplePage[], started: (s: { firefox: FirefoxExtension; server: PageServer }) => void): PuppeteerPage[] {
  let firefox: FirefoxExtension | undefined;
  let server: PageServer | undefined;
  const opened: PuppeteerPage[] = [];
  beforeAll(async () => {
    server = await startPageServer(pages);
    firefox = await launchFirefoxExtension();
    started({ firefox, server });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  afterEach(async () => {
    if (!firefox) return;
    await firefox.closePopup().catch(() => {});
    await firefox.closeSidebar().catch(() => {});
    for (const p of opened.splice(0).reverse()) if (!p.isClosed()) await p.close().catch(() => {});
  });
  return opened;
}
