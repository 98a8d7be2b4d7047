/**
 * The optional engines in real Chromium (issue 7): the engine chosen in the settings page
 * changes the digest; the OpenAI-compatible endpoint (the test server, testing/chat-server.ts,
 * on 127.0.0.1) streams its digest into the popup, with cancel and its errors explained, and
 * answers the reader's questions ("Ask this article…") with checked citations;
 * Chrome's on-device AI, present but unavailable in headless Chromium, falls back with a note;
 * and the embedded engine makes no network request at all.
 *
 * The endpoint's permission: the settings page asks for the endpoint's origin as an optional
 * host permission when the reader saves it. Headless Chromium cannot show (or answer) that
 * prompt, so an init script records what the page asks for (the test checks it is that
 * origin and nothing else) and answers "no"; the test server sends CORS headers allowing any
 * origin, as Ollama does for extension origins, so the background's requests go through
 * without the permission. A reader's browser asks them instead.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGES,
  clickToolbarButton,
  launchExtensionBrowser,
  openTab,
  readDigest,
  screenshot,
  startPageServer,
  waitForDigest,
  type ExtensionBrowser,
  type PageServer,
} from '../../testing/harness';
import { startChatServer, type ChatServer } from '../../testing/chat-server';
import { recordedStream } from '../../testing/engines';

let browser: ExtensionBrowser;
let pages: PageServer;
let chat: ChatServer;
let opened: Page[] = [];

declare global {
  interface Window {
    __enBrefPermissionRequests?: unknown[];
  }
}

/** In the extension's pages: records permission requests and answers them "no" (see above). */
function permissionProbe(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const api = (globalThis as { chrome?: { permissions?: { request?: (p: unknown) => Promise<boolean> } } }).chrome?.permissions;
  if (!api?.request) return;
  window.__enBrefPermissionRequests = [];
  api.request = (p: unknown) => {
    window.__enBrefPermissionRequests!.push(p);
    return Promise.resolve(false);
  };
}

beforeAll(async () => {
  pages = await startPageServer([PAGES.fr, PAGES.exemple, PAGES.en]);
  chat = await startChatServer({ cors: true });
  browser = await launchExtensionBrowser();
  await browser.context.addInitScript(permissionProbe);
});

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await chat?.close();
});

afterEach(async () => {
  for (const p of opened.reverse()) if (!p.isClosed()) await p.close().catch(() => {});
  opened = [];
  chat.requests.length = 0;
  chat.setDefault();
});

async function tab(url: string): Promise<Page> {
  const page = await openTab(browser, url);
  opened.push(page);
  return page;
}

/** The extension's local and synced storage, read in its service worker. */
function storage(): Promise<{ local: Record<string, unknown>; sync: Record<string, unknown> }> {
  return browser.context.serviceWorkers()[0].evaluate(async () => {
    type Area = { get(keys: null | string): Promise<Record<string, unknown>> };
    const { storage: s } = (globalThis as unknown as { chrome: { storage: { local: Area; sync: Area } } }).chrome;
    return { local: await s.local.get(null), sync: await s.sync.get(null) };
  });
}

async function optionsPage(): Promise<Page> {
  const page = await browser.context.newPage();
  opened.push(page);
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('engine-settings').waitFor();
  return page;
}

/** The reader's clicks in the settings page: the engine, and for openai the endpoint form. */
async function chooseEngine(engine: 'embedded' | 'chrome-ai' | 'openai', endpoint?: { model: string; apiKey?: string }): Promise<Page> {
  const page = await optionsPage();
  await page.getByTestId(`engine-${engine}`).check();
  if (engine === 'openai' && endpoint) {
    await page.getByTestId('endpoint-preset').selectOption('custom');
    await page.getByTestId('endpoint-base-url').fill(chat.baseUrl);
    await page.getByTestId('endpoint-model').fill(endpoint.model);
    await page.getByTestId('endpoint-api-key').fill(endpoint.apiKey ?? '');
    await page.getByTestId('endpoint-save').click();
    await expect.poll(() => page.getByTestId('endpoint-status').getAttribute('data-kind'), { timeout: 5_000 }).toMatch(/ok|error/);
  }
  // The choice is stored (sync settings) before the popup opens; nothing stored is the default.
  await expect.poll(() => storage().then((s) => (s.sync.settings as { engine?: string } | undefined)?.engine ?? 'embedded')).toBe(engine);
  return page;
}

async function popupFor(page: Page, settle = true): Promise<{ popup: Page; clickedAt: number }> {
  const r = await clickToolbarButton(browser, page);
  opened.push(r.popup);
  if (settle) await waitForDigest(r.popup, r.clickedAt, 45_000);
  return r;
}

const state = (p: Page) => p.getByTestId('digest-view').getAttribute('data-state');
const bulletCount = (p: Page) => p.locator('[data-testid="bullets"] > li').count();

describe('OpenAI-compatible endpoint', () => {
  it('configured in the settings page: the popup shows the digest streaming in, then whole, with its checks', async () => {
    const settings = await chooseEngine('openai', { model: 'gpt-4o-mini', apiKey: 'sk-e2e-secret-0123456789' });
    // Asked for the endpoint's origin, and nothing else.
    expect(await settings.evaluate(() => window.__enBrefPermissionRequests)).toEqual([{ origins: [`${chat.origin}/*`] }]);
    expect(await settings.getByTestId('endpoint-status').textContent()).toMatch(/not allowed|CORS/);
    // The key is in local storage only.
    const stored = await storage();
    expect(JSON.stringify(stored.local)).toContain('sk-e2e-secret');
    expect(JSON.stringify(stored.sync)).not.toContain('sk-e2e-secret');

    // The recorded gpt-4o-mini answer for this article, slowed down so the stream is seen.
    chat.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse'), chunkBytes: 150, delayMs: 8, firstByteDelayMs: 300 });
    const page = await tab(pages.url(PAGES.fr.route));
    const { popup, clickedAt } = await popupFor(page, false);
    // Lines appear while the answer is still coming.
    await expect.poll(() => state(popup), { timeout: 20_000, interval: 50 }).toBe('streaming');
    await expect.poll(() => bulletCount(popup), { timeout: 20_000, interval: 50 }).toBeGreaterThan(0);
    const partial = await bulletCount(popup);
    expect(await state(popup)).toBe('streaming');
    expect(partial).toBeLessThan(4);
    expect(await popup.getByTestId('cancel-digest').isVisible()).toBe(true);
    await screenshot(popup, 'popup-openai-streaming.png');

    const { timing } = await waitForDigest(popup, clickedAt, 45_000);
    await expect.poll(() => state(popup), { timeout: 30_000 }).toBe('ready');
    const digest = await readDigest(popup);
    console.log(
      `[e2e] openai stream: click -> first lines shown ${timing.clickToRenderedMs} ms, whole digest ${Date.now() - clickedAt} ms (the server slowed down on purpose); bullets=${digest.bullets.length} faq=${digest.faq.length}`,
    );
    expect(digest.heading).toBe('EN BREF');
    expect(digest.bullets.map((b) => b.text)).toEqual([
      expect.stringMatching(/^Le Sud-Coréen Raymond Lee/),
      expect.stringMatching(/^À Conakry, sept ou huit hôtels/),
      expect.stringMatching(/30 000 kilomètres.*Unverified$/),
      expect.stringMatching(/^Il attend de pouvoir pédaler/),
    ]);
    // The invented distance is marked, in words, for eyes and screen readers.
    const marked = popup.locator('[data-testid="bullets"] > li[data-verified="false"]');
    expect(await marked.count()).toBe(1);
    expect(await marked.getByTestId('unverified').textContent()).toBe('Unverified');
    expect(await popup.getByTestId('unverified-note').isVisible()).toBe(true);
    expect(await popup.getByTestId('dropped-note').textContent()).toMatch(/^1 line/);
    expect(await popup.getByTestId('digest-engine').textContent()).toBe('Written by gpt-4o-mini-2024-07-18 (OpenAI-compatible endpoint).');
    for (const b of digest.bullets) expect(b.sources).toMatch(/^\d+(,\d+)*$/);
    await screenshot(popup, 'popup-openai.png');

    // What reached the endpoint: one request from the extension, with the key, the model and
    // the numbered sentences of the article.
    const [req] = chat.chats();
    expect(chat.chats()).toHaveLength(1);
    expect(req.headers.origin).toBe(`chrome-extension://${browser.extensionId}`);
    expect(req.headers.authorization).toBe('Bearer sk-e2e-secret-0123456789');
    expect(req.headers.cookie).toBeUndefined();
    expect(req.body!.model).toBe('gpt-4o-mini');
    expect(req.body!.stream).toBe(true);
    expect(req.body!.messages[1].content).toMatch(/^\[1\] Cela faisait deux ans que Raymond Lee/m);
  });

  it('asks the endpoint: the answer comes from the model, checked against the sentences it cites, shown in the page on a click; "the article does not say" when the model says so', async () => {
    await chooseEngine('openai', { model: 'llama3.2' });
    const page = await tab(pages.url(PAGES.exemple.route));
    const { popup } = await popupFor(page);
    expect(await state(popup)).toBe('ready');
    chat.requests.length = 0;
    // The test server's stand-in model cites the sentence that shares most words with the question.
    await popup.getByTestId('ask-input').fill('Combien a coûté le chantier des pistes ?');
    await popup.getByTestId('ask-input').press('Enter');
    await expect.poll(() => popup.getByTestId('asked').count(), { timeout: 20_000 }).toBe(1);
    const asked = popup.getByTestId('asked').first();
    expect(await asked.getAttribute('data-engine')).toBe('openai');
    expect(await asked.getAttribute('data-answered')).toBe('true');
    const answer = asked.getByTestId('ask-answer').first();
    expect(await answer.textContent()).toContain('Le chantier a coûté 4,2 millions');
    expect(await asked.locator('[data-verified="false"]').count()).toBe(0);
    await answer.click();
    await expect.poll(() => popup.getByTestId('highlight-note').textContent()).not.toBe('');
    const [req] = chat.chats();
    expect(chat.chats()).toHaveLength(1);
    expect(req.body!.messages[0].content).toMatch(/^You answer one reader's question/);
    expect(req.body!.messages[1].content).toMatch(/\nQuestion: Combien a coûté le chantier des pistes \?$/);
    expect(req.body!.messages[1].content).toMatch(/^\[3\] Le chantier a coûté 4,2 millions/m);

    await popup.getByTestId('ask-input').fill('Qui a gagné la Coupe du monde de football ?');
    await popup.getByTestId('ask-input').press('Enter');
    await expect.poll(() => popup.getByTestId('asked').count(), { timeout: 20_000 }).toBe(2);
    const refused = popup.getByTestId('asked').first();
    expect(await refused.getAttribute('data-answered')).toBe('false');
    expect(await refused.getByTestId('ask-not-said').isVisible()).toBe(true);
    await screenshot(popup, 'popup-openai-ask.png');
  });

  it('switching engine in the settings page changes the digest', async () => {
    await chooseEngine('embedded');
    const page = await tab(pages.url(PAGES.exemple.route));
    const { popup: first } = await popupFor(page);
    const embedded = await readDigest(first);
    expect(embedded.state).toBe('ready');
    expect(await first.getByTestId('digest-engine').count()).toBe(0);
    await first.close();

    await chooseEngine('openai', { model: 'stand-in' });
    const { popup: second } = await popupFor(page);
    const model = await readDigest(second);
    expect(model.state).toBe('ready');
    expect(await second.getByTestId('digest-engine').textContent()).toMatch(/stand-in/);
    // The stand-in model's lines (the first words of the first sentences) are not the embedded engine's.
    expect(model.bullets.map((b) => b.text)).not.toEqual(embedded.bullets.map((b) => b.text));
    expect(model.heading).toBe(embedded.heading);
    expect(chat.chats()).toHaveLength(1);
  });

  it('cancel: the embedded digest, with a note saying it was cancelled', async () => {
    await chooseEngine('openai', { model: 'slow-model' });
    chat.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse'), chunkBytes: 100, delayMs: 30 });
    const page = await tab(pages.url(PAGES.fr.route));
    const { popup } = await popupFor(page, false);
    await expect.poll(() => state(popup), { timeout: 20_000, interval: 50 }).toBe('streaming');
    await popup.getByTestId('cancel-digest').click();
    await expect.poll(() => state(popup), { timeout: 10_000 }).toBe('ready');
    expect(await popup.getByTestId('engine-note').getAttribute('data-reason')).toBe('cancelled');
    expect(await popup.getByTestId('engine-note').textContent()).toMatch(/cancelled.*En bref’s own digest/);
    expect((await readDigest(popup)).bullets.length).toBeGreaterThanOrEqual(3);
    await expect.poll(() => chat.chats()[0]?.abandoned, { timeout: 5_000 }).toBe(true);
  });

  it('errors explain themselves: 401, a model the server does not have, malformed output', async () => {
    const cases = [
      {
        reply: { kind: 'error' as const, status: 401, message: 'Incorrect API key provided' },
        reason: 'endpoint-unauthorized',
        text: /refused the API key \(401\)/,
      },
      {
        reply: { kind: 'error' as const, status: 404, message: 'model "m404" not found, try pulling it first' },
        reason: 'endpoint-model-not-found',
        text: /no model by that name \(404\)/,
      },
      {
        reply: { kind: 'content' as const, content: 'Sorry, I cannot summarise this.' },
        reason: 'endpoint-malformed',
        text: /not a digest En bref could read/,
      },
    ];
    for (const [i, c] of cases.entries()) {
      await chooseEngine('openai', { model: `m${i}` });
      chat.script(c.reply);
      const page = await tab(pages.url(PAGES.exemple.route));
      const { popup } = await popupFor(page);
      expect(await state(popup)).toBe('ready');
      const note = popup.getByTestId('engine-note');
      expect(await note.getAttribute('data-reason')).toBe(c.reason);
      expect(await note.textContent()).toMatch(c.text);
      // The embedded digest stands in.
      expect((await readDigest(popup)).bullets.length).toBeGreaterThanOrEqual(3);
      if (i === 0) await screenshot(popup, 'popup-openai-401.png');
      await popup.close();
      await page.close();
    }
  });

  it('"Test connection" in the settings page', async () => {
    const page = await chooseEngine('openai', { model: 'llama3.2' });
    await page.getByTestId('endpoint-test').click();
    await expect.poll(() => page.getByTestId('endpoint-status').getAttribute('data-kind')).toBe('ok');
    await page.getByTestId('endpoint-model').fill('mistral');
    await page.getByTestId('endpoint-test').click();
    await expect.poll(() => page.getByTestId('endpoint-status').textContent()).toMatch(/lists no model “mistral”/);
    expect(chat.requests.filter((r) => r.path === '/v1/models')).toHaveLength(2);
    await screenshot(page, 'options-engines.png');
  });
});

describe('Chrome’s on-device AI', () => {
  it('present but unavailable in headless Chromium: the settings say so, the popup shows the embedded digest with a note', async () => {
    const settings = await chooseEngine('chrome-ai');
    await expect.poll(() => settings.getByTestId('chrome-ai-status').getAttribute('data-ok')).toBe('false');
    expect(await settings.getByTestId('chrome-ai-status').textContent()).toMatch(/not available in this browser or on this computer/);

    const page = await tab(pages.url(PAGES.en.route));
    const { popup } = await popupFor(page);
    // The APIs are there, in the popup's document, and say "unavailable".
    const api = await popup.evaluate(async () => {
      const g = globalThis as unknown as Record<string, { availability(o?: unknown): Promise<string> } | undefined>;
      return {
        summarizer: typeof g.Summarizer,
        languageModel: typeof g.LanguageModel,
        availability: await g.Summarizer?.availability({
          type: 'key-points',
          format: 'plain-text',
          length: 'long',
          outputLanguage: 'en',
          expectedInputLanguages: ['en'],
        }),
      };
    });
    expect(api).toEqual({ summarizer: 'function', languageModel: 'function', availability: 'unavailable' });
    expect(await state(popup)).toBe('ready');
    const note = popup.getByTestId('engine-note');
    expect(await note.getAttribute('data-reason')).toBe('ai-unavailable');
    expect(await note.textContent()).toMatch(/not from Chrome’s on-device AI/);
    const digest = await readDigest(popup);
    expect(digest.heading).toBe('In brief');
    expect(digest.bullets.length).toBeGreaterThanOrEqual(3);
    await screenshot(popup, 'popup-chrome-ai-fallback.png');
    expect(chat.chats()).toHaveLength(0);
  });
});

describe('the embedded engine', () => {
  it('makes no network request at all: the browser fetches the page, and nothing else', async () => {
    await chooseEngine('embedded');
    const seen: Array<{ url: string; from: string }> = [];
    const watch = (r: Request) => {
      const url = r.url();
      if (/^(chrome-extension|data|blob|about|chrome):/.test(url)) return;
      seen.push({ url, from: r.serviceWorker() ? 'service worker' : (r.frame()?.url() ?? '?') });
    };
    browser.context.on('request', watch);
    try {
      const page = await tab(pages.url(PAGES.exemple.route));
      const { popup } = await popupFor(page);
      expect((await readDigest(popup)).state).toBe('ready');
      // Use the digest as a reader would: a bullet's source shown in the page, the side panel.
      await popup.locator('[data-testid="bullets"] > li button').first().click();
      await expect.poll(() => popup.getByTestId('highlight-note').textContent()).not.toBe('');
      // And a question asked of the article: answered here, from its sentences (questions asked
      // of this page earlier in the session are listed below it).
      const before = await popup.getByTestId('asked').count();
      await popup.getByTestId('ask-input').fill('Combien a coûté le chantier ?');
      await popup.getByTestId('ask-input').press('Enter');
      await expect.poll(() => popup.getByTestId('asked').count(), { timeout: 10_000 }).toBe(before + 1);
      expect(await popup.getByTestId('asked').first().getAttribute('data-answered')).toBe('true');
      expect(await popup.getByTestId('asked').first().getAttribute('data-engine')).toBe('embedded');
      await new Promise((r) => setTimeout(r, 500));
      await popup.close();
      await page.close();
    } finally {
      browser.context.off('request', watch);
    }
    const page = pages.url(PAGES.exemple.route);
    // Only the page itself (and the favicon the browser asks its server for).
    expect(
      seen.filter((s) => s.url !== page && s.url !== `${pages.origin}/favicon.ico`),
      JSON.stringify(seen),
    ).toEqual([]);
    expect(seen.some((s) => s.url === page)).toBe(true);
    expect(chat.requests).toHaveLength(0);

    // The same watch sees the service worker's requests when there are some: with the
    // OpenAI-compatible engine, the one request to the endpoint.
    await chooseEngine('openai', { model: 'watch-check' });
    const control: Array<{ url: string; sw: boolean; method: string }> = [];
    const watch2 = (r: Request) => void (r.url().startsWith('http') && control.push({ url: r.url(), sw: !!r.serviceWorker(), method: r.method() }));
    browser.context.on('request', watch2);
    try {
      const again = await tab(pages.url(PAGES.exemple.route));
      await popupFor(again);
    } finally {
      browser.context.off('request', watch2);
    }
    // (Its CORS preflight, OPTIONS, comes from the worker too: no host permission here.)
    const toEndpoint = control.filter((c) => c.url === `${chat.baseUrl}/chat/completions` && c.method === 'POST');
    expect(toEndpoint).toEqual([{ url: `${chat.baseUrl}/chat/completions`, sw: true, method: 'POST' }]);
  });
});
