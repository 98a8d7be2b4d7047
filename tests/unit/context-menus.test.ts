/**
 * The context menu and the side panel's shortcut (lib/background/context-menus.ts), the linked
 * page's digest (link-service.ts), Chrome's offscreen document (offscreen-client.ts) and the
 * `digestLink` message's check, with fakes for the browser.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { DOMParser as LinkedomParser } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMenus,
  handleCommand,
  handleMenuClick,
  menuItems,
  MENU_IDS,
  PANEL_COMMAND,
  type EntryPointDeps,
  type MenuItem,
} from '../../lib/background/context-menus';
import { decodeResponse, digestLink, MAX_LINK_BYTES, type LinkDeps, type LinkResponse } from '../../lib/background/link-service';
import { offscreenExtractor } from '../../lib/background/offscreen-client';
import { validateDigestLink, validateMessage } from '../../lib/background/validate';
import { extractContent } from '../../lib/extract/from-html';
import { isOffscreenExtractRequest } from '../../lib/protocol';
import type { PanelRequest } from '../../lib/storage';
import { REQUEST_TTL_MS, requestFor } from '../../lib/panel-request';
import { resetUiLanguage, setUiLanguage } from '../../testing/i18n';
import { pagePath } from '../../testing/pages';
import { failureMessage } from '../../lib/ui/failures';

afterEach(() => resetUiLanguage());

// ---------------------------------------------------------------------------------------------
// Menus and shortcut

interface Fake extends EntryPointDeps {
  calls: string[];
  stored: PanelRequest | null;
  grant(answer: boolean): void;
}

/** The browser, recording the order of calls; the permission prompt answers when told. */
function fakeDeps({ allowedBefore = false, requestThrows = false } = {}): Fake {
  let answer: (granted: boolean) => void = () => {};
  let n = 0;
  const f: Fake = {
    calls: [],
    stored: null,
    grant: (granted) => answer(granted),
    openPanel: async (tabId) => void f.calls.push(`openPanel ${tabId}`),
    requestOrigin: (pattern) => {
      f.calls.push(`requestOrigin ${pattern}`);
      if (requestThrows) return Promise.reject(new Error('This function must be called during a user gesture'));
      return new Promise<boolean>((resolve) => (answer = resolve));
    },
    hasOrigin: async (pattern) => {
      f.calls.push(`hasOrigin ${pattern}`);
      return allowedBefore;
    },
    readRequest: async () => f.stored,
    writeRequest: async (r) => {
      f.calls.push(`write ${r.source}${r.permission ? ' ' + r.permission : ''}`);
      f.stored = r;
    },
    now: () => 1_000_000,
    newId: () => `id${++n}`,
  };
  return f;
}

const TAB = { id: 7, url: 'https://news.example/story', windowId: 1 };

describe('menu items', () => {
  it('three items, for the page, a selection and a link, titled in the interface’s language', () => {
    const items = menuItems();
    expect(items.map((i) => [i.id, i.contexts, i.title])).toEqual([
      [MENU_IDS.page, ['page'], 'Summarise this page'],
      [MENU_IDS.selection, ['selection'], 'Summarise the selection'],
      [MENU_IDS.link, ['link'], 'Summarise the linked page'],
    ]);
    // Only on web pages and files; links to the web only.
    for (const i of items) expect(i.documentUrlPatterns).toEqual(['http://*/*', 'https://*/*', 'file:///*']);
    expect(items[2].targetUrlPatterns).toEqual(['http://*/*', 'https://*/*']);
    setUiLanguage('fr');
    expect(menuItems().map((i) => i.title)).toEqual(['Résumer cette page', 'Résumer la sélection', 'Résumer la page liée']);
    setUiLanguage('de');
    expect(menuItems()[1].title).toBe('Auswahl zusammenfassen');
  });

  it('createMenus removes what an earlier start made, then creates each item once', async () => {
    const log: string[] = [];
    await createMenus({
      removeAll: async () => void log.push('removeAll'),
      create: (item: MenuItem, done?: () => void) => {
        log.push(`create ${item.id}`);
        done?.();
      },
    });
    expect(log).toEqual(['removeAll', `create ${MENU_IDS.page}`, `create ${MENU_IDS.selection}`, `create ${MENU_IDS.link}`]);
  });
});

describe('a menu click', () => {
  it('"Summarise this page": opens the panel in the click’s gesture and leaves the request for it', async () => {
    const f = fakeDeps();
    const done = handleMenuClick({ menuItemId: MENU_IDS.page }, TAB, f);
    // Before anything is awaited (the browser still counts the gesture), before the request.
    expect(f.calls).toEqual(['openPanel 7', 'write page']);
    const request = await done;
    expect(request).toEqual({ id: 'id1', tabId: 7, pageUrl: TAB.url, source: 'page', at: 1_000_000 });
    expect(f.stored).toEqual(request);
  });

  it('"Summarise the selection": the same, for the selection the panel then reads', async () => {
    const f = fakeDeps();
    const request = await handleMenuClick({ menuItemId: MENU_IDS.selection, selectionText: 'Some words' }, TAB, f);
    expect(request?.source).toBe('selection');
    expect(f.calls).toEqual(['openPanel 7', 'write selection']);
  });

  it('"Summarise the linked page": asks for that site only, in the gesture; the panel waits for the answer', async () => {
    const f = fakeDeps();
    const done = handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'https://other.example/a/b?c=1#d' }, TAB, f);
    expect(f.calls).toEqual(['openPanel 7', 'requestOrigin https://other.example/*', 'write link pending']);
    await vi.waitFor(() => expect(f.stored?.permission).toBe('pending'));
    expect(f.stored).toMatchObject({ source: 'link', linkUrl: 'https://other.example/a/b?c=1#d', pageUrl: TAB.url });
    f.grant(true);
    expect(await done).toMatchObject({ permission: 'granted' });
    expect(f.stored?.permission).toBe('granted');
  });

  it('a refused permission is recorded as such; a site allowed before still counts', async () => {
    const refused = fakeDeps();
    const done = handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'https://other.example/' }, TAB, refused);
    await vi.waitFor(() => expect(refused.stored?.permission).toBe('pending'));
    refused.grant(false);
    expect((await done)?.permission).toBe('denied');

    // No gesture (a test calling the handler) or a browser refusing to ask: what the reader allowed before.
    const before = fakeDeps({ allowedBefore: true, requestThrows: true });
    expect((await handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'http://127.0.0.1:8080/x' }, TAB, before))?.permission).toBe('granted');
    expect(before.calls).toContain('hasOrigin http://127.0.0.1:8080/*');
  });

  it('a later click wins: the earlier one’s answer does not overwrite it', async () => {
    const f = fakeDeps();
    const first = handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'https://one.example/' }, TAB, f);
    await vi.waitFor(() => expect(f.stored?.linkUrl).toBe('https://one.example/'));
    await handleMenuClick({ menuItemId: MENU_IDS.page }, TAB, f);
    f.grant(true);
    await first;
    expect(f.stored?.source).toBe('page');
  });

  it('ignores other items, tabs without an id, and links that are not http(s)', async () => {
    const f = fakeDeps();
    expect(await handleMenuClick({ menuItemId: 'someone-else' }, TAB, f)).toBeUndefined();
    expect(await handleMenuClick({ menuItemId: MENU_IDS.page }, undefined, f)).toBeUndefined();
    expect(await handleMenuClick({ menuItemId: MENU_IDS.page }, { id: -1 }, f)).toBeUndefined();
    expect(await handleMenuClick({ menuItemId: MENU_IDS.link, linkUrl: 'javascript:alert(1)' }, TAB, f)).toBeUndefined();
    expect(await handleMenuClick({ menuItemId: MENU_IDS.link }, TAB, f)).toBeUndefined();
    expect(f.calls).toEqual([]);
  });

  it('a panel that cannot open (Firefox without a sidebar, an old Chrome) does not lose the request', async () => {
    const f = fakeDeps();
    f.openPanel = () => Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    expect((await handleMenuClick({ menuItemId: MENU_IDS.page }, TAB, f))?.source).toBe('page');
    expect(f.stored?.source).toBe('page');
  });
});

describe('the side panel shortcut', () => {
  it('opens the panel on the page, in the gesture, like "Summarise this page"', async () => {
    const f = fakeDeps();
    const done = handleCommand(PANEL_COMMAND, TAB, f);
    expect(f.calls).toEqual(['openPanel 7', 'write page']);
    expect((await done)?.source).toBe('page');
    expect(await handleCommand('something-else', TAB, fakeDeps())).toBeUndefined();
  });
});

describe('which request the panel takes', () => {
  const request: PanelRequest = { id: 'a', tabId: 7, pageUrl: TAB.url, source: 'page', at: 1_000 };
  it('the tab’s, on the same page, while fresh', () => {
    expect(requestFor(request, { id: 7, url: TAB.url }, 2_000)).toBe(request);
    expect(requestFor(request, { id: 7 }, 2_000)).toBe(request); // the url hidden from the panel
    expect(requestFor(request, { id: 8, url: TAB.url }, 2_000)).toBeUndefined();
    expect(requestFor(request, { id: 7, url: 'https://news.example/other' }, 2_000)).toBeUndefined();
    expect(requestFor(request, { id: 7, url: TAB.url }, 1_000 + REQUEST_TTL_MS + 1)).toBeUndefined();
    expect(requestFor(null, { id: 7 }, 0)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// The linked page

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes to close the old bridge - Example News</title>
<meta property="og:site_name" content="Example News"></head><body><nav>Home News Sport</nav><article><h1>Council votes to close the old bridge</h1>
${Array.from({ length: 8 }, (_, i) => `<p>The city council voted on Tuesday to close the old bridge over the river for repairs, paragraph ${i + 1} says, after engineers found cracks in two of its piers during an inspection in the spring. Drivers will have to use the ring road for at least six months, the council said.</p>`).join('\n')}
</article><footer>Contact us</footer></body></html>`;

function response(
  body: string | Uint8Array,
  {
    status = 200,
    type = 'text/html; charset=utf-8',
    url = 'https://other.example/story',
    length,
  }: { status?: number; type?: string | null; url?: string; length?: number } = {},
): LinkResponse {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const headers = new Map<string, string>();
  if (type) headers.set('content-type', type);
  if (length !== undefined) headers.set('content-length', String(length));
  return {
    ok: status >= 200 && status < 300,
    status,
    url,
    headers: { get: (n) => headers.get(n.toLowerCase()) ?? null },
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

const linkedomExtract: LinkDeps['extract'] = async (content, url, kind) => extractContent(content, url, kind, new LinkedomParser() as unknown as DOMParser);

function linkDeps(over: Partial<LinkDeps> = {}): LinkDeps & { fetched: { url: string; init: unknown }[] } {
  const fetched: { url: string; init: unknown }[] = [];
  return {
    fetched,
    hasOrigin: async () => true,
    fetchPage: async (url, init) => {
      fetched.push({ url, init });
      return response(ARTICLE);
    },
    extract: linkedomExtract,
    ...over,
  };
}

describe('digestLink', () => {
  it('fetches the page without cookies, extracts it as a tab’s page would be, and digests it', async () => {
    const deps = linkDeps();
    const r = await digestLink('https://other.example/story', {}, deps);
    if (!r.ok) throw new Error(failureMessage(r.error.kind) + ' ' + r.error.detail);
    expect(deps.fetched).toHaveLength(1);
    expect(deps.fetched[0].init).toMatchObject({ credentials: 'omit', redirect: 'follow' });
    expect(r.value.article.title).toBe('Council votes to close the old bridge');
    expect(r.value.article.url).toBe('https://other.example/story');
    expect(r.value.digest.language).toBe('en');
    expect(r.value.digest.bullets.length).toBeGreaterThan(0);
    expect(r.value.cached).toBe(false);
    expect(r.value.sentences.length).toBeGreaterThan(3);
    expect('text' in r.value.article || 'blocks' in r.value.article).toBe(false);
  });

  it('on a real French page from the corpus', async () => {
    const html = gunzipSync(readFileSync(pagePath('fr-orange-globe-trotteur')));
    const r = await digestLink('https://actu.orange.fr/a.html', {}, linkDeps({ fetchPage: async () => response(new Uint8Array(html), { type: 'text/html' }) }));
    if (!r.ok) throw new Error(failureMessage(r.error.kind));
    expect(r.value.digest.heading).toBe('EN BREF');
    expect(r.value.digest.bullets.map((b) => b.text).join(' ')).toMatch(/Guinée|vélo|Lee/);
  });

  it('says plainly what went wrong', async () => {
    const kind = async (deps: Partial<LinkDeps>, url = 'https://other.example/story') => {
      const r = await digestLink(url, {}, linkDeps(deps));
      return r.ok ? 'ok' : r.error.kind;
    };
    expect(await kind({ hasOrigin: async () => false })).toBe('link-not-allowed');
    expect(await kind({ fetchPage: async () => response('gone', { status: 404 }) })).toBe('link-failed');
    expect(await kind({ fetchPage: () => Promise.reject(new TypeError('Failed to fetch')) })).toBe('link-failed');
    expect(await kind({ fetchPage: async () => response('%PDF-1.4', { type: 'application/pdf' }) })).toBe('no-article');
    expect(await kind({ fetchPage: async () => response('x', { length: MAX_LINK_BYTES + 1 }) })).toBe('page-too-large');
    expect(await kind({ fetchPage: async () => response('<html><body><form><input name=q></form></body></html>') })).toBe('no-article');
    expect(await kind({}, 'ftp://other.example/x')).toBe('link-failed');
    // A page that takes too long.
    const slow: LinkDeps['fetchPage'] = (_url, init) =>
      new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))));
    const r = await digestLink('https://other.example/story', {}, linkDeps({ fetchPage: slow, timeoutMs: 20 }));
    expect(r.ok || [r.error.kind, r.error.detail]).toEqual(['link-failed', 'timed out']);
  });

  it('plain text is read as text; the charset comes from the header, else the bytes', async () => {
    const text = 'A title\n\n' + 'The river rose by two metres overnight and the town hall was closed to the public. '.repeat(6);
    const r = await digestLink('https://other.example/t.txt', {}, linkDeps({ fetchPage: async () => response(text, { type: 'text/plain' }) }));
    expect(r.ok && r.value.article.extractedBy).toBe('text');
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in ISO-8859-1
    expect(decodeResponse(latin1, 'text/html; charset=ISO-8859-1')).toBe('café');
    expect(decodeResponse(new TextEncoder().encode('café'), 'text/html')).toBe('café');
    expect(decodeResponse(new TextEncoder().encode('café'), 'text/html; charset=nonsense')).toBe('café');
  });
});

describe('the offscreen document (Chrome)', () => {
  it('is created on demand with the DOM_PARSER reason, answers, and is closed when idle', async () => {
    const log: string[] = [];
    const extract = offscreenExtractor({
      url: 'chrome-extension://x/offscreen.html',
      offscreen: {
        createDocument: async (o) => void log.push(`create ${o.url} ${o.reasons.join(',')}`),
        closeDocument: async () => void log.push('close'),
      },
      hasDocument: async () => false,
      sendMessage: async (m) => {
        log.push(`send ${m.kind} ${m.url}`);
        expect(isOffscreenExtractRequest(m)).toBe(true);
        return extractContent(m.content, m.url, m.kind, new LinkedomParser() as unknown as DOMParser);
      },
    });
    const [a, b] = await Promise.all([extract(ARTICLE, 'https://other.example/1', 'html'), extract(ARTICLE, 'https://other.example/2', 'html')]);
    expect(a.ok && a.value.title).toBe('Council votes to close the old bridge');
    expect(b.ok).toBe(true);
    // One document for both, closed once after the last.
    expect(log.filter((l) => l.startsWith('create'))).toEqual(['create chrome-extension://x/offscreen.html DOM_PARSER']);
    expect(log.filter((l) => l === 'close')).toEqual(['close']);
    expect(log.at(-1)).toBe('close');
  });

  it('no answer, or a failure to create it, is a plain failure', async () => {
    const silent = offscreenExtractor({
      url: 'u',
      offscreen: { createDocument: async () => {}, closeDocument: async () => {} },
      sendMessage: async () => undefined,
    });
    const r = await silent('<p>x</p>', 'https://a.example/', 'html');
    expect(r.ok || r.error.kind).toBe('unexpected');
    const broken = offscreenExtractor({
      url: 'u',
      offscreen: { createDocument: () => Promise.reject(new Error('Only a single offscreen document may be created.')), closeDocument: async () => {} },
      sendMessage: async () => undefined,
    });
    const s = await broken('<p>x</p>', 'https://a.example/', 'html');
    expect(s.ok || s.error.kind).toBe('unexpected');
  });

  it('the document answers only extraction requests', () => {
    expect(isOffscreenExtractRequest({ target: 'en-bref-offscreen', type: 'extract', content: '', url: '', kind: 'html' })).toBe(true);
    expect(isOffscreenExtractRequest({ target: 'en-bref-offscreen', type: 'extract', content: 1, url: '', kind: 'html' })).toBe(false);
    expect(isOffscreenExtractRequest({ id: 1, type: 'digestTab', data: {} })).toBe(false);
    expect(isOffscreenExtractRequest(null)).toBe(false);
  });
});

describe('validateDigestLink', () => {
  it('a tab id and an http(s) url, nothing else', () => {
    expect(validateDigestLink({ tabId: 3, url: 'https://a.example/x y', extra: 1 })).toEqual({ ok: true, value: { tabId: 3, url: 'https://a.example/x%20y' } });
    expect(validateDigestLink({ tabId: 3, url: 'http://a.example/', options: { bullets: 4 } })).toEqual({
      ok: true,
      value: { tabId: 3, url: 'http://a.example/', options: { bullets: 4 } },
    });
    for (const bad of [
      null,
      {},
      { tabId: -1, url: 'https://a.example/' },
      { tabId: 1 },
      { tabId: 1, url: 'javascript:alert(1)' },
      { tabId: 1, url: 'file:///etc/passwd' },
      { tabId: 1, url: 'not a url' },
      { tabId: 1, url: 'https://a.example/' + 'x'.repeat(5000) },
      { tabId: 1, url: 'https://a.example/', options: { bullets: 99 } },
    ]) {
      const r = validateDigestLink(bad);
      expect(r.ok, JSON.stringify(bad)?.slice(0, 80)).toBe(false);
      expect(r.ok || r.error.kind).toBe('unexpected');
    }
  });

  it('only from the extension’s own pages', () => {
    const self = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
    expect(validateMessage('digestLink', { tabId: 1, url: 'https://a.example/' }, { id: self.id, url: `${self.baseUrl}sidepanel.html` }, self).ok).toBe(true);
    expect(validateMessage('digestLink', { tabId: 1, url: 'https://a.example/' }, { id: self.id, url: 'https://a.example/', tab: {} }, self).ok).toBe(false);
  });
});
