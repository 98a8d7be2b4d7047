// @vitest-environment jsdom
/**
 * The library's Preact components in jsdom, on fake-indexeddb: the Save button (saved,
 * already saved, a full disk said plainly in English and French), the library page (page
 * text rendered as text, unreadable records reported, delete and undo, a failed write
 * leaving the list intact).
 */
import 'fake-indexeddb/auto';
import { h, render, type VNode } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SaveButton } from '../../components/SaveButton';
import { InLibrary } from '../../components/InLibrary';
import { LibraryPage } from '../../components/library/LibraryPage';
import { failure } from '../../lib/errors';
import type { LibraryRepository } from '../../lib/library/repository';
import { libraryKey } from '../../lib/library/record';
import { freshLibrary, makeRecord } from '../../testing/library';
import { resetUiLanguage, setUiLanguage } from '../../testing/i18n';
import type { TabDigest } from '../../lib/types';

const opened: LibraryRepository[] = [];
let root: HTMLElement;
function mount(vnode: VNode<any>) {
  root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
}
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  for (const l of opened.splice(0)) l.close();
  resetUiLanguage();
});

function lib() {
  const l = freshLibrary();
  opened.push(l);
  return l;
}

async function until<T>(fn: () => T | undefined | null | false, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

function tabDigest(i = 1): TabDigest {
  const r = makeRecord(i);
  return { article: r.article, digest: r.digest, sentences: r.sentences, cached: false };
}

describe('already in your library', () => {
  it('lists the saved digests on the same subject with links, not the page itself; nothing when there are none', async () => {
    const l = lib();
    const saved = makeRecord(1);
    await l.importRecords([saved]);
    // The same article read at another address: on the same subject.
    const page = tabDigest(1);
    page.article = { ...page.article, url: 'https://elsewhere.example/same-story', canonicalUrl: undefined };
    mount(h(InLibrary, { value: page, repo: l }));
    await until(() => $$('in-library-item').length === 1, 'related');
    const link = $('in-library')!.querySelector('a')!;
    expect(link.textContent).toBe(saved.article.title);
    expect(link.getAttribute('href')).toBe(saved.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    render(null, root);
    // The saved page itself, and a page on another subject (English, other words): nothing.
    for (const value of [tabDigest(1), tabDigest(2)]) {
      const self = libraryKey(value.article, value.digest.contentHash);
      const answer = await l.related({ title: value.article.title, lang: value.article.lang, lines: value.sentences.map((x) => x.text) }, self);
      expect(answer).toEqual({ ok: true, value: [] });
      mount(h(InLibrary, { value, repo: l }));
      await new Promise((r) => setTimeout(r, 50));
      expect($('in-library')).toBeNull();
      render(null, root);
    }
  });
});

describe('Save button', () => {
  it('saves once per click, says "Saved ✓", and knows an article already saved', async () => {
    const l = lib();
    mount(h(SaveButton, { value: tabDigest(), repo: l }));
    const button = await until(() => $('save-digest'), 'button');
    expect(button.textContent).toBe('Save');
    button.click();
    await until(() => button.getAttribute('data-state') === 'saved', 'saved');
    expect(button.textContent).toBe('Saved ✓');
    button.click();
    await until(() => button.getAttribute('data-state') === 'saved', 'saved again');
    const page = await l.list();
    expect(page.ok && page.value.total).toBe(1);

    render(null, root);
    mount(h(SaveButton, { value: tabDigest(), repo: l }));
    await until(() => $('save-digest')?.getAttribute('data-state') === 'saved', 'known as saved');
  });

  it('a full disk: a plain message in the reader’s language, nothing crashes', async () => {
    const l = lib();
    vi.spyOn(l, 'save').mockResolvedValue({ ok: false, error: failure('storage-full', 'QuotaExceededError') });
    mount(h(SaveButton, { value: tabDigest(), repo: l }));
    $('save-digest')!.click();
    const error = await until(() => $('save-error'), 'error');
    expect(error.getAttribute('data-kind')).toBe('storage-full');
    expect(error.textContent).toMatch(/^There is no room left to save it/);
    expect($('save-digest')!.textContent).toBe('Save');

    render(null, root);
    setUiLanguage('fr-FR');
    mount(h(SaveButton, { value: tabDigest(), repo: l }));
    expect($('save-digest')!.textContent).toBe('Enregistrer');
    $('save-digest')!.click();
    const erreur = await until(() => $('save-error'), 'erreur');
    expect(erreur.textContent).toMatch(/^Plus de place pour l’enregistrer/);
  });
});

describe('library page', () => {
  it('renders page text as text, never as markup; links only http(s)', async () => {
    const l = lib();
    const hostile = makeRecord(1, { url: 'javascript:alert(1)' });
    hostile.article = { ...hostile.article, url: 'javascript:alert(2)', title: '<img src=x onerror=alert(1)><script>alert(1)</script>' };
    hostile.digest.bullets[0].text = '<b>bold</b> & <a href="javascript:x">link</a>';
    hostile.tags = ['<i>tag</i>'];
    await l.importRecords([hostile, makeRecord(2)]);
    mount(h(LibraryPage, { repo: l }));
    await until(() => $$('library-item').length === 2, 'two items');
    const item = $$('library-item').find((el) => el.getAttribute('data-url') === 'javascript:alert(1)')!;
    expect(item.querySelector('[data-testid="library-title"]')!.textContent).toBe(hostile.article.title);
    expect(item.querySelector('[data-testid="library-bullets"] li')!.textContent).toBe('<b>bold</b> & <a href="javascript:x">link</a>');
    expect(item.querySelector('[data-testid="library-tag"]')!.textContent).toBe('<i>tag</i>');
    expect(root.querySelectorAll('.items img, .items script, .items b, .items i')).toHaveLength(0);
    expect(item.querySelector('a')).toBeNull();
    const other = $$('library-open').map((a) => a.getAttribute('href'));
    expect(other).toEqual([makeRecord(2).url]);
  });

  it('reports unreadable records and shows the others; delete and undo; a failed write keeps the list', async () => {
    const l = lib();
    await l.importRecords([makeRecord(1), makeRecord(2), makeRecord(3)]);
    await l.db.digests.put({ url: 'https://bad.example/', savedAt: 1 } as never);
    mount(h(LibraryPage, { repo: l }));
    await until(() => $$('library-item').length === 3, 'three items');
    expect($('library-skipped')!.getAttribute('data-count')).toBe('1');
    expect($('library-skipped')!.textContent).toContain('1 saved record could not be read');
    expect($('library-count')!.textContent).toBe('3 saved digests');
    $('library-delete-unreadable')!.click();
    await until(() => !$('library-skipped'), 'unreadable deleted');
    expect(await l.db.digests.count()).toBe(3);

    // Delete, undo.
    $$('library-delete')[0].click();
    await until(() => $$('library-item').length === 2, 'deleted');
    expect($('library-undo-bar')!.textContent).toContain(`Deleted “${makeRecord(3).article.title}”`);
    $('library-undo')!.click();
    await until(() => $$('library-item').length === 3, 'restored');
    expect($$('library-item').map((el) => el.getAttribute('data-url'))).toEqual([3, 2, 1].map((i) => makeRecord(i).url));

    // A star that cannot be written: the message says why, the list stays as it was.
    vi.spyOn(l, 'setStarred').mockResolvedValue({ ok: false, error: failure('storage-full') });
    const star = $$('library-star')[1];
    const before = star.getAttribute('aria-pressed');
    star.click();
    const message = await until(() => $('library-message'), 'message');
    expect(message.getAttribute('role')).toBe('alert');
    expect(message.textContent).toMatch(/no room left/);
    expect($$('library-item')).toHaveLength(3);
    expect($$('library-star')[1].getAttribute('aria-pressed')).toBe(before);
  });

  it('searches as you type, best first, marks the words found, and says when nothing matches', async () => {
    const l = lib();
    const velo = makeRecord(1);
    velo.article = { ...velo.article, title: 'Vélo : dix kilomètres de pistes en un été' };
    await l.importRecords([velo, makeRecord(2)]);
    mount(h(LibraryPage, { repo: l }));
    await until(() => $$('library-item').length === 2, 'items');
    const box = $('library-search') as HTMLInputElement;
    box.value = 'VELO pist';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $('library')!.getAttribute('data-query') === 'VELO pist', 'search applied');
    // The English record speaks of bicycles ("vélo" in English): found too, after.
    expect($$('library-title').map((e) => e.textContent)).toEqual([velo.article.title, makeRecord(2).article.title]);
    const title = $$('library-title')[0];
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Vélo', 'pistes']);
    // Marked as text: the title reads the same.
    expect(title.textContent).toBe(velo.article.title);
    const second = [...$$('library-item')[1].querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(second.length).toBeGreaterThan(0);
    for (const word of second) expect(['bicycle', 'bike', 'cyclist', 'cycling']).toContain(word);
    box.value = 'zzz';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => $('library-empty'), 'empty');
    expect($('library-empty')!.textContent).toBe('No saved digest matches.');
  });
});
