/**
 * The library of saved digests on fake-indexeddb (one in-memory IndexedDB per test): saving,
 * concurrent saves, search, filters, delete and undo, tags and stars, unreadable records,
 * full disks.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryKey, recordFromTabDigest, validateRecord, type SavedDigest } from '../../lib/library/record';
import { SearchIndex, searchDoc } from '../../lib/library/search-index';
import { isQuotaError, openLibrary, type LibraryRepository } from '../../lib/library/repository';
import { normaliseForSearch } from '../../lib/library/search-text';
import { freshLibrary, makeRecord, makeRecords } from '../../testing/library';
import { IDBKeyRange } from 'fake-indexeddb';
import { failureMessage } from '../../lib/ui/failures';

const opened: LibraryRepository[] = [];
function lib(now?: () => number) {
  const l = freshLibrary({ now });
  opened.push(l);
  return l;
}
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { kind: string; detail?: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.detail}`);
  return r.value;
}

const urls = (rs: SavedDigest[]) => rs.map((r) => r.url);

/** Puts a row as it is, past every check: what a bug or a damaged profile could leave. */
async function putRaw(l: LibraryRepository, row: Record<string, unknown>) {
  await l.db.digests.put(row as never);
}

describe('saving', () => {
  it('saving the same digest twice updates the one record, keeping its star, tags and first save', async () => {
    let t = 1000;
    const l = lib(() => t);
    const first = makeRecord(1, { savedAt: 1000, updatedAt: 1000, readAt: 1000 });
    expect((await value(l.save(first))).created).toBe(true);
    await value(l.setStarred(first.url, true));
    await value(l.setTags(first.url, ['climat']));
    t = 5000;
    const again = makeRecord(1, { savedAt: 5000, updatedAt: 5000, readAt: 4900 });
    again.digest.bullets[0].text = 'Une nouvelle première ligne.';
    const saved = await value(l.save(again));
    expect(saved.created).toBe(false);
    const page = await value(l.list());
    expect(page.total).toBe(1);
    const r = page.records[0];
    expect(r.savedAt).toBe(1000);
    expect(r.updatedAt).toBe(5000);
    expect(r.readAt).toBe(4900);
    expect(r.starred).toBe(true);
    expect(r.tags).toEqual(['climat']);
    expect(r.digest.bullets[0].text).toBe('Une nouvelle première ligne.');
  });

  it('a record from the popup: keyed by the canonical url without #fragment, plain JSON, every part kept', () => {
    const m = makeRecord(2);
    const tab = {
      article: { ...m.article, url: 'https://ex.fr/a?utm=x#top', canonicalUrl: 'https://ex.fr/a', byline: undefined },
      digest: m.digest,
      sentences: m.sentences,
      cached: true,
    };
    const r = recordFromTabDigest(tab, 10, 9);
    expect(r.url).toBe('https://ex.fr/a');
    expect(r).toMatchObject({ savedAt: 10, updatedAt: 10, readAt: 9, starred: false, tags: [], contentHash: m.digest.contentHash });
    expect(r).not.toHaveProperty('cached');
    expect('byline' in r.article).toBe(false);
    expect(r.sentences).toEqual(m.sentences);
    expect(validateRecord(r)).toEqual({ ok: true, value: r });
  });

  it('keys: a canonical url naming the home page is ignored; no url at all falls back to the content hash', () => {
    expect(libraryKey({ url: 'https://ex.fr/2026/article-1', canonicalUrl: 'https://ex.fr/' }, 'h')).toBe('https://ex.fr/2026/article-1');
    expect(libraryKey({ url: 'https://ex.fr/amp/a#x', canonicalUrl: 'javascript:alert(1)' }, 'h')).toBe('https://ex.fr/amp/a');
    expect(libraryKey({ url: '' }, 'abc')).toBe('en-bref:text:abc');
  });

  it('popup and panel saving at the same moment: one url gives one record (the later save wins), two urls give two', async () => {
    const factory = freshLibrary().factory;
    const popup = openLibrary({ indexedDB: factory, IDBKeyRange });
    const panel = openLibrary({ indexedDB: factory, IDBKeyRange });
    opened.push(popup, panel);
    const a1 = makeRecord(3);
    const a2 = makeRecord(3, { readAt: a1.readAt + 1 });
    a2.digest.heading = 'second save';
    const b = makeRecord(4);
    const results = await Promise.all([popup.save(a1), panel.save(a2), panel.save(b), popup.save(makeRecord(5))]);
    expect(results.every((r) => r.ok)).toBe(true);
    const page = await value(popup.list());
    expect(urls(page.records).sort()).toEqual([a1.url, b.url, makeRecord(5).url].sort());
    expect(page.records.find((r) => r.url === a1.url)!.digest.heading).toBe('second save');
    // Many at once, same url and not: no save lost, no duplicate.
    const burst = Array.from({ length: 20 }, (_, k) => (k % 2 ? popup : panel).save(makeRecord(100 + (k % 5), { readAt: k })));
    expect((await Promise.all(burst)).every((r) => r.ok)).toBe(true);
    expect((await value(panel.list())).total).toBe(8);
    expect((await value(panel.get(makeRecord(104).url)))!.readAt).toBe(19);
  });
});

describe('two pages of the extension', () => {
  it('a page searching sees at once what another page saved, starred or deleted', async () => {
    const factory = freshLibrary().factory;
    const page = openLibrary({ indexedDB: factory, IDBKeyRange });
    const popup = openLibrary({ indexedDB: factory, IDBKeyRange });
    opened.push(page, popup);
    await value(popup.save(makeRecord(1)));
    expect((await value(page.search('question'))).total).toBe(1);
    await value(popup.save(makeRecord(2)));
    expect((await value(page.search('question'))).total).toBe(2);
    await value(popup.setStarred(makeRecord(2).url, true));
    expect((await value(page.list({ starred: true }))).total).toBe(1);
    await value(popup.remove(makeRecord(1).url));
    expect(urls((await value(page.search('question'))).records)).toEqual([makeRecord(2).url]);
    await value(popup.wipe());
    expect((await value(page.list())).total).toBe(0);
  });
});

describe('search', () => {
  it('folds case, accents and ligatures', () => {
    expect(normaliseForSearch('ÉTÉ Œuvre Straße ﬁn')).toBe('ete oeuvre strasse fin');
  });

  it('finds by title, site, bullets, answers, tags and sentences, forgiving; best first; the last word a prefix', async () => {
    const l = lib();
    const a = makeRecord(1, {
      tags: ['Écologie urbaine'],
      article: { ...makeRecord(1).article, title: "L'été des pistes cyclables", siteName: 'Le Courrier' },
    });
    a.digest.bullets[0].text = 'La mairie a ouvert dix kilomètres de pistes.';
    a.digest.faq[0].answer = 'Parce que la pollution baisse.';
    a.sentences[5].text = 'Les bagarres entre cyclistes et automobilistes ont cessé.';
    const b = makeRecord(2, { article: { ...makeRecord(2).article, title: 'Delhi air pollution', siteName: 'Vox' } });
    await value(l.save(a));
    await value(l.save(b));
    const find = async (q: string) => urls((await value(l.search(q))).records);
    expect(await find('PISTES')).toEqual([a.url]);
    // "cycl" is also the start of "cycling", an equivalent of "vélo": the English record comes second.
    expect((await find('piste cycl'))[0]).toBe(a.url);
    expect(await find('courrier')).toEqual([a.url]);
    expect(await find('kilometre')).toEqual([a.url]);
    expect(await find('ecologie')).toEqual([a.url]);
    // A sentence of the article that no bullet shows, with a typo.
    expect(await find('bagares')).toEqual([a.url]);
    // Both have it; the title counts most.
    expect(await find('pollution')).toEqual([b.url, a.url]);
    expect(await find('pollution vox')).toEqual([b.url, a.url]);
    expect(await find('poll')).toEqual([b.url, a.url]);
    expect(await find('v')).toEqual([b.url]);
    expect(await find('zzz')).toEqual([]);
    expect((await find('')).sort()).toEqual([a.url, b.url].sort());
    // What matched, to mark it.
    const page = await value(l.search('pistes pollution'));
    expect(page.marks[a.url]).toEqual(expect.arrayContaining(['fr:pist', 'fr:pollut']));
    expect(Object.keys(page.marks).sort()).toEqual([a.url, b.url].sort());
  });

  it('with 1,000 saved digests: the same ranking as an index built from scratch, paged, after every kind of change', async () => {
    const l = lib();
    let records = makeRecords(1000);
    expect((await value(l.importRecords(records))).added).toBe(1000);
    const queries = ['électricité', 'ELECTRI', 'prix blé', 'pollution delhi', 'festival cin', 'lire', 'question 2 sur', 'tribunal ministre œuvre', 'nope'];
    // After a change the index drops the old document lazily (MiniSearch's discard), so its
    // scores may differ from a fresh index's in the last places: then the sets are compared,
    // and the best record.
    const expectFresh = async (exactOrder: boolean) => {
      const fresh = SearchIndex.of(records.map(searchDoc));
      for (const q of queries) {
        const expected = fresh.search(q).map((h) => h.url);
        const page = await value(l.list({ query: q, limit: 2000 }));
        expect(page.total, q).toBe(expected.length);
        if (exactOrder) expect(urls(page.records), q).toEqual(expected);
        else {
          expect(urls(page.records).sort(), q).toEqual([...expected].sort());
          expect(urls(page.records)[0], q).toBe(expected[0]);
        }
        expect(page.skipped).toEqual([]);
      }
    };
    await expectFresh(true);
    expect((await value(l.list({ query: 'nope', limit: 10 }))).total).toBe(0);
    expect((await value(l.list({ query: 'prix blé', limit: 10 }))).total).toBeGreaterThan(100);
    const first = await value(l.list({ query: 'prix', limit: 20 }));
    const second = await value(l.list({ query: 'prix', limit: 20, offset: 20 }));
    expect(first.records).toHaveLength(20);
    expect(urls(first.records).concat(urls(second.records))).toEqual(urls((await value(l.list({ query: 'prix', limit: 40 }))).records));
    const newestFirst = [...records].sort((x, y) => y.savedAt - x.savedAt);
    const all = await value(l.list({ limit: 5 }));
    expect(all.total).toBe(1000);
    expect(urls(all.records)).toEqual(urls(newestFirst.slice(0, 5)));

    // Tagged, deleted, saved again with other words: the index follows.
    const tagged = await value(l.setTags(records[3].url, ['Électricité verte']));
    const changed = makeRecord(7, { article: { ...makeRecord(7).article, title: 'Pollution à Delhi, le smog revient' } });
    await value(l.save(changed));
    await value(l.remove(records[11].url));
    records = records.filter((r) => r.url !== records[11].url).map((r) => (r.url === tagged.url ? tagged : r.url === changed.url ? changed : r));
    await expectFresh(false);
    expect(urls((await value(l.search('smog revient'))).records)[0]).toBe(changed.url);
    expect(urls((await value(l.search('electricite verte'))).records)[0]).toBe(tagged.url);
  });

  it('a write that leaves the index document as it was (a star) is not indexed again; one that changes it (tags) is', async () => {
    const l = lib();
    const records = makeRecords(20);
    await value(l.importRecords(records));
    const before = urls((await value(l.search('prix blé', { limit: 100 }))).records);
    const read = vi.spyOn(l.db.docs, 'bulkGet');
    await value(l.setStarred(records[2].url, true));
    expect(urls((await value(l.search('prix blé', { limit: 100 }))).records)).toEqual(before);
    expect(read).not.toHaveBeenCalled();
    // The record shown is the starred one, not the one read before.
    const shown = (await value(l.search(records[2].article.title))).records.find((r) => r.url === records[2].url);
    expect(shown?.starred).toBe(true);
    await value(l.setTags(records[2].url, ['Zorglub']));
    expect(urls((await value(l.search('zorglub'))).records)).toEqual([records[2].url]);
    expect(read).toHaveBeenCalledWith([records[2].url]);
    read.mockRestore();
  });

  it('an import indexes the records it wrote without reading them back, and saves the index before it reports', async () => {
    const l = lib();
    const records = makeRecords(300);
    const toArray = vi.spyOn(l.db.docs, 'toArray');
    const bulkGet = vi.spyOn(l.db.docs, 'bulkGet');
    await value(l.importRecords(records));
    expect(toArray).not.toHaveBeenCalled();
    expect(bulkGet).not.toHaveBeenCalled();
    expect((await l.db.cache.get('search-pack'))?.ids).toHaveLength(300);
    expect(urls((await value(l.search(records[123].article.title))).records)[0]).toBe(records[123].url);
  });

  it('the index is saved for the next page, which loads it and reads again only what changed since', async () => {
    const factory = freshLibrary().factory;
    const first = openLibrary({ indexedDB: factory, IDBKeyRange });
    opened.push(first);
    const records = makeRecords(60);
    await value(first.importRecords(records));
    const before = urls((await value(first.search('prix blé', { limit: 100 }))).records);
    // The import saved the index, packed, for the next page.
    const saved = (await first.db.cache.get('search-pack'))!;
    expect(saved.ids).toHaveLength(60);
    expect(saved.revs).toHaveLength(60);
    // Changed after the save: the next page must see it although the saved index does not.
    const changed = makeRecord(5, { article: { ...makeRecord(5).article, title: 'Zorglub et les cyclistes' } });
    await value(first.save(changed));
    await value(first.remove(records[9].url));
    const next = openLibrary({ indexedDB: factory, IDBKeyRange });
    opened.push(next);
    expect(urls((await value(next.search('zorglub'))).records)).toEqual([changed.url]);
    const after = urls((await value(next.search('prix blé', { limit: 100 }))).records);
    expect(after).not.toContain(records[9].url);
    expect(after.sort()).toEqual(before.filter((u) => u !== records[9].url && (u !== changed.url || after.includes(u))).sort());
    // Saving the index changes nothing the pages list.
    let told = 0;
    const stop = next.onChange(() => told++);
    await next.db.cache.put({ ...saved });
    await new Promise((r) => setTimeout(r, 20));
    expect(told).toBe(0);
    stop();
    // A saved index this version cannot read is built again.
    await next.db.cache.put({ ...saved, format: saved.format + 1 });
    const third = openLibrary({ indexedDB: factory, IDBKeyRange });
    opened.push(third);
    expect(urls((await value(third.search('zorglub'))).records)).toEqual([changed.url]);
  });

  it('filters by site, language, tag and star, alone and with a query; facets list them', async () => {
    const l = lib();
    const records = makeRecords(40);
    await value(l.importRecords(records));
    const expectSame = async (q: Parameters<LibraryRepository['list']>[0], keep: (r: SavedDigest) => boolean) => {
      const page = await value(l.list({ ...q, limit: 100 }));
      expect(urls(page.records).sort(), JSON.stringify(q)).toEqual(urls(records.filter(keep)).sort());
    };
    await expectSame({ site: 'Le Courrier' }, (r) => r.article.siteName === 'Le Courrier');
    await expectSame({ site: 'news.example' }, (r) => r.url.includes('news.example'));
    await expectSame({ lang: 'en' }, (r) => r.article.lang === 'en');
    await expectSame({ starred: true }, (r) => r.starred);
    await expectSame({ tag: 'à lire' }, (r) => r.tags.includes('à lire'));
    await expectSame({ tag: 'lot 2', lang: 'fr' }, (r) => r.tags.includes('lot 2') && r.article.lang === 'fr');
    const prix = new Set(
      SearchIndex.of(records.map(searchDoc))
        .search('prix')
        .map((h) => h.url),
    );
    await expectSame({ query: 'prix', lang: 'fr', starred: true }, (r) => r.article.lang === 'fr' && r.starred && prix.has(r.url));
    const facets = await value(l.facets());
    expect(facets.total).toBe(40);
    expect(facets.sites.sort()).toEqual(['La Gazette du Sud', 'Le Courrier', 'The Daily Example', 'news.example'].sort());
    expect(facets.langs).toEqual(['en', 'fr']);
    expect(facets.tags).toEqual(['lot 0', 'lot 1', 'lot 2', 'lot 3', 'à lire']);
  });
});

describe('delete, undo, tags, star', () => {
  it('delete returns the record; undo puts it back exactly, unless it was saved again since', async () => {
    const l = lib();
    const [a, b] = makeRecords(2);
    await value(l.save(a));
    await value(l.save(b));
    const removed = await value(l.remove(a.url));
    expect(removed).toEqual(a);
    expect(urls((await value(l.list())).records)).toEqual([b.url]);
    expect(await value(l.restore(removed!))).toBe(true);
    expect(await value(l.get(a.url))).toEqual(a);
    expect(urls((await value(l.search(a.article.title))).records)[0]).toBe(a.url);
    // Deleted, saved again from the popup, then "undo": the newer save stays.
    await value(l.remove(a.url));
    const resaved = makeRecord(0, { readAt: a.readAt + 99 });
    await value(l.save(resaved));
    expect(await value(l.restore(a))).toBe(false);
    expect((await value(l.get(a.url)))!.readAt).toBe(a.readAt + 99);
    expect(await value(l.remove('https://nowhere.example/'))).toBeUndefined();
  });

  it('tags are trimmed, deduplicated and searchable; star filters; both on a missing record fail plainly', async () => {
    let t = 1;
    const l = lib(() => t);
    const a = makeRecord(1, { tags: [] });
    await value(l.save(a));
    t = 77;
    const tagged = await value(l.setTags(a.url, ['  Zoé  ', 'zoé', '#Paris', '', 'grand   angle']));
    expect(tagged.tags).toEqual(['Zoé', 'Paris', 'grand angle']);
    expect(tagged.updatedAt).toBe(77);
    expect((await value(l.search('zoe paris'))).total).toBe(1);
    expect((await value(l.list({ tag: 'Paris' }))).total).toBe(1);
    await value(l.setTags(a.url, []));
    expect((await value(l.search('zoe'))).total).toBe(0);
    expect((await value(l.setStarred(a.url, true))).starred).toBe(true);
    expect((await value(l.list({ starred: true }))).total).toBe(1);
    await value(l.setStarred(a.url, false));
    expect((await value(l.list({ starred: true }))).total).toBe(0);
    const missing = await l.setStarred('https://gone.example/', true);
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-in-library' } });
  });

  it('wipe deletes everything and says how much', async () => {
    const l = lib();
    await value(l.importRecords(makeRecords(7)));
    expect(await value(l.wipe())).toBe(7);
    expect(await value(l.list())).toEqual({ records: [], total: 0, skipped: [], marks: {} });
  });
});

describe('records that cannot be read', () => {
  it('are reported and skipped by list, search and export, never thrown', async () => {
    const l = lib();
    const good = makeRecords(4);
    good[3].tags = ['zorglub'];
    await value(l.importRecords(good));
    // Damaged rows with no search row, and a record damaged in place (its search row intact).
    await putRaw(l, { ...good[0], url: 'https://bad.example/no-digest', digest: undefined });
    await putRaw(l, { url: 'https://bad.example/no-date', article: { title: 'x' } });
    await putRaw(l, { ...good[3], digest: { ...good[3].digest, bullets: [{ text: 42, sources: [0] }] } });
    const page = await value(l.list());
    expect(urls(page.records).sort()).toEqual(urls(good.slice(0, 3)).sort());
    expect(page.total).toBe(4);
    expect(page.skipped.map((s) => s.key).sort()).toEqual([good[3].url, 'https://bad.example/no-date', 'https://bad.example/no-digest'].sort());
    expect(page.skipped.find((s) => s.key === good[3].url)!.reason).toBe('digest.bullets[0].text is not text');
    expect(page.skipped.find((s) => s.key.endsWith('no-digest'))!.reason).toBe('digest is not an object');
    expect(page.skipped.find((s) => s.key.endsWith('no-date'))!.reason).toBe('savedAt is not a number');
    // A search reports them too (on its first page).
    const found = await value(l.search('zorglub'));
    expect(found).toMatchObject({ records: [], total: 1 });
    expect(found.skipped).toHaveLength(3);
    const exported = await value(l.exportRecords());
    expect(exported.records).toHaveLength(3);
    expect(exported.skipped).toHaveLength(3);
    const got = await l.get(good[3].url);
    expect(got).toMatchObject({ ok: false, error: { kind: 'storage-failed' } });
    expect(await value(l.facets())).toMatchObject({ total: 4 });
    // They can still be deleted; importing a good copy replaces a damaged one.
    await value(l.remove('https://bad.example/no-date'));
    expect(await value(l.importRecords([good[3]]))).toMatchObject({ added: 0, updated: 1 });
    expect((await value(l.list())).skipped.map((s) => s.key)).toEqual(['https://bad.example/no-digest']);
  });
});

describe('a full disk or quota', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('put throwing QuotaExceededError: a typed failure with a plain message, earlier records intact', async () => {
    const l = lib();
    const before = makeRecords(3);
    await value(l.importRecords(before));
    const put = vi.spyOn(l.db.digests, 'put').mockImplementation(() => Promise.reject(quota()) as never);
    const r = await l.save(makeRecord(50));
    put.mockRestore();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('storage-full');
    expect(failureMessage(r.error.kind)).toMatch(/no room left/);
    expect(failureMessage(r.error.kind)).toMatch(/saved before is kept/);
    const page = await value(l.list());
    expect(urls(page.records).sort()).toEqual(urls(before).sort());
    // And saving works again once there is room.
    expect((await l.save(makeRecord(50))).ok).toBe(true);
  });

  it('the same error wrapped by Dexie (aborted transaction, bulk import): storage-full, nothing half-written', async () => {
    const l = lib();
    const before = makeRecords(2);
    await value(l.importRecords(before));
    // Below Dexie's table API: the database layer fails as a full disk makes IndexedDB fail.
    l.db.close();
    l.db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return { ...t, mutate: (req) => (req.type === 'delete' ? t.mutate(req) : Promise.reject(quota())) };
        },
      }),
    });
    await l.db.open();
    const saved = await l.save(makeRecord(60));
    expect(saved).toMatchObject({ ok: false, error: { kind: 'storage-full' } });
    const imported = await l.importRecords(makeRecords(5, 200));
    expect(imported).toMatchObject({ ok: false, error: { kind: 'storage-full' } });
    const starred = await l.setStarred(before[1].url, true);
    expect(starred).toMatchObject({ ok: false, error: { kind: 'storage-full' } });
    const page = await value(l.list());
    expect(page.records).toEqual([...before].sort((x, y) => y.savedAt - x.savedAt));
  });

  it('recognises quota errors however they are wrapped, and nothing else', () => {
    const inner = quota();
    expect(isQuotaError(inner)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', inner))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 2 failed', { 1: inner }))).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', message: 'Error writing to disk: not enough space' })).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('a library that cannot open (no IndexedDB): storage-unavailable, not a crash', async () => {
    const broken = openLibrary({
      name: 'nowhere',
      indexedDB: {
        open: () => {
          throw new DOMException('denied', 'InvalidStateError');
        },
      } as unknown as IDBFactory,
      IDBKeyRange,
    });
    opened.push(broken);
    const r = await broken.list();
    expect(r).toMatchObject({ ok: false, error: { kind: 'storage-unavailable' } });
  });
});

describe('usage', () => {
  it('reads navigator.storage.estimate when there is one', async () => {
    const l = freshLibrary({ storage: { estimate: async () => ({ usage: 1234, quota: 10_000 }) } });
    opened.push(l);
    expect(await l.usage()).toEqual({ usage: 1234, quota: 10_000 });
    const none = freshLibrary({ storage: { estimate: () => Promise.reject(new Error('no')) } });
    opened.push(none);
    expect(await none.usage()).toBeUndefined();
  });
});
