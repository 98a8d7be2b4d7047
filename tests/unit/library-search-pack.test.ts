/**
 * The full-text index saved packed (lib/library/search-pack.ts): loaded, it answers as the
 * index it was packed from, takes changes as an index built anew, and packs again.
 *
 * Titles and summaries from OrangeSum (validation split; ids beside each), Kamal Eddine,
 * Tixier and Vazirgiannis 2020, CC BY-SA 4.0.
 */
import { describe, expect, it } from 'vitest';
import { docVersion, SearchIndex, searchDoc, type SearchHit } from '../../lib/library/search-index';
import { isPack, PACK_FORMAT } from '../../lib/library/search-pack';
import { makeRecord } from '../../testing/library';
import { ORANGESUM, orangesumRecord } from '../../testing/orangesum-records';

const docs = ORANGESUM.map(([id, title, summary]) => searchDoc(orangesumRecord(id, title, summary)));
// Two English records: the query is read in both languages.
const english = [searchDoc(makeRecord(2)), searchDoc(makeRecord(3))];
const all = [...docs, ...english];
const revs = new Map(all.map((d, i) => [d.id, `rev${i}`]));

/** Typos, word forms, accents, prefixes being typed, equivalents, both languages. */
const QUERIES = [
  'grève sauvage',
  'greve sauvag',
  'élys',
  'elysee policier',
  'vacin trump',
  'retraite réforme',
  'botero sculptur',
  'mouvement social',
  'strike',
  'p',
  'ro',
  'pollution delhi',
  'zzz',
];

/** What a search gives, scores rounded (the sums may differ in their last bits). */
const answer = (hits: SearchHit[]) => hits.map((h) => ({ ...h, score: Number(h.score.toFixed(9)), terms: [...h.terms].sort() }));
const answers = (index: SearchIndex) => QUERIES.map((q) => answer(index.search(q)));

/** Through IndexedDB's structured clone, as a page reads it back. */
const reload = (index: SearchIndex) => {
  const pack = structuredClone(index.toPack(revs));
  expect(isPack(pack)).toBe(true);
  return SearchIndex.fromPack(pack);
};

describe('the index saved packed', () => {
  it('answers, once loaded, as the index it was packed from', () => {
    const built = SearchIndex.of(all);
    const loaded = reload(built);
    expect(loaded.size).toBe(all.length);
    expect(loaded.languages()).toEqual(built.languages());
    expect(answers(loaded)).toEqual(answers(built));
    expect(answers(loaded).flat().length).toBeGreaterThan(20);
    // Searched in some fields only ("already in your library" reads digests, not sentences).
    expect(answer(loaded.search('policier Élysée ', undefined, ['title']))).toEqual(answer(built.search('policier Élysée ', undefined, ['title'])));
  });

  it('made by packing the documents, answers as MiniSearch adding them one by one', async () => {
    const packed = await SearchIndex.ofAsync([...all, all[0]], revs);
    const built = SearchIndex.of(all);
    expect(packed.size).toBe(all.length);
    expect(answers(packed)).toEqual(answers(built));
    expect(packed.toPack(revs).revs).toEqual(all.map((d) => revs.get(d.id)));
  });

  it('keeps the revision and language of each record', () => {
    const pack = SearchIndex.of(all).toPack(revs);
    expect(pack.format).toBe(PACK_FORMAT);
    expect(pack.ids).toEqual(all.map((d) => d.id));
    expect(pack.revs).toEqual(all.map((d) => revs.get(d.id)));
    expect(pack.langs).toEqual([...docs.map(() => 'fr'), 'en', 'en']);
  });

  it('takes records added, changed and removed as an index built with them', () => {
    const loaded = reload(SearchIndex.of(docs));
    // Half of its terms read by a search before the changes, the others still packed.
    loaded.search('grève policier');
    const changed = { ...docs[1], title: `${docs[1].title} fr:cheminot` };
    loaded.set(changed);
    loaded.remove(docs[4].id);
    for (const d of english) loaded.set(d);
    const final = [docs[0], changed, docs[2], docs[3], ...docs.slice(5), ...english];
    const built = SearchIndex.of(final);
    expect(answers(loaded).map((a) => a.map((h) => h.url))).toEqual(answers(built).map((a) => a.map((h) => h.url)));
    expect(loaded.search('cheminots')[0].url).toBe(docs[1].id);
    expect(loaded.search('beauvais').map((h) => h.url)).not.toContain(docs[4].id);
    // Packed again (the removed record left out, its number given to no one) and loaded: the same answers.
    const again = reload(loaded);
    expect(again.size).toBe(final.length);
    expect(answers(again).map((a) => a.map((h) => h.url))).toEqual(answers(built).map((a) => a.map((h) => h.url)));
  });

  it('is refused when of another format or damaged, so that it is built again', () => {
    const pack = SearchIndex.of(docs).toPack(revs);
    expect(isPack({ ...pack, format: PACK_FORMAT + 1 })).toBe(false);
    expect(isPack({ ...pack, revs: pack.revs.slice(1) })).toBe(false);
    expect(isPack({ id: 'search-index', json: '{}', revs: {} })).toBe(false);
    expect(isPack(undefined)).toBe(false);
    expect(() => SearchIndex.fromPack({ ...pack, terms: pack.terms.split('\n').reverse().join('\n') })).toThrow();
  });

  it("fingerprints a document's content: the same for the same, another for any change", () => {
    expect(docVersion({ ...docs[1] })).toBe(docVersion(docs[1]));
    expect(docVersion({ ...docs[1], body: `${docs[1].body} fr:cheminot` })).not.toBe(docVersion(docs[1]));
    // A term moved from one field to the next is a change.
    expect(docVersion({ ...docs[1], tags: 'fr:a', site: 'fr:b' })).not.toBe(docVersion({ ...docs[1], tags: '', site: 'fr:a fr:b' }));
    expect(new Set(all.map(docVersion)).size).toBe(all.length);
  });

  it('packs an empty index', () => {
    const loaded = reload(SearchIndex.empty());
    expect(loaded.size).toBe(0);
    expect(loaded.search('grève')).toEqual([]);
    loaded.set(docs[0]);
    expect(loaded.search('botero')[0].url).toBe(docs[0].id);
  });
});
