/**
 * The library's search on real news text: forgiving typos, word forms, accents, prefixes,
 * other words for the same thing and the other language; ranked; marked; "already in your
 * library".
 *
 * The titles and summaries below are from OrangeSum (validation split; ids given beside each),
 * Kamal Eddine, Tixier and Vazirgiannis 2020, CC BY-SA 4.0: the summary stands for the
 * digest's lines and the article's sentences.
 */
import { describe, expect, it } from 'vitest';
import { markedParts } from '../../lib/library/marks';
import { relatedHits, relatedQuery } from '../../lib/library/related';
import { SearchIndex, searchDoc } from '../../lib/library/search-index';
import { editDistanceFor, parseSearchQuery } from '../../lib/library/search-query';
import { indexTerms, termOf } from '../../lib/library/search-terms';
import { synonymLanguages, synonymsFor } from '../../lib/text/lang/synonyms';
import { ORANGESUM, orangesumRecord } from '../../testing/orangesum-records';

const records = ORANGESUM.map(([id, title, summary]) => orangesumRecord(id, title, summary));
const index = SearchIndex.of(records.map(searchDoc));
const top = (q: string) => index.search(q)[0]?.url.split('/').pop();

describe('index terms', () => {
  it('stems per language after folding accents, drops stopwords, keeps the language', () => {
    expect(indexTerms("Les bagarres de l'été dans un supermarché", 'fr')).toEqual(['fr:bagarr', 'fr:supermarch']);
    expect(indexTerms('Strikes and elections', 'en')).toEqual(['en:strike', 'en:elect']);
    // Typed without accents: the same term.
    expect(termOf('electricite', 'fr')).toBe(termOf('électricité', 'fr'));
    expect(termOf('2027', 'fr')).toBe('fr:2027');
    expect(termOf('l', 'fr')).toBeNull();
  });

  it('allows more typos in longer words, none in short ones', () => {
    expect([editDistanceFor('fr:arm'), editDistanceFor('fr:sncf'), editDistanceFor('fr:bagarr'), editDistanceFor('fr:supermarch')]).toEqual([0, 1, 1, 2]);
  });

  it('reads a query in every language of the library, the word being typed as a prefix too', () => {
    const [greve, sncf] = parseSearchQuery('grève sncf', ['fr', 'en']);
    expect(greve.alternatives.filter((a) => a.weight === 1).map((a) => a.terms.join(' '))).toEqual(['fr:grev', 'en:greve']);
    // Its equivalents, in both languages, weighted lower.
    const synonyms = greve.alternatives.filter((a) => a.weight < 1).map((a) => a.terms.join(' '));
    expect(synonyms).toEqual(expect.arrayContaining(['fr:mouv fr:social', 'fr:cheminot', 'en:strike']));
    expect(sncf.alternatives.some((a) => a.prefix)).toBe(true);
    expect(parseSearchQuery('grève sncf ', ['fr'])[1].alternatives.some((a) => a.prefix)).toBe(false);
    expect(parseSearchQuery(' ,; ', ['fr'])).toEqual([]);
  });
});

describe('synonym tables', () => {
  it('share their concepts across languages, each phrase with an index term', () => {
    const concepts = Object.keys(synonymsFor('fr')).sort();
    for (const lang of synonymLanguages()) {
      expect(Object.keys(synonymsFor(lang)).sort(), lang).toEqual(concepts);
      for (const [concept, phrases] of Object.entries(synonymsFor(lang))) {
        expect(phrases.length, `${lang} ${concept}`).toBeGreaterThan(0);
        for (const p of phrases) expect(indexTerms(p, lang).length, `${lang} "${p}"`).toBeGreaterThan(0);
      }
    }
  });
});

describe('search on OrangeSum articles', () => {
  it('finds the article from what a reader half remembers', () => {
    // Exact words, then one typo, another form, no accents, a prefix while typing.
    expect(top('sculpture botero')).toBe('10141');
    expect(top('sculture botero')).toBe('10141');
    expect(top('sculptures volées')).toBe('10141');
    expect(top('elysee bronze vole')).toBe('10141');
    expect(top('bronze bot')).toBe('10141');
    expect(top('policier alcoolise beauv')).toBe('10674');
    // Other words for the same thing: "grève" for the grévistes, "train" for the SNCF.
    expect(top('grève blackrock')).toBe('19507');
    expect(top('train grève sauvage')).toBe('13223');
    // The other language: the stems agree ("vaccine" / "vaccin"), or the tables say so.
    expect(top('vaccine trump')).toBe('33561');
    expect(top('strike blackrock')).toBe('19507');
    expect(top('pension reform martinez')).toBe('11634');
  });

  it('ranks the records matching every word first, then by how well', () => {
    const hits = index.search('philippe retraites');
    expect(hits[0].url.split('/').pop()).toBe('11634');
    expect(hits[0].matched).toBe(2);
    // "Philippe" alone (the SNCF article) comes after the one with both words.
    const sncf = hits.findIndex((h) => h.url.endsWith('13223'));
    const both = hits.findIndex((h) => h.url.endsWith('11634'));
    expect(both).toBeLessThan(sncf);
    expect(hits[sncf].matched).toBe(1);
    // The title counts more than a sentence.
    const elysee = index.search('élysée').map((h) => h.url.split('/').pop());
    expect(elysee.slice(0, 2).sort()).toEqual(['10141', '10674']);
    // Then the equivalents ("président", "chef de l'État"), below the word itself.
    expect(elysee.slice(2).sort()).toEqual(['11634', '20938', '33561']);
    expect(index.search('zzzz')).toEqual([]);
  });

  it('marks the words that matched, in their written form', () => {
    const hit = index.search('sculture botero volé')[0];
    const r = records.find((x) => x.url === hit.url)!;
    const terms = new Set(hit.terms);
    const marked = markedParts(r.sentences[0].text, 'fr', terms)
      .filter((p) => p.marked)
      .map((p) => p.text);
    expect(marked).toEqual(['sculpture', 'Botero']);
    const title = markedParts(r.article.title, 'fr', terms);
    expect(title.map((p) => p.text).join('')).toBe(r.article.title);
    expect(title.filter((p) => p.marked).map((p) => p.text)).toEqual(['volé']);
    expect(markedParts('Rien à voir', 'fr', new Set())).toEqual([{ text: 'Rien à voir', marked: false }]);
  });

  it('filters before ranking', () => {
    const samedi = index.search('samedi').map((h) => h.url.split('/').pop());
    expect(samedi.sort()).toEqual(['10141', '13223', '20938']);
    expect(
      index
        .search('samedi', (url) => !url.endsWith('10141'))
        .map((h) => h.url.split('/').pop())
        .sort(),
    ).toEqual(['13223', '20938']);
  });
});

describe('already in your library', () => {
  it('finds a saved digest on the same subject, not the page itself nor another subject', () => {
    // Another article on the pension reform (OrangeSum 12114), read after 11634 was saved.
    const page = {
      title: 'Retraites : "Nous ne transigerons pas sur l\'objectif", insiste Edouard Philippe',
      lang: 'fr',
      lines: [
        'Le Premier ministre a martelé sa volonté de "prendre le temps" pour mener à bien sa réforme vers un système de "solidarité universelle".',
        'La réforme des retraites est voulue par le gouvernement.',
        'Le gouvernement présentera sa réforme mercredi.',
      ],
    };
    expect(relatedQuery(page)).toBe('Retraites : "Nous ne transigerons pas sur l\'objectif", insiste Edouard Philippe réforme gouvernement ');
    const related = relatedHits(index, page).map((h) => h.url.split('/').pop());
    expect(related[0]).toBe('11634');
    expect(related).not.toContain('10141');
    // The page's own record is left out.
    const own = records.find((r) => r.url.endsWith('10141'))!;
    const self = relatedHits(index, { title: own.article.title, lang: 'fr', lines: own.sentences.map((s) => s.text) }, own.url);
    expect(self.map((h) => h.url)).not.toContain(own.url);
    // A page on nothing saved: nothing.
    expect(
      relatedHits(index, {
        title: 'Tour de France : Pogacar gagne au sommet du Ventoux',
        lang: 'fr',
        lines: ['Le cycliste slovène a gagné l’étape du Ventoux.'],
      }),
    ).toEqual([]);
  });
});
