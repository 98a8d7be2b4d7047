/**
 * The options page and the engines that exist in Firefox: the embedded one (no network request
 * at all), the reader's OpenAI-compatible endpoint (the test server, testing/chat-server.ts,
 * without CORS headers: the extension reaches it through the site permission the reader grants
 * in Firefox's prompt when saving), and Chrome's on-device AI, absent here, which the options
 * page and the popup say.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { PAGES, TEST_OUTPUT, type PageServer } from '../../testing/harness';
import type { FirefoxExtension } from './firefox';
import { useFirefoxSession } from './session';
import { useChatServer, type ChatServer } from '../../testing/chat-server';
import { recordedStream } from '../../testing/engines';

let firefox: FirefoxExtension;
let server: PageServer;
const opened = useFirefoxSession([PAGES.fr, PAGES.en, PAGES.exemple], (s) => ({ firefox, server } = s));
let chat: ChatServer;
// No CORS headers: only the permission the reader grants lets the extension read its answers.
useChatServer((s) => (chat = s));

async function tab(url: string): Promise<Page> {
  const page = await firefox.openTab(url);
  opened.push(page);
  return page;
}

const settings = () =>
  firefox.run('extension', (g) => g.browser.storage.sync.get('settings').then((r: { settings?: { engine?: string } }) => r.settings?.engine ?? 'embedded'));

async function optionsPage(): Promise<Page> {
  const page = await firefox.openBrowserPage(firefox.url('options.html'));
  opened.push(page);
  await page.waitForSelector('[data-testid="engine-settings"]');
  return page;
}

/** The reader's clicks in the options page: the engine, and for openai the endpoint form. */
async function chooseEngine(page: Page, engine: 'embedded' | 'chrome-ai' | 'openai'): Promise<void> {
  await page.click(`[data-testid="engine-${engine}"]`);
  await expect.poll(settings, { timeout: 10_000 }).toBe(engine);
}

/** Types `value` into the field, as a reader replacing what it holds (select all, type over it). */
async function fill(page: Page, testId: string, value: string): Promise<void> {
  await page.click(`[data-testid="${testId}"]`);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.type(`[data-testid="${testId}"]`, value);
  expect(await page.$eval(`[data-testid="${testId}"]`, (i) => (i as HTMLInputElement).value)).toBe(value);
}

async function popupOn(page: Page, settle = true): Promise<number> {
  const at = await firefox.clickToolbarButton(page);
  if (settle) await firefox.popup.waitForDigest(at, 45_000);
  return at;
}

const popupText = (testId: string) =>
  firefox.popup.evaluate((id: string, doc: Document) => doc.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId);

describe('Firefox: the options page', () => {
  it('lists the shortcuts as Firefox has them, and the three engines', async () => {
    const page = await optionsPage();
    const shortcuts = await page.$$eval('[data-testid="options-shortcuts"] .shortcut', (els) =>
      els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(shortcuts).toEqual(expect.arrayContaining([expect.stringMatching(/Alt\+Shift\+R$/), expect.stringMatching(/Alt\+Shift\+Y$/)]));
    for (const id of ['embedded', 'chrome-ai', 'openai']) expect(await page.$(`[data-testid="engine-${id}"]`), id).not.toBeNull();
    await page.screenshot({ path: path.join(TEST_OUTPUT, 'options-firefox.png') });
  });
});

describe('Firefox: Chrome’s on-device AI', () => {
  it('is absent: the options page says so, the popup shows the embedded digest with a note', async () => {
    const options = await optionsPage();
    await chooseEngine(options, 'chrome-ai');
    await options.waitForSelector('[data-testid="chrome-ai-status"][data-ok="false"]');
    expect(await options.$eval('[data-testid="chrome-ai-status"]', (e) => e.textContent)).toMatch(/not available in this browser or on this computer/);

    const page = await tab(server.url(PAGES.en.route));
    await popupOn(page);
    expect(
      await firefox.popup.evaluate((doc: Document) => [
        typeof (doc.defaultView as unknown as Record<string, unknown>).Summarizer,
        typeof (doc.defaultView as unknown as Record<string, unknown>).LanguageModel,
      ]),
    ).toEqual(['undefined', 'undefined']);
    const digest = await firefox.popup.read();
    expect(digest.state).toBe('ready');
    expect(digest.heading).toBe('In brief');
    expect(digest.bullets.length).toBeGreaterThanOrEqual(3);
    expect(await firefox.popup.evaluate((doc: Document) => doc.querySelector('[data-testid="engine-note"]')?.getAttribute('data-reason'))).toBe(
      'ai-unavailable',
    );
    expect(await popupText('engine-note')).toMatch(/not from Chrome’s on-device AI/);
    await firefox.popup.screenshot('popup-firefox-chrome-ai-absent.png');
    await chooseEngine(options, 'embedded');
  });
});

describe('Firefox: the OpenAI-compatible endpoint', () => {
  it('saved in the options page, the site allowed in Firefox’s prompt: the popup shows the digest streaming in, then whole', async () => {
    const options = await optionsPage();
    await options.click('[data-testid="engine-openai"]');
    await options.waitForSelector('[data-testid="endpoint-form"]');
    await options.select('[data-testid="endpoint-preset"]', 'custom');
    await fill(options, 'endpoint-base-url', chat.baseUrl);
    await fill(options, 'endpoint-model', 'gpt-4o-mini');
    await fill(options, 'endpoint-api-key', 'sk-e2e-secret-0123456789');
    await options.click('[data-testid="endpoint-save"]');
    // The endpoint's host, asked at the moment (the click is the gesture), answered in Firefox's prompt.
    const prompt = await firefox.answerPermissionPrompt(true);
    expect(prompt).toMatch(/127\.0\.0\.1/);
    await options.waitForSelector('[data-testid="endpoint-status"][data-kind="ok"]');
    await expect.poll(settings).toBe('openai');
    expect(await firefox.run('extension', (g) => g.browser.permissions.getAll().then((p: { origins: string[] }) => p.origins))).toEqual(['http://127.0.0.1/*']);

    chat.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse'), chunkBytes: 150, delayMs: 8, firstByteDelayMs: 300 });
    const page = await tab(server.url(PAGES.fr.route));
    const at = await popupOn(page, false);
    await firefox.popup.waitFor(
      'lines while the answer streams',
      (doc: Document) =>
        doc.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state') === 'streaming' &&
        doc.querySelectorAll('[data-testid="bullets"] > li').length > 0,
      20_000,
    );
    await firefox.popup.waitFor(
      'the whole digest',
      (doc: Document) => doc.querySelector('[data-testid="digest-view"]')?.getAttribute('data-state') === 'ready',
      45_000,
    );
    console.log(`[e2e firefox] openai stream: click -> whole digest ${Date.now() - at} ms (the server slowed down on purpose)`);
    const digest = await firefox.popup.read();
    expect(digest.heading).toBe('EN BREF');
    expect(digest.bullets.map((b) => b.text)).toEqual([
      expect.stringMatching(/^Le Sud-Coréen Raymond Lee/),
      expect.stringMatching(/^À Conakry, sept ou huit hôtels/),
      expect.stringMatching(/30 000 kilomètres.*Unverified$/),
      expect.stringMatching(/^Il attend de pouvoir pédaler/),
    ]);
    expect(await popupText('digest-engine')).toBe('Written by gpt-4o-mini-2024-07-18 (OpenAI-compatible endpoint).');
    await firefox.popup.screenshot('popup-firefox-openai.png');
    // One request, from the extension, with the key and the article's numbered sentences; no cookie.
    const [req] = chat.chats();
    expect(chat.chats()).toHaveLength(1);
    expect(req.headers.authorization).toBe('Bearer sk-e2e-secret-0123456789');
    expect(req.headers.cookie).toBeUndefined();
    expect(req.body!.model).toBe('gpt-4o-mini');
    expect(req.body!.messages[1].content).toMatch(/^\[1\] Cela faisait deux ans que Raymond Lee/m);
  });

  it('the embedded engine again: no network request at all, the endpoint never asked', async () => {
    const options = await optionsPage();
    await chooseEngine(options, 'embedded');
    const before = (await firefox.extensionRequests()).length;
    const page = await tab(server.url(PAGES.exemple.route));
    await popupOn(page);
    const digest = await firefox.popup.read();
    expect(digest.state).toBe('ready');
    expect(await firefox.popup.evaluate((doc: Document) => doc.querySelector('[data-testid="digest-engine"]'))).toBeNull();
    await firefox.popup.click('[data-testid="bullets"] > li button');
    await firefox.popup.waitFor('the highlight note', (doc: Document) => !!doc.querySelector('[data-testid="highlight-note"]')?.textContent);
    expect((await firefox.extensionRequests()).slice(before)).toEqual([]);
    expect(chat.requests).toHaveLength(0);
  });
});
