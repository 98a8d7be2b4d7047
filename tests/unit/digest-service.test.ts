import { describe, expect, it, vi } from 'vitest';
import { digestTab, injectionFailure, type DigestServiceDeps } from '../../lib/background/digest-service';
import { insert, lookup, optionsKey } from '../../lib/background/cache';
import { isRestrictedUrl } from '../../lib/background/restricted';
import { articleFromText } from '../../lib/extract/extract';
import { fail, ok } from '../../lib/errors';
import type { DigestCache } from '../../lib/storage';
import type { Article } from '../../lib/types';

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
      expect(r.error.message).toBe('The browser does not let extensions read this page.');
    }
    expect(injectionFailure(new Error('No tab with id: 5.')).kind).toBe('tab-gone');
    expect(injectionFailure('boom').kind).toBe('unexpected');
  });

  it('on a web page without the click’s grant, asks for the click, or shows the earlier digest', async () => {
    const d = deps();
    const denied = new Error('Cannot access contents of url "https://example.fr/retraites". Extension manifest must request permission to access this host.');
    d.extract.mockRejectedValueOnce(denied);
    const first = await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    expect(first.ok ? null : first.error.message).toBe('Click the En bref icon in the toolbar to summarise this page.');
    await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    d.extract.mockRejectedValueOnce(denied);
    const again = await digestTab({ id: 2, url: 'https://example.fr/retraites' }, {}, d);
    expect(again.ok && again.value.cached).toBe(true);
  });

  it('passes the page’s own failure through', async () => {
    const d = deps();
    d.extract.mockResolvedValueOnce(fail('no-article', '12 words'));
    const r = await digestTab({ id: 1, url: 'https://example.org/' }, {}, d);
    expect(r).toEqual({ ok: false, error: { kind: 'no-article', message: 'This page has no article to summarise.', detail: '12 words' } });
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
    expect(injectionFailure(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), undefined).kind).toBe('not-granted');
    expect(injectionFailure(new Error('Cannot access a chrome:// URL'), undefined).kind).toBe('restricted-page');
    expect(injectionFailure(new Error('The extensions gallery cannot be scripted.'), undefined).kind).toBe('restricted-page');
  });
});
