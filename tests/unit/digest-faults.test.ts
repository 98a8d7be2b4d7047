/**
 * The background's digest path when things go wrong around it (issue 8): the session cache
 * is full, the tab went away during the injection, the page gave an article with nothing to
 * summarise. The reader gets the digest or a plain failure, never an exception.
 * (In Chromium, tests/e2e/faults.test.ts; the library's full disk and unreadable records:
 * tests/unit/library-repository.test.ts and library-ui.test.ts.)
 */
import { describe, expect, it, vi } from 'vitest';
import { digestTab, type DigestServiceDeps } from '../../lib/background/digest-service';
import { articleFromText } from '../../lib/extract/extract';
import { ok } from '../../lib/errors';
import type { DigestCache } from '../../lib/storage';
import type { Article } from '../../lib/types';
import { sentences } from '../../testing/big-pages';
import { failureMessage } from '../../lib/ui/failures';

function article(text = sentences(40, 'fr').join(' ')): Article {
  const r = articleFromText(`Un titre\n\n${text}`, { url: 'https://example.fr/a' });
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

function deps(a: Article, overrides: Partial<DigestServiceDeps> = {}): DigestServiceDeps {
  let cache: DigestCache = [];
  return {
    extract: vi.fn(async () => ok({ article: a, extractMs: 1 })),
    readCache: vi.fn(async () => cache),
    writeCache: vi.fn(async (c: DigestCache) => {
      cache = c;
    }),
    ...overrides,
  };
}

describe('digestTab when things go wrong', () => {
  it('a session cache that is full still gives the digest (not "The summary could not be made.")', async () => {
    const quota = new Error('Session storage quota bytes exceeded. Values were not stored.');
    const d = deps(article(), { writeCache: vi.fn(async () => Promise.reject(quota)) });
    const r = await digestTab({ id: 1, url: 'https://example.fr/a' }, {}, d);
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (r.ok) expect(r.value.digest.bullets.length).toBeGreaterThan(0);
    expect(d.writeCache).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the tab was closed', 'No tab with id: 12.', 'tab-gone'],
    ['the frame went away (navigation)', 'Frame with ID 0 was removed.', 'tab-gone'],
    ['the document unloaded', 'The document was unloaded before the script ran.', 'tab-gone'],
    ['something else', 'Extension context invalidated.', 'unexpected'],
  ])('the injection fails because %s: a plain failure', async (_why, message, kind) => {
    const d = deps(article(), { extract: vi.fn(async () => Promise.reject(new Error(message))) });
    const r = await digestTab({ id: 1, url: 'https://example.fr/a' }, {}, d);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe(kind);
      expect(failureMessage(r.error.kind)).not.toContain(message);
    }
  });

  it('an article with nothing but headings is "no article", not an empty digest', async () => {
    const headings: Article = { ...article(), blocks: [{ kind: 'heading', level: 2, text: 'Un intertitre assez long pour compter des mots' }] };
    const r = await digestTab({ id: 1, url: 'https://example.fr/h' }, {}, deps(headings));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('no-article');
  });
});
