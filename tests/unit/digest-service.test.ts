import { describe, expect, it, vi } from 'vitest';
import { digestTab, injectionFailure, type DigestServiceDeps } from '../../lib/background/digest-service';
import { entryBytes, insert, lookup, memoryMirror, optionsKey } from '../../lib/background/cache';
import { isRestrictedUrl } from '../../lib/background/restricted';
import { articleFromText } from '../../lib/extract/extract';
import { fail, ok } from '../../lib/errors';
import type { DigestCache } from '../../lib/storage';
import type { Article } from '../../lib/types';
import { failureMessage } from '../../lib/ui/failures';

const TEXT = [
  'Le Sénat adopte la réforme des retraites',
  "Le Sénat a adopté mardi soir la réforme des retraites par 195 voix contre 112, après trois semaines de débats tendus dans l'hémicycle.",
  "Le texte doit désormais être examiné en commission mixte paritaire, où députés et sénateurs tenteront de s'accorder sur une version commune.",
  "Les syndicats appellent à une nouvelle journée de mobilisation jeudi, car ils jugent le report de l'âge légal injuste pour les carrières longues.",
].join('\n\n');

function article(url = 'https://example.fr/retraites'): Article {
  const r = articleFromText(TEXT, { url });
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

function deps(a: Article = article()) {
  let cache: DigestCache = [];
  const d = {
    extract: vi.fn(async () => ok({ article: a, extractMs: 3 })),
    readCache: vi.fn(async () => cache),
    writeCache: vi.fn(async (c: DigestCache) => {
      cache = c;
    }),
  } satisfies DigestServiceDeps;
  return d;
}

describe('digestTab', () => {
  it('digests the page, then serves the same content from the cache', async () => {
    const d = deps();
    const first = await digestTab({ id: 1, url: 'https://example.fr/retraites' }, {}, d);
    expect(first.ok && first.value.cached).toBe(false);
    if (!first.ok) return;
    expect(first.value.digest.heading).toBe('EN BREF');
    expect(first.value.digest.timings.extractMs).toBe(3);
    expect(first.value.article).not.toHaveProperty('text');
    const second = await digestTab({ id: 1, url: 'https://example.fr/retraites' }, {}, d);
    expect(second.ok && second.value.cached).toBe(true);
    if (second.ok) expect(second.value.digest).toEqual(first.value.digest);
    expect(d.writeCache).toHaveBeenCalledTimes(1);
  });

  it('digests again when the page content changed', async () => {
    const d = deps();
    await digestTab({ id: 1 }, {}, d);
    const changed = article();
    changed.text += '\n\nMise à jour.';
    d.extract.mockResolvedValueOnce(ok({ article: changed, extractMs: 2 }));
    const r = await digestTab({ id: 1 }, {}, d);
    expect(r.ok && r.value.cached).toBe(false);
  });

  it('refuses browser pages before injecting anything', async () => {
    const d = deps();
    for (const url of ['chrome://settings', 'https://chromewebstore.google.com/detail/x', 'about:addons', 'view-source:https://a.b']) {
      const r = await digestTab({ id: 1, url }, {}, d);
      expect(r.ok ? null : r.error.kind).toBe('restricted-page');
    }
    expect(d.extract).not.toHaveBeenCalled();
  });

  it('turns injection errors into plain failures', async () => {
    const d = deps();
    d.extract.mockRejectedValueOnce(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const r = await digestTab({ id: 1, url: 'https://example.org/doc.pdf' }, {}, d);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('restricted-page');
      expect(failureMessage(r.error.kind)).toBe('The browser does not let extensions read this page.');
    }
    expect(injectionFailure(new Error('No tab with id: 5.')).kind).toBe('tab-gone');
    expect(injectionFailure('boom').kind).toBe('unexpected');
  });

  it('on a web page without the click’s grant, asks for the click, or shows the earlier digest', async () => {
    const d = deps();
    const denied = new Error('Cannot access contents of url "https://example.fr/retraites". Extension manifest must request permission to access this host.');
    d.extract.mockRejectedValueOnce(denied);
    const first = await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    expect(first.ok ? null : failureMessage(first.error.kind)).toBe('Click the En bref icon in the toolbar to summarise this page.');
    await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    d.extract.mockRejectedValueOnce(denied);
    const again = await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    expect(again.ok && again.value.cached).toBe(true);
  });

  it('passes the page’s own failure through', async () => {
    const d = deps();
    d.extract.mockResolvedValueOnce(fail('no-article', '12 words'));
    const r = await digestTab({ id: 1, url: 'https://example.org/' }, {}, d);
    expect(r).toEqual({ ok: false, error: { kind: 'no-article', detail: '12 words' } });
  });
});

describe('a page clicked again, unchanged', () => {
  const tab = { id: 1, url: 'https://example.fr/retraites?utm=x' };
  function stamped() {
    const d = deps();
    let stamp: string | null = 's1';
    const extract = d.extract;
    extract.mockImplementation(async () => ok({ article: article(), extractMs: 3, stamp: 's1' }));
    return { ...d, peek: vi.fn(async () => stamp), setStamp: (s: string | null) => (stamp = s) };
  }

  it('answers from the digest kept under the page’s stamp, without reading the page', async () => {
    const d = stamped();
    const first = await digestTab(tab, {}, d);
    expect(first.ok && first.value.cached).toBe(false);
    expect(d.peek).not.toHaveBeenCalled();
    const again = await digestTab(tab, {}, d);
    expect(again.ok && again.value.cached).toBe(true);
    expect(d.peek).toHaveBeenCalledTimes(1);
    expect(d.extract).toHaveBeenCalledTimes(1);
    if (first.ok && again.ok) expect(again.value.digest).toEqual(first.value.digest);
  });

  it('reads the page when it forgot its reading (a change, another selection) or cannot be asked', async () => {
    const d = stamped();
    await digestTab(tab, {}, d);
    d.setStamp(null);
    await digestTab(tab, {}, d);
    expect(d.extract).toHaveBeenCalledTimes(2);
    d.peek.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await digestTab(tab, {}, d);
    expect(d.extract).toHaveBeenCalledTimes(3);
    // Another stamp: another reading of the page, maybe another article.
    d.setStamp('s2');
    await digestTab(tab, {}, d);
    expect(d.extract).toHaveBeenCalledTimes(4);
  });

  it('does not ask a page it has no stamped digest for, nor for other options', async () => {
    const d = stamped();
    await digestTab(tab, {}, d);
    await digestTab({ id: 2, url: 'https://example.fr/autre' }, {}, d);
    await digestTab(tab, { bullets: 2 }, d);
    expect(d.peek).not.toHaveBeenCalled();
  });

  it('learns the stamp of a page read again whose content it had digested', async () => {
    const d = stamped();
    await digestTab(tab, {}, d);
    d.setStamp('s2');
    d.extract.mockImplementation(async () => ok({ article: article(), extractMs: 3, stamp: 's2' }));
    const reread = await digestTab(tab, {}, d);
    expect(reread.ok && reread.value.cached).toBe(true);
    await digestTab(tab, {}, d);
    expect(d.extract).toHaveBeenCalledTimes(2);
  });
});

describe('memoryMirror', () => {
  it('reads storage once, answers from memory, and stores the last write after a moment', async () => {
    vi.useFakeTimers();
    try {
      let stored: DigestCache = [{ url: 'a', hash: 'h', optionsKey: '|', at: 1, value: {} as never }];
      const item = { getValue: vi.fn(async () => stored), setValue: vi.fn(async (c: DigestCache) => void (stored = c)) };
      const m = memoryMirror(item, 100);
      expect(await m.read()).toEqual(stored);
      const next = insert(await m.read(), { url: 'b', hash: 'h', optionsKey: '|', at: 2, value: {} as never });
      await m.write(next);
      await m.write(insert(next, { url: 'c', hash: 'h', optionsKey: '|', at: 3, value: {} as never }));
      expect((await m.read()).map((e) => e.url)).toEqual(['c', 'b', 'a']);
      expect(item.getValue).toHaveBeenCalledTimes(1);
      expect(item.setValue).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100);
      expect(item.setValue).toHaveBeenCalledTimes(1);
      expect(stored.map((e) => e.url)).toEqual(['c', 'b', 'a']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps what fits: a digest too big for storage.session is not kept, later writes still land', async () => {
    vi.useFakeTimers();
    try {
      let stored: DigestCache = [];
      const item = { getValue: vi.fn(async () => stored), setValue: vi.fn(async (c: DigestCache) => void (stored = c)) };
      const m = memoryMirror(item, 0);
      const entry = (url: string, sentences: number) => ({
        url,
        hash: 'h',
        optionsKey: '|',
        at: 1,
        value: {
          sentences: Array.from({ length: sentences }, (_, i) => ({
            index: i,
            text: 'Une phrase de l’article, assez longue pour peser.'.repeat(4),
            block: 0,
            start: 0,
            end: 0,
          })),
        } as never,
      });
      await m.write([entry('huge', 20_000)]);
      await vi.advanceTimersByTimeAsync(1);
      await m.write(insert(await m.read(), entry('small', 30)));
      await vi.advanceTimersByTimeAsync(1);
      expect(stored.map((e) => e.url)).toEqual(['small']);
      // Memory keeps what storage does.
      expect((await m.read()).map((e) => e.url)).toEqual(['small']);
      expect(entryBytes(entry('x', 100))).toBeGreaterThan(JSON.stringify(entry('x', 100)).length * 0.8);
      expect(entryBytes(entry('x', 100))).toBeLessThan(JSON.stringify(entry('x', 100)).length * 1.5);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps serving from memory when storage refuses the write or the read', async () => {
    vi.useFakeTimers();
    try {
      const item = {
        getValue: vi.fn(async () => Promise.reject(new Error('gone'))),
        setValue: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))),
      };
      const m = memoryMirror(item, 10);
      expect(await m.read()).toEqual([]);
      await m.write([{ url: 'big', hash: 'h', optionsKey: '|', at: 1, value: {} as never }]);
      await vi.advanceTimersByTimeAsync(10);
      expect(item.setValue).toHaveBeenCalledTimes(1);
      expect((await m.read())[0].url).toBe('big');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('cache', () => {
  const entry = (url: string, hash = 'h') => ({ url, hash, optionsKey: optionsKey(), at: 0, value: {} as never });
  it('looks up by url, content hash and options', () => {
    const c = insert([], entry('a'));
    expect(lookup(c, 'a', 'h', optionsKey())).toBeDefined();
    expect(lookup(c, 'a', 'other', optionsKey())).toBeUndefined();
    expect(lookup(c, 'a', 'h', optionsKey({ bullets: 3 }))).toBeUndefined();
  });
  it('keeps one entry per url, newest first, bounded', () => {
    let c: DigestCache = [];
    for (let i = 0; i < 40; i++) c = insert(c, entry(`u${i % 35}`, `h${i}`));
    expect(c).toHaveLength(30);
    expect(c[0].url).toBe('u4');
    expect(c[0].hash).toBe('h39');
    expect(new Set(c.map((e) => e.url)).size).toBe(30);
  });
});

describe('restricted pages', () => {
  it('knows the pages no extension may read', () => {
    expect(isRestrictedUrl('chrome://newtab/')).toBe(true);
    expect(isRestrictedUrl('chrome-extension://abc/popup.html')).toBe(true);
    expect(isRestrictedUrl('https://addons.mozilla.org/fr/firefox/')).toBe(true);
    expect(isRestrictedUrl('https://www.lemonde.fr/article.html')).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
  });
});

describe('a tab whose url the browser hides (no grant yet)', () => {
  it('is "click the icon" for a web page, "restricted" for a browser page', async () => {
    const { injectionFailure } = await import('../../lib/background/digest-service');
    expect(
      injectionFailure(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), undefined)
        .kind,
    ).toBe('not-granted');
    expect(injectionFailure(new Error('Cannot access a chrome:// URL'), undefined).kind).toBe('restricted-page');
    expect(injectionFailure(new Error('The extensions gallery cannot be scripted.'), undefined).kind).toBe('restricted-page');
  });
});

describe('a tab whose url Firefox shows (granted), refused all the same', () => {
  it('is "restricted": Firefox forbids the page, a click on the icon would not help', async () => {
    const d = deps();
    // Firefox on one of its restricted domains (extensions.webextensions.restrictedDomains), after a click.
    d.extract.mockRejectedValueOnce(new Error('Missing host permission for the tab'));
    const r = await digestTab({ id: 1, url: 'https://support.mozilla.org/en-US/kb/article' }, {}, d);
    expect(r.ok ? null : r.error.kind).toBe('restricted-page');
    expect(injectionFailure(new Error('Missing host permission for the tab'), undefined).kind).toBe('not-granted');
  });
});
