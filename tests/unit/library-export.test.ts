/**
 * The library as files: Markdown for notes apps (page text escaped), JSON in a versioned
 * envelope, import merging without duplicates, export -> wipe -> import restoring every field.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_VERSION, noteTag, parseJsonExport, toJson, toMarkdown } from '../../lib/library/export';
import type { SavedDigest } from '../../lib/library/record';
import type { LibraryRepository } from '../../lib/library/repository';
import { freshLibrary, makeRecord, makeRecords } from '../../testing/library';

const opened: LibraryRepository[] = [];
function lib() {
  const l = freshLibrary();
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

/** A record whose page text tries every trick: headings, links, html, notes-app syntax. */
function hostile(): SavedDigest {
  const r = makeRecord(7, { tags: ['à lire', 'x y/z', '2026', 'C++'], starred: true });
  r.article = {
    ...r.article,
    title: '# Breaking [click](javascript:alert(1)) <script>alert(1)</script>',
    siteName: 'Site | with *stars*',
    byline: '<b>Jean</b> & Co',
    url: 'https://ex.fr/a b>c',
  };
  r.url = 'https://ex.fr/a%20b%3Ec';
  r.digest.bullets = [
    { text: '1. Not a list\n# not a heading', sources: [0] },
    { text: 'Costs $5 and $10, 50 % ==marked== %%hidden%% [[Wiki]] ^block', sources: [1] },
    { text: '<img src=x onerror=alert(1)> ![img](http://evil/x.png)', sources: [2] },
  ];
  r.digest.faq = [{ question: '**Why**?', answer: '---\n> quoted\n- dash', sources: [3], origin: 'generated' }];
  return r;
}

describe('Markdown export', () => {
  it('one file: front matter, each digest under its title with site, url, tags, bullets and FAQ', () => {
    const records = makeRecords(3);
    const md = toMarkdown(records, Date.UTC(2026, 4, 1, 12));
    expect(md.startsWith('---\ntitle: "En bref library"\nexported: 2026-05-01T12:00:00.000Z\ndigests: 3\n---\n\n# En bref library\n')).toBe(true);
    expect(md).toContain('Exported 2026-05-01: 3 digests.');
    for (const r of records) {
      expect(md).toContain(`\n## ${r.article.title}\n`);
      expect(md).toContain(`<${r.url}>`);
      for (const b of r.digest.bullets) expect(md).toContain(`\n- ${b.text}\n`);
    }
    expect(md.match(/^### (EN BREF|In brief)$/gm)).toHaveLength(3);
    expect(md.match(/^### FAQ$/gm)).toHaveLength(3);
    expect(md).toContain('Le Courrier · Camille Dupré 0 · fr · read 2026-01-01');
    expect(md).toContain('La Gazette du Sud · fr · read 2026-01-01');
    expect(md).toContain('Tags: #à-lire #lot-0 · ★ starred');
    expect(md).not.toMatch(/\n{3}/);
  });

  it('page text stays text: no heading, link, image, html, list or notes-app markup gets through', () => {
    const md = toMarkdown([hostile()], 0);
    const body = md.split('\n---\n').pop()!;
    // The only headings and list items are the export's own.
    expect(body.match(/^#+ .*/gm)).toEqual([
      '## \\# Breaking \\[click\\]\\(javascript:alert\\(1\\)\\) \\<script\\>alert\\(1\\)\\</script\\>',
      '### In brief',
      '### FAQ',
    ]);
    expect(body.match(/^- /gm)).toHaveLength(3);
    expect(body).toContain('- 1\\. Not a list \\# not a heading');
    expect(body).toContain('- Costs \\$5 and \\$10, 50 \\% \\=\\=marked\\=\\= \\%\\%hidden\\%\\% \\[\\[Wiki\\]\\] \\^block');
    expect(body).toContain('- \\<img src\\=x onerror\\=alert\\(1\\)\\> \\!\\[img\\]\\(http://evil/x.png\\)');
    expect(body).toContain('**\\*\\*Why\\*\\*?**');
    expect(body).toContain('\\--- \\> quoted - dash');
    expect(body).toContain('Site \\| with \\*stars\\* · \\<b\\>Jean\\</b\\> \\& Co · en');
    // No raw tag, link or image syntax anywhere in the page's text.
    expect(body).not.toMatch(/(^|[^\\])<(script|img|b)\b/);
    expect(body).not.toMatch(/(^|[^\\])\]\(/);
    // The url is an autolink that cannot be closed early.
    expect(body).toContain('<https://ex.fr/a%20b%3Ec>');
    expect(body).toContain('Tags: #à-lire #x-y/z 2026 #C · ★ starred');
  });

  it('never links a url that is not http(s) or file', () => {
    const r = makeRecord(1, { url: 'javascript:alert(1)' });
    r.article = { ...r.article, url: 'javascript:alert(2)' };
    const md = toMarkdown([r], 0);
    expect(md).not.toContain('javascript:');
  });

  it('tags for notes apps', () => {
    expect(noteTag('à lire')).toBe('#à-lire');
    expect(noteTag('2026')).toBeUndefined();
    expect(noteTag('***')).toBeUndefined();
    expect(noteTag('projets/vélo')).toBe('#projets/vélo');
  });
});

describe('JSON export and import', () => {
  it('export -> wipe -> import restores every field, deep equal', async () => {
    const l = lib();
    const records = [...makeRecords(12), hostile()];
    // Optional parts present and absent: byline, publishedTime, canonicalUrl, pageFaq, asks, extractMs.
    records[1].article.canonicalUrl = records[1].url;
    records[2].article.pageFaq = [{ question: 'Q ?', answer: 'R.' }];
    records[2].article.excerpt = 'Chapô.';
    delete (records[3].digest.timings as { extractMs?: number }).extractMs;
    await value(l.importRecords(records));
    await value(l.setStarred(records[4].url, true));
    await value(l.setTags(records[5].url, ['relire', 'Été 2026']));
    const before = await value(l.exportRecords());
    expect(before.records).toHaveLength(13);
    const file = toJson(before.records, Date.UTC(2026, 4, 1));
    expect(JSON.parse(file)).toMatchObject({ format: 'en-bref-library', version: EXPORT_VERSION, exportedAt: '2026-05-01T00:00:00.000Z' });

    expect(await value(l.wipe())).toBe(13);
    expect((await value(l.list())).total).toBe(0);

    const parsed = parseJsonExport(file);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    expect(parsed.value.skipped).toEqual([]);
    const report = await value(l.importRecords(parsed.value.records));
    expect(report).toEqual({ added: 13, updated: 0, unchanged: 0, skipped: [] });
    const after = await value(l.exportRecords());
    expect(after.records).toStrictEqual(before.records);
    for (const r of before.records) expect(await value(l.get(r.url))).toStrictEqual(r);
    // Search and filters work on imported records.
    expect((await value(l.search('relire ete'))).records.map((r) => r.url)).toEqual([records[5].url]);
    expect((await value(l.list({ starred: true }))).records.map((r) => r.url)).toContain(records[4].url);
  });

  it('importing merges without duplicates: same url and content once; star, tags and newer content merged', async () => {
    const l = lib();
    const records = makeRecords(6);
    await value(l.importRecords(records));
    const file = toJson((await value(l.exportRecords())).records);
    const again = parseJsonExport(file);
    if (!again.ok) throw new Error();
    expect(await value(l.importRecords(again.value.records))).toEqual({ added: 0, updated: 0, unchanged: 6, skipped: [] });
    expect((await value(l.list())).total).toBe(6);

    // From another browser: a star, a tag, a newer read of a changed article, and a new record.
    const other = records.map((r) => structuredClone(r));
    other[4].starred = true;
    other[1].tags = ['autre'];
    other[2].contentHash = other[2].digest.contentHash = 'ffffffffffffffff';
    other[2].digest.heading = 'newer';
    other[2].readAt += 1000;
    other[3].contentHash = 'eeeeeeeeeeeeeeee';
    other[3].digest.heading = 'older';
    other[3].readAt -= 1000;
    other.push(makeRecord(99));
    // The same record twice in one file counts once.
    other.push(structuredClone(other[6]));
    const report = await value(l.importRecords(other));
    expect(report).toEqual({ added: 1, updated: 3, unchanged: 3, skipped: [] });
    const get = async (i: number) => (await value(l.get(records[i].url)))!;
    expect((await get(4)).starred).toBe(true);
    expect(await get(0)).toEqual(records[0]);
    expect((await get(1)).tags).toEqual([...records[1].tags, 'autre']);
    expect((await get(2)).digest.heading).toBe('newer');
    expect((await get(2)).savedAt).toBe(records[2].savedAt);
    expect((await get(3)).digest.heading).toBe(records[3].digest.heading);
    expect((await get(3)).readAt).toBe(records[3].readAt);
    expect((await value(l.list())).total).toBe(7);
  });

  it('a file that is not an export is refused plainly; a damaged record is reported and skipped', async () => {
    expect(parseJsonExport('not json')).toMatchObject({ ok: false, error: { kind: 'invalid-import' } });
    expect(parseJsonExport('[]')).toMatchObject({ ok: false, error: { kind: 'invalid-import' } });
    expect(parseJsonExport('{"format":"other","version":1,"records":[]}')).toMatchObject({ ok: false, error: { kind: 'invalid-import' } });
    expect(parseJsonExport('{"format":"en-bref-library","version":99,"records":[]}')).toMatchObject({
      ok: false,
      error: { kind: 'invalid-import', detail: 'version 99 is newer than this extension reads (1)' },
    });
    const good = makeRecords(2);
    const damaged = { ...makeRecord(5), sentences: [{ index: 0, text: 'x', block: -1, start: 0, end: 1 }] };
    const file = JSON.stringify({ format: 'en-bref-library', version: 1, exportedAt: 'x', records: [good[0], damaged, 'nonsense', good[1]] });
    const parsed = parseJsonExport('\uFEFF' + file);
    if (!parsed.ok) throw new Error();
    expect(parsed.value.records).toEqual(good);
    expect(parsed.value.skipped).toEqual([
      { key: `#2 ${damaged.url}`, reason: 'sentences[0].block is not a whole number' },
      { key: '#3', reason: 'record is not an object' },
    ]);
    const l = lib();
    const report = await value(l.importRecords([...parsed.value.records, damaged as SavedDigest]));
    expect(report.added).toBe(2);
    expect(report.skipped).toEqual([{ key: '#3', reason: 'sentences[0].block is not a whole number' }]);
  });
});
