/**
 * Schema migrations of the library database: a version-1 database, written the way version 1
 * wrote it (the fixture below is the older shape, frozen), opened by the current code.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, SCHEMAS, toDigestRow, toSearchRow } from '../../lib/library/db';
import { openLibrary } from '../../lib/library/repository';
import { SearchIndex, searchDoc } from '../../lib/library/search-index';
import { makeRecords } from '../../testing/library';
import { parseJsonExport, toJson } from '../../lib/library/export';
import { validateRecord, type SavedDigest } from '../../lib/library/record';

/** Version 1's schema as published. Never change it: add a version instead. */
const V1_SCHEMA = { digests: 'url, savedAt, site, lang, *tags' };
/** Version 2's, as published. */
const V2_SCHEMA = { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt' };
/** Version 3's, as published. */
const V3_SCHEMA = { digests: 'url, savedAt, site, lang, *tags', search: 'url, savedAt', docs: 'id', cache: 'id' };

/** Rows as version 1 stored them: the record plus `site` and `lang`; no search table. */
const V1_ROWS = [
  {
    url: 'https://courrier.example/velo-lyrac',
    contentHash: '0a1b2c3d4e5f6071',
    savedAt: 1767225600000,
    updatedAt: 1767229200000,
    readAt: 1767225500000,
    starred: true,
    tags: ['vélo', 'à relire'],
    article: {
      url: 'https://courrier.example/velo-lyrac?utm_source=x',
      canonicalUrl: 'https://courrier.example/velo-lyrac',
      title: 'Vélo : la ville de Lyrac ouvre dix kilomètres de pistes en un été',
      byline: 'Camille Dupré',
      siteName: "Le Courrier d'exemple",
      lang: 'fr',
      langSource: 'html-lang',
      publishedTime: '2026-06-30T08:00:00+02:00',
      wordCount: 512,
      extractedBy: 'readability',
    },
    digest: {
      heading: 'EN BREF',
      language: 'fr',
      bullets: [
        { text: 'Lyrac a ouvert dix kilomètres de pistes cyclables en un seul été.', sources: [0] },
        { text: 'Les commerçants du centre craignent une baisse de leur chiffre d’affaires.', sources: [4] },
      ],
      faq: [{ question: 'Pourquoi aller si vite\u202f?', answer: 'La municipalité voulait profiter des travaux de voirie.', sources: [2], origin: 'heading' }],
      engine: { id: 'embedded', version: '1' },
      contentHash: '0a1b2c3d4e5f6071',
      timings: { digestMs: 2, extractMs: 15 },
    },
    sentences: [
      { index: 0, text: 'Lyrac a ouvert dix kilomètres de pistes cyclables en un seul été.', block: 0, start: 0, end: 66 },
      { index: 1, text: 'Le maire parle d’un « tournant ».', block: 0, start: 67, end: 100 },
      { index: 2, text: 'La municipalité voulait profiter des travaux de voirie.', block: 2, start: 0, end: 55 },
      { index: 3, text: 'Une deuxième tranche est prévue en 2027.', block: 3, start: 0, end: 40 },
      { index: 4, text: 'Les commerçants du centre craignent une baisse de leur chiffre d’affaires.', block: 5, start: 0, end: 74 },
    ],
    site: "Le Courrier d'exemple",
    lang: 'fr',
  },
  {
    url: 'https://news.example/delhi-air',
    contentHash: 'ffee001122334455',
    savedAt: 1767312000000,
    updatedAt: 1767312000000,
    readAt: 1767312000000,
    starred: false,
    tags: [],
    article: {
      url: 'https://news.example/delhi-air',
      title: 'Delhi’s air pollution, explained',
      lang: 'en',
      langSource: 'og-locale',
      wordCount: 2400,
      extractedBy: 'readability',
    },
    digest: {
      heading: 'In brief',
      language: 'en',
      bullets: [{ text: 'Delhi’s air is among the most polluted in the world.', sources: [0] }],
      faq: [],
      engine: { id: 'embedded', version: '1' },
      contentHash: 'ffee001122334455',
      timings: { digestMs: 3 },
    },
    sentences: [{ index: 0, text: 'Delhi’s air is among the most polluted in the world.', block: 0, start: 0, end: 52 }],
    site: 'news.example',
    lang: 'en',
  },
  // Damaged in version 1 (no digest): must not stop the upgrade, must be reported after it.
  { url: 'https://broken.example/x', savedAt: 1767398400000, article: { title: 'Broken' }, site: 'broken.example', lang: 'fr', tags: [] },
];

async function versionOneDatabase(factory: IDBFactory): Promise<void> {
  const v1 = new Dexie(LIBRARY_DB_NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(V1_SCHEMA);
  await v1.table('digests').bulkPut(structuredClone(V1_ROWS));
  expect(v1.verno).toBe(1);
  v1.close();
}

/** A version-2 database as version 2 wrote it: version 1's rows and a search row with the words. */
async function versionTwoDatabase(factory: IDBFactory): Promise<void> {
  const v2 = new Dexie(LIBRARY_DB_NAME, { indexedDB: factory, IDBKeyRange });
  v2.version(1).stores(V1_SCHEMA);
  v2.version(2).stores(V2_SCHEMA);
  await v2.table('digests').bulkPut(structuredClone(V1_ROWS));
  await v2.table('search').bulkPut([
    {
      url: V1_ROWS[0].url,
      savedAt: V1_ROWS[0].savedAt,
      site: "Le Courrier d'exemple",
      lang: 'fr',
      starred: true,
      tags: ['vélo', 'à relire'],
      words: ' velo la ville de lyrac ',
    },
    {
      url: V1_ROWS[1].url,
      savedAt: V1_ROWS[1].savedAt,
      site: 'news.example',
      lang: 'en',
      starred: false,
      tags: [],
      words: ' delhi s air pollution explained ',
    },
  ]);
  expect(v2.verno).toBe(2);
  v2.close();
}

/**
 * A version-3 database as version 3 wrote it: records, search rows, index documents, and the
 * full-text index saved as MiniSearch's JSON under 'search-index'.
 */
async function versionThreeDatabase(factory: IDBFactory) {
  const records = makeRecords(12);
  const v3 = new Dexie(LIBRARY_DB_NAME, { indexedDB: factory, IDBKeyRange });
  v3.version(1).stores(V1_SCHEMA);
  v3.version(2).stores(V2_SCHEMA);
  v3.version(3).stores(V3_SCHEMA);
  await v3.table('digests').bulkPut(records.map(toDigestRow));
  // Version 3's rows had no doc version.
  const rows = records.map((r) => {
    const { doc: _doc, ...row } = toSearchRow(r);
    return row;
  });
  await v3.table('search').bulkPut(rows);
  const docs = records.map(searchDoc);
  await v3.table('docs').bulkPut(docs);
  const json = JSON.stringify((SearchIndex.of(docs) as unknown as { mini: object }).mini);
  await v3.table('cache').put({ id: 'search-index', json, revs: Object.fromEntries(rows.map((r) => [r.url, r.rev])) });
  expect(v3.verno).toBe(3);
  v3.close();
  return records;
}

describe('library database migrations', () => {
  it('versions 1, 2 and 3 are frozen as published', () => {
    expect(SCHEMAS[1]).toEqual(V1_SCHEMA);
    expect(SCHEMAS[2]).toEqual(V2_SCHEMA);
    expect(SCHEMAS[3]).toEqual(V3_SCHEMA);
    expect(LIBRARY_DB_VERSION).toBe(Math.max(...Object.keys(SCHEMAS).map(Number)));
  });

  it('version 1 -> 4: every record gets its search row and index document; records read back unchanged; damaged ones reported, not fatal', async () => {
    const factory = new IDBFactory();
    await versionOneDatabase(factory);
    const lib = openLibrary({ indexedDB: factory, IDBKeyRange });
    try {
      const page = await lib.list();
      if (!page.ok) throw new Error(page.error.detail);
      expect(lib.db.verno).toBe(LIBRARY_DB_VERSION);
      expect(page.value.total).toBe(2);
      expect(page.value.records.map((r) => r.url)).toEqual(['https://news.example/delhi-air', 'https://courrier.example/velo-lyrac']);
      expect(page.value.skipped).toEqual([{ key: 'https://broken.example/x', reason: 'article.url is not text' }]);
      // The record is what version 1 held, without the index fields.
      const { site: _s, lang: _l, ...lyrac } = V1_ROWS[0];
      expect(page.value.records[1]).toStrictEqual(lyrac);

      // Search rows and index documents, built from version 1's records; none for the damaged one.
      expect(await lib.db.search.count()).toBe(2);
      expect(await lib.db.docs.count()).toBe(2);
      expect(await lib.db.search.get('https://broken.example/x')).toBeUndefined();
      const row = await lib.db.search.get('https://courrier.example/velo-lyrac');
      expect(row).toStrictEqual({
        url: 'https://courrier.example/velo-lyrac',
        savedAt: 1767225600000,
        rev: expect.any(String),
        site: "Le Courrier d'exemple",
        lang: 'fr',
        starred: true,
        tags: ['vélo', 'à relire'],
        doc: expect.any(String),
      });
      const doc = await lib.db.docs.get('https://courrier.example/velo-lyrac');
      expect(doc!.title.split(' ')).toEqual(['fr:velo', 'fr:vill', 'fr:lyrac', 'fr:ouvr', 'fr:dix', 'fr:kilometr', 'fr:pist']);
      // The sentences are searched too: one said only there.
      expect(doc!.body.split(' ')).toEqual(expect.arrayContaining(['fr:tourn', 'fr:tranch', 'fr:2027']));
      expect((await lib.db.search.get('https://news.example/delhi-air'))?.starred).toBe(false);
      // Version 1's rows themselves are left as they were.
      expect(await lib.db.digests.get('https://courrier.example/velo-lyrac')).toStrictEqual(V1_ROWS[0]);

      const search = async (q: string) => {
        const r = await lib.search(q);
        if (!r.ok) throw new Error(r.error.detail);
        return r.value.records.map((x) => x.url);
      };
      expect(await search('velo LYRAC')).toEqual(['https://courrier.example/velo-lyrac']);
      expect(await search('pollut')).toEqual(['https://news.example/delhi-air']);
      expect(await search('tournant')).toEqual(['https://courrier.example/velo-lyrac']);
      expect(await search('a relire')).toEqual(['https://courrier.example/velo-lyrac']);
      const starred = await lib.list({ starred: true });
      expect(starred.ok && starred.value.records.map((r) => r.url)).toEqual(['https://courrier.example/velo-lyrac']);
      const tagged = await lib.list({ tag: 'vélo' });
      expect(tagged.ok && tagged.value.total).toBe(1);
      const facets = await lib.facets();
      expect(facets.ok && facets.value.langs).toEqual(['en', 'fr']);
    } finally {
      lib.close();
    }
  });

  it('version 2 -> 4: search rows lose their words and gain a revision; index documents are built', async () => {
    const factory = new IDBFactory();
    await versionTwoDatabase(factory);
    const lib = openLibrary({ indexedDB: factory, IDBKeyRange });
    try {
      const page = await lib.search('pistes cyclables');
      if (!page.ok) throw new Error(page.error.detail);
      expect(lib.db.verno).toBe(LIBRARY_DB_VERSION);
      expect(page.value.records.map((r) => r.url)).toEqual(['https://courrier.example/velo-lyrac']);
      expect(page.value.marks['https://courrier.example/velo-lyrac']).toEqual(expect.arrayContaining(['fr:pist', 'fr:cyclabl']));
      const rows = await lib.db.search.toArray();
      expect(rows.map((r) => Object.keys(r).sort())).toEqual([
        ['doc', 'lang', 'rev', 'savedAt', 'site', 'starred', 'tags', 'url'],
        ['doc', 'lang', 'rev', 'savedAt', 'site', 'starred', 'tags', 'url'],
      ]);
      expect((await lib.db.docs.toArray()).map((d) => [d.id, d.lang])).toEqual([
        ['https://courrier.example/velo-lyrac', 'fr'],
        ['https://news.example/delhi-air', 'en'],
      ]);
      expect(await lib.db.digests.get('https://courrier.example/velo-lyrac')).toStrictEqual(V1_ROWS[0]);
    } finally {
      lib.close();
    }
  });

  it('version 3 -> 4: the index saved as JSON is deleted; the index is built again, found by search, and saved packed', async () => {
    const factory = new IDBFactory();
    const records = await versionThreeDatabase(factory);
    const lib = openLibrary({ indexedDB: factory, IDBKeyRange });
    try {
      const page = await lib.search(records[4].article.title);
      if (!page.ok) throw new Error(page.error.detail);
      expect(lib.db.verno).toBe(4);
      expect(page.value.records[0].url).toBe(records[4].url);
      expect(await lib.db.cache.get('search-index')).toBeUndefined();
      expect(await lib.db.search.count()).toBe(12);
      // Built from the documents, then saved packed for the next page.
      await expect.poll(async () => (await lib.db.cache.get('search-pack'))?.ids.length, { timeout: 5_000 }).toBe(12);
    } finally {
      lib.close();
    }
  });

  it('a new profile opens straight at the current version', async () => {
    const lib = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
    const r = await lib.list();
    expect(r).toEqual({ ok: true, value: { records: [], total: 0, skipped: [], marks: {} } });
    expect(lib.db.verno).toBe(LIBRARY_DB_VERSION);
    expect(lib.db.tables.map((t) => [t.name, t.schema.primKey.src, t.schema.indexes.map((i) => i.src).sort()])).toEqual([
      ['digests', 'url', ['*tags', 'lang', 'savedAt', 'site']],
      ['search', 'url', ['savedAt']],
      ['docs', 'id', []],
      ['cache', 'id', []],
    ]);
    lib.close();
  });

  describe('the digest table (issue 22): a field records saved before it do not have', () => {
    const { site: _s, lang: _l, ...lyrac } = V1_ROWS[0];
    const withTable = (): SavedDigest => {
      const r = structuredClone(lyrac) as unknown as SavedDigest;
      r.digest.table = {
        caption: "En un coup d'œil",
        columns: ['Aspect', "Ce qu'en dit l'article"],
        kind: 'aspects',
        rows: [
          { aspect: 'Les pistes', text: 'Lyrac a ouvert dix kilomètres de pistes cyclables en un seul été.', sources: [0] },
          { aspect: 'Le calendrier', text: 'Une deuxième tranche est prévue en 2027.', sources: [3] },
          { aspect: 'Les commerçants', text: 'Les commerçants du centre craignent une baisse de leur chiffre d’affaires.', sources: [4] },
        ],
      };
      return r;
    };

    it('a record saved before tables reads back without one (absent, not null: it was never asked for one)', async () => {
      const factory = new IDBFactory();
      await versionTwoDatabase(factory);
      const lib = openLibrary({ indexedDB: factory, IDBKeyRange });
      try {
        const got = await lib.get('https://courrier.example/velo-lyrac');
        if (!got.ok) throw new Error(got.error.detail);
        expect(got.value).toStrictEqual(lyrac);
        expect('table' in got.value!.digest).toBe(false);
      } finally {
        lib.close();
      }
    });

    it('a record with a table (or with null) saves, reads back, is found by its rows and survives export and import', async () => {
      const lib = openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange });
      try {
        const record = withTable();
        const none = { ...structuredClone(V1_ROWS[1]), digest: { ...structuredClone(V1_ROWS[1].digest), table: null } } as unknown as SavedDigest & {
          site?: string;
          lang?: string;
        };
        delete none.site;
        delete none.lang;
        expect((await lib.save(record)).ok).toBe(true);
        expect((await lib.save(none)).ok).toBe(true);
        const got = await lib.get(record.url);
        expect(got.ok && got.value).toStrictEqual(record);
        const gotNone = await lib.get(none.url);
        expect(gotNone.ok && gotNone.value!.digest.table).toBeNull();
        // "calendrier" is said only in the table.
        const found = await lib.search('calendrier');
        expect(found.ok && found.value.records.map((r) => r.url)).toEqual([record.url]);
        const exported = await lib.exportRecords();
        if (!exported.ok) throw new Error(exported.error.detail);
        const parsed = parseJsonExport(toJson(exported.value.records));
        if (!parsed.ok) throw new Error(parsed.error.detail);
        expect(parsed.value.records.find((r) => r.url === record.url)).toStrictEqual(record);
        expect(parsed.value.records.find((r) => r.url === none.url)!.digest.table).toBeNull();
      } finally {
        lib.close();
      }
    });

    it('a damaged table is reported, not read: a row without sources, one heading instead of two', () => {
      const noSources = withTable();
      noSources.digest.table!.rows[1].sources = [];
      expect(validateRecord(noSources)).toEqual({ ok: false, reason: 'digest.table.rows[1].sources is empty' });
      const oneColumn = withTable() as unknown as { digest: { table: { columns: string[] } } };
      oneColumn.digest.table.columns = ['Aspect'];
      expect(validateRecord(oneColumn)).toEqual({ ok: false, reason: 'digest.table.columns is not two headings' });
      const extra = withTable() as unknown as { digest: { table: { rows: Array<Record<string, unknown>> } } };
      extra.digest.table.rows[0].html = '<b>x</b>';
      const clean = validateRecord(extra);
      expect(clean.ok && clean.value.digest.table!.rows[0]).toStrictEqual(withTable().digest.table!.rows[0]);
    });
  });
});
