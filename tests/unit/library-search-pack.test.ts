/**
 * The full-text index saved packed (lib/library/search-pack.ts): loaded, it answers as the
 * index it was packed from, takes changes as an index built anew, and packs again.
 *
 * Titles and summaries from OrangeSum (validation split; ids beside each), Kamal Eddine,
 * Tixier and Vazirgiannis 2020, CC BY-SA 4.0.
 */
import { describe, expect, it } from 'vitest';
import type { SavedDigest } from '../../lib/library/record';
import { docVersion, SearchIndex, searchDoc, type SearchHit } from '../../lib/library/search-index';
import { isPack, PACK_FORMAT } from '../../lib/library/search-pack';
import { makeRecord } from '../../testing/library';

const ORANGESUM: [id: string, title: string, summary: string][] = [
  [
    '10141',
    "Paris : un bronze de 425 000 euros volé à deux pas de l'Élysée",
    "Une sculpture de l'artiste colombien Fernando Botero a été dérobée samedi au nez et à la barbe des visiteurs de la galerie Bartoux, toute proche du palais présidentiel, selon la radio RTL. Le vol a été rapide et... facile.",
  ],
  [
    '13223',
    'SNCF : Édouard Philippe dénonce un "détournement du droit de retrait"',
    'Alors que le trafic ferroviaire était encore très perturbé ce samedi, le Premier ministre a fustigé une "grève sauvage" à "l\'impact inacceptable pour des dizaines de milliers". Il a demandé à la SNCF d\'examiner toutes les suites, "y compris judiciaires", a-t-il précisé.',
  ],
  [
    '19507',
    'Réforme des retraites : des grévistes envahissent le siège de BlackRock',
    "Les manifestants ont été évacués dans le calme après l'intervention des forces de l'ordre.",
  ],
  [
    '33561',
    "Coronavirus: Trump annonce un sixième contrat pour 100 millions de doses d'un vaccin",
    'Le président Donald Trump a annoncé mardi un contrat de 1,5 milliard de dollars pour la livraison de 100 millions de doses du vaccin expérimental de la biotech américaine Moderna, le sixième contrat de ce genre depuis mai.',
  ],
  [
    '10674',
    "Beauvais : alcoolisé, un policier de l'Élysée sort son arme",
    "FAIT DIVERS. En repos au moment des faits, un policier chargé de la surveillance de l'Élysée a sorti son arme en plein centre-ville de Beauvais (Oise) dimanche soir, rapporte Le Parisien.",
  ],
  [
    '20938',
    'Le patron d\'ADP, venu en "client mystère", dénonce l\'attente à Roissy',
    "Augustin de Romanet, le président-directeur général d'ADP (Aéroports de Paris), a joué le \"patron incognito\" à Roissy, comme il l'a raconté samedi sur Twitter. Et il n'a pas apprécié cette expérience.",
  ],
  [
    '11634',
    'Retraites : pour Philippe Martinez, Emmanuel Macron "manque d\'humilité depuis le début"',
    "Le secrétaire général de la CGT s'en est pris à la réforme \"très dogmatique\" voulue par le chef de l'Etat, à la veille de l'annonce du plan du gouvernement par Edouard Philippe.",
  ],
];

function record(id: string, title: string, summary: string): SavedDigest {
  const base = makeRecord(Number(id));
  const sentences = summary.split(/(?<=[.!?])\s+/).map((text, index) => ({ index, text, block: 0, start: 0, end: text.length }));
  return {
    ...base,
    url: `https://actu.orange.fr/${id}`,
    tags: [],
    article: { ...base.article, url: `https://actu.orange.fr/${id}`, title, siteName: 'Orange Actualités', lang: 'fr' },
    digest: { ...base.digest, language: 'fr', heading: 'EN BREF', bullets: [{ text: sentences[0].text, sources: [0] }], faq: [] },
    sentences,
  };
}

const docs = ORANGESUM.map(([id, title, summary]) => searchDoc(record(id, title, summary)));
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
