/**
 * Extraction pieces: metadata and titles, blocks, the no-mutation promise, typed failures and
 * plain-text articles.
 */
import { describe, expect, it } from 'vitest';
import { blocksFromElement, normalizeSpace } from '../../lib/extract/blocks';
import { articleFromText, extractArticle, MAX_PAGE_CHARS } from '../../lib/extract/extract';
import { cleanTitle, readMetadata } from '../../lib/extract/metadata';
import type { Block } from '../../lib/types';
import { jsdomDocument, linkedomDocument, parseDocument } from '../../testing/dom';
import { loadFixture, type DomName } from '../../testing/fixtures';

const DOMS: DomName[] = ['linkedom', 'jsdom'];

/** Blocks of an HTML fragment, as blocksFromElement sees it. */
function blocksOf(fragment: string): Block[] {
  const doc = linkedomDocument(`<!DOCTYPE html><html><body><div id="root">${fragment}</div></body></html>`);
  return blocksFromElement(doc.getElementById('root')!);
}

/** A small page of our own; enough text for Readability. */
function page({ head = '', body }: { head?: string; body: string }): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}
const PARAGRAPHS = [
  "Fermée depuis l'automne 2022, la médiathèque Jeanne-Barret a rouvert samedi matin devant plus de quatre cents habitants venus de tout le canton.",
  "Le chantier a coûté 3,5 millions d'euros, dont un tiers financé par la région, et il a duré dix-huit mois au lieu des douze prévus au départ.",
  'La salle de lecture occupe désormais tout le rez-de-chaussée, baignée de lumière grâce à une verrière ouverte sur le jardin et ses vieux tilleuls.',
  'La médiathèque ouvrira le dimanche après-midi et jusqu’à vingt heures le mercredi, et les abonnements restent gratuits pour les moins de dix-huit ans.',
]
  .map((p) => `<p>${p}</p>`)
  .join('');

describe('cleanTitle', () => {
  it('removes the site name after a separator', () => {
    expect(cleanTitle('Le titre de l’article - Le Monde', 'Le Monde')).toBe('Le titre de l’article');
    expect(cleanTitle('New York State Attorney General reportedly investigating WeWork – TechCrunch', 'TechCrunch')).toBe(
      'New York State Attorney General reportedly investigating WeWork',
    );
    expect(cleanTitle('Oversupply angst drags oil lower, stocks drift near highs - Reuters', 'Reuters')).toBe(
      'Oversupply angst drags oil lower, stocks drift near highs',
    );
    expect(cleanTitle('Taylor Swift is allowed to play her music at the AMAs after all - BBC News', 'BBC News')).toBe(
      'Taylor Swift is allowed to play her music at the AMAs after all',
    );
  });

  it('removes the site name before a separator', () => {
    expect(cleanTitle('Le Monde | Le titre de l’article', 'Le Monde')).toBe('Le titre de l’article');
  });

  it('keeps colons and hyphens that belong to the headline', () => {
    expect(cleanTitle('Covid-19 : le point sur la situation - Le Monde', 'Le Monde')).toBe('Covid-19 : le point sur la situation');
    expect(cleanTitle('Municipales: Anne Hidalgo triomphe à Paris', 'Orange Actualités')).toBe('Municipales: Anne Hidalgo triomphe à Paris');
    expect(cleanTitle('Paris : un bronze de 425 000 euros volé à deux pas de l’Élysée', 'Orange Actualités')).toBe(
      'Paris : un bronze de 425 000 euros volé à deux pas de l’Élysée',
    );
  });

  it('keeps a tail that is not the site, and collapses whitespace', () => {
    expect(cleanTitle('Some headline - Other words', undefined)).toBe('Some headline - Other words');
    expect(cleanTitle('Some headline - Other words', 'Example')).toBe('Some headline - Other words');
    expect(cleanTitle('  Trop   d’espaces  |  Le Monde ', 'Le Monde')).toBe('Trop d’espaces');
  });

  it('keeps a headline that contains the site name', () => {
    expect(cleanTitle('The Guardian view on Hong Kong: a city on the brink | Editorial', 'the Guardian')).toBe(
      'The Guardian view on Hong Kong: a city on the brink | Editorial',
    );
  });

  it('matches the site name regardless of spaces ("TheHill" vs "The Hill")', () => {
    expect(cleanTitle('New York man pleads guilty to threatening to kill Omar | TheHill', 'The Hill')).toBe(
      'New York man pleads guilty to threatening to kill Omar',
    );
  });

  it('removes a site name that itself contains a separator', () => {
    expect(
      cleanTitle(
        'Black Friday per nostalgici: le occasioni da non perdere - Remember 80/90 - Memorabilia anni 80/90',
        'Remember 80/90 - Memorabilia anni 80/90',
      ),
    ).toBe('Black Friday per nostalgici: le occasioni da non perdere');
  });
});

describe('readMetadata', () => {
  it('reads what a real page declares (OrangeSum 10010)', () => {
    const doc = linkedomDocument(loadFixture('fr-orange-globe-trotteur').html);
    expect(readMetadata(doc)).toMatchObject({
      htmlLang: 'fr',
      ogLocale: 'fr',
      ogTitle: "Le coronavirus met des bâtons dans les roues d'un globe-trotteur asiatique",
      siteName: 'Orange Actualités',
      publishedTime: '2020-05-06T07:22:12+02:00',
      canonicalUrl: 'https://actu.orange.fr/societe/insolite/le-coronavirus-met-des-batons-dans-les-roues-d-un-globe-trotteur-asiatique-CNT000001pVN7l.html',
    });
  });

  it('falls back to <time datetime> and leaves fields undefined when absent', () => {
    const doc = linkedomDocument(page({ body: '<article><time datetime="2024-03-09">9 mars</time><p>Texte.</p></article>' }));
    const meta = readMetadata(doc);
    expect(meta.publishedTime).toBe('2024-03-09');
    expect(meta.siteName).toBeUndefined();
    expect(meta.author).toBeUndefined();
    expect(meta.canonicalUrl).toBeUndefined();
  });

  it('does not change the document', () => {
    const doc = linkedomDocument(loadFixture('synthetic-blocks-fr').html);
    const before = doc.documentElement.outerHTML;
    readMetadata(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('blocksFromElement', () => {
  it('keeps headings apart, with their level', () => {
    expect(blocksOf('<h2>Un bâtiment repensé</h2><p>Texte.</p><h3>Des horaires <small>élargis</small></h3><p>Suite.</p>')).toEqual([
      { kind: 'heading', level: 2, text: 'Un bâtiment repensé' },
      { kind: 'paragraph', text: 'Texte.' },
      { kind: 'heading', level: 3, text: 'Des horaires élargis' },
      { kind: 'paragraph', text: 'Suite.' },
    ]);
  });

  it('gives each list item its own block', () => {
    expect(
      blocksOf('<p>Les nouveaux espaces :</p><ul><li>une salle de lecture ;</li><li>un atelier <b>numérique</b> ;</li></ul><ol><li>premier</li></ol>'),
    ).toEqual([
      { kind: 'paragraph', text: 'Les nouveaux espaces :' },
      { kind: 'list-item', text: 'une salle de lecture ;' },
      { kind: 'list-item', text: 'un atelier numérique ;' },
      { kind: 'list-item', text: 'premier' },
    ]);
  });

  it('walks into nested lists', () => {
    expect(blocksOf('<ul><li>Parent<ul><li>Enfant un</li><li>Enfant deux</li></ul></li></ul>')).toEqual([
      { kind: 'list-item', text: 'Parent' },
      { kind: 'list-item', text: 'Enfant un' },
      { kind: 'list-item', text: 'Enfant deux' },
    ]);
  });

  it('keeps a plain blockquote as a quote', () => {
    expect(blocksOf("<p>Elle explique :</p><blockquote>Nous voulions un lieu où l'on vient sans raison.</blockquote>")).toEqual([
      { kind: 'paragraph', text: 'Elle explique :' },
      { kind: 'quote', text: "Nous voulions un lieu où l'on vient sans raison." },
    ]);
  });

  it('joins inline markup and <br> with spaces, and normalises whitespace', () => {
    expect(blocksOf('<p>Avant<br>après <b>gras</b>\n  <a href="#">lien</a>\u00a0fin.</p>')).toEqual([
      { kind: 'paragraph', text: 'Avant après gras lien fin.' },
    ]);
  });

  it('skips scripts, styles, buttons and figure captions', () => {
    const blocks = blocksOf(
      '<figure><img src="x.jpg" alt=""><figcaption>Légende photo ©AFP</figcaption></figure><script>var x = 1;</script><style>p{}</style><p>Corps du texte.<button>Partager</button></p>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Corps du texte.' }]);
  });

  it('turns loose text in a container into paragraphs of its own', () => {
    expect(blocksOf('<div>Texte libre <span>dans un span</span><p>Un paragraphe</p>encore du texte</div>')).toEqual([
      { kind: 'paragraph', text: 'Texte libre dans un span' },
      { kind: 'paragraph', text: 'Un paragraphe' },
      { kind: 'paragraph', text: 'encore du texte' },
    ]);
  });

  it('reads table cells and preformatted text', () => {
    expect(blocksOf('<table><tr><th>Ville</th><td>Paris</td></tr></table><pre>npm test</pre>')).toEqual([
      { kind: 'table-cell', text: 'Ville' },
      { kind: 'table-cell', text: 'Paris' },
      { kind: 'preformatted', text: 'npm test' },
    ]);
  });

  it('drops empty elements', () => {
    expect(blocksOf('<h3> </h3><p>\u00a0</p><p>Texte.</p><li></li>')).toEqual([{ kind: 'paragraph', text: 'Texte.' }]);
  });

  it('keeps a blockquote made of paragraphs as quotes', () => {
    expect(blocksOf('<blockquote><p>Première phrase citée.</p><p>Seconde phrase citée.</p></blockquote>').map((b) => b.kind)).toEqual(['quote', 'quote']);
  });

  it('keeps a list item made of a paragraph as a list item', () => {
    expect(blocksOf('<ul><li><p>Item en paragraphe</p></li></ul>')).toEqual([{ kind: 'list-item', text: 'Item en paragraphe' }]);
  });

  it('does not flatten blocks nested in a paragraph or inline element (what Readability makes of HubSpot bodies, see de-comwrap-epa)', () => {
    expect(blocksOf('<p><span><p>nested p in span</p><h3>H3 inside</h3></span></p>')).toEqual([
      { kind: 'paragraph', text: 'nested p in span' },
      { kind: 'heading', level: 3, text: 'H3 inside' },
    ]);
  });

  it('keeps words apart when a table cell holds several paragraphs', () => {
    expect(
      blocksOf('<table><tr><td><p>Premier</p><p>Second</p></td></tr></table>')
        .map((b) => b.text)
        .join(' '),
    ).toBe('Premier Second');
  });
});

describe('extractArticle on a page with sections, a list and a quote', () => {
  for (const dom of DOMS) {
    it(`[${dom}] keeps headings, list items and the quote, and drops navigation, share buttons and footer`, () => {
      const fixture = loadFixture('synthetic-blocks-fr');
      const result = extractArticle(parseDocument(dom, fixture.html, fixture.url), { url: fixture.url });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const a = result.value;
      expect(a.blocks.filter((b) => b.kind === 'heading')).toEqual([
        { kind: 'heading', level: 2, text: 'Un bâtiment repensé' },
        { kind: 'heading', level: 2, text: 'Des horaires élargis' },
      ]);
      expect(a.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
      expect(a.blocks.filter((b) => b.kind === 'quote')).toHaveLength(1);
      // The list comes after its introduction and before the second section.
      const kinds = a.blocks.map((b) => b.kind);
      expect(kinds.indexOf('list-item')).toBeGreaterThan(kinds.indexOf('heading'));
      expect(kinds.lastIndexOf('list-item')).toBeLessThan(kinds.lastIndexOf('heading'));
      // The <h1> is the title, not a section.
      expect(a.blocks.some((b) => b.text === a.title)).toBe(false);
      expect(a.text).not.toMatch(/Partager|S'abonner|Mentions légales|Politique/);
      expect(a.canonicalUrl).toBe('https://courrier-valcourt.example/culture/mediatheque-reouverture');
      expect(a.url).toBe(fixture.url);
      expect(a.wordCount).toBeGreaterThan(150);
    });
  }
});

describe('extractArticle never changes the page', () => {
  for (const dom of DOMS) {
    for (const slug of ['fr-orange-botero', 'en-nbc-omar', 'synthetic-blocks-fr', 'synthetic-no-article']) {
      it(`[${dom}] ${slug}: outerHTML identical before and after, and a second run gives the same article`, () => {
        const fixture = loadFixture(slug);
        const doc = parseDocument(dom, fixture.html, fixture.url);
        const before = doc.documentElement.outerHTML;
        const first = extractArticle(doc, { url: fixture.url });
        expect(doc.documentElement.outerHTML).toBe(before);
        const second = extractArticle(doc, { url: fixture.url });
        expect(second).toEqual(first);
        expect(doc.documentElement.outerHTML).toBe(before);
      });
    }
  }
});

describe('extractArticle failures are values, not exceptions', () => {
  for (const dom of DOMS) {
    it(`[${dom}] a sign-in page gives { ok: false, kind: "no-article" }`, () => {
      const fixture = loadFixture('synthetic-no-article');
      let result: ReturnType<typeof extractArticle> | undefined;
      expect(() => (result = extractArticle(parseDocument(dom, fixture.html), { url: fixture.url }))).not.toThrow();
      expect(result).toMatchObject({ ok: false, error: { kind: 'no-article' } });
    });

    it(`[${dom}] an empty page gives no-article`, () => {
      const result = extractArticle(parseDocument(dom, '<!DOCTYPE html><html><head><title>Vide</title></head><body></body></html>'));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.kind).toBe('no-article');
    });
  }

  it('a real article shorter than minWords gives no-article with the count in the detail', () => {
    const fixture = loadFixture('synthetic-blocks-fr');
    const result = extractArticle(linkedomDocument(fixture.html), { url: fixture.url, minWords: 5000 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('no-article');
      expect(result.error.detail).toMatch(/^\d+ words$/);
    }
  });

  it('a page larger than MAX_PAGE_CHARS gives page-too-large', () => {
    const doc = linkedomDocument(page({ body: '<p>x</p>' }));
    doc.body.querySelector('p')!.textContent = 'mot '.repeat(Math.ceil(MAX_PAGE_CHARS / 4) + 10);
    const result = extractArticle(doc);
    expect(result).toMatchObject({ ok: false, error: { kind: 'page-too-large' } });
  });
});

describe('extractArticle details', () => {
  it('takes the url from the document when none is given (jsdom)', () => {
    const doc = jsdomDocument(
      page({ head: '<title>Réouverture</title>', body: `<article><h1>Réouverture</h1>${PARAGRAPHS}</article>` }),
      'https://example.org/culture/reouverture',
    );
    const result = extractArticle(doc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.url).toBe('https://example.org/culture/reouverture');
      expect(result.value.siteName).toBe('example.org');
    }
  });

  it('resolves a relative canonical URL against the page URL', () => {
    const html = page({ head: '<title>Réouverture</title><link rel="canonical" href="/culture/reouverture">', body: `<article>${PARAGRAPHS}</article>` });
    const result = extractArticle(linkedomDocument(html), { url: 'https://www.example.org/culture/reouverture?utm=x' });
    expect(result.ok && result.value.canonicalUrl).toBe('https://www.example.org/culture/reouverture');
  });

  it('uses the host name as site name when the page declares none', () => {
    const html = page({ head: '<title>Réouverture</title>', body: `<article>${PARAGRAPHS}</article>` });
    const result = extractArticle(linkedomDocument(html), { url: 'https://www.courrier.example/a' });
    expect(result.ok && result.value.siteName).toBe('courrier.example');
  });

  it('text is the blocks joined by blank lines, and wordCount counts it', () => {
    const fixture = loadFixture('fr-orange-thon');
    const result = extractArticle(linkedomDocument(fixture.html), { url: fixture.url });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.value;
    expect(a.text.split('\n\n')).toEqual(a.blocks.map((b) => b.text));
    expect(a.wordCount).toBeGreaterThan(350);
    expect(a.lang).toBe('fr');
    expect(a.langSource).toBe('html-lang');
  });
});

describe('articleFromText', () => {
  const FR = [
    'La médiathèque rouvre ses portes',
    '',
    "Fermée depuis l'automne 2022, la médiathèque Jeanne-Barret a rouvert samedi matin devant plus de quatre cents habitants.",
    '',
    "Le chantier a coûté 3,5 millions d'euros, dont un tiers financé par la région.",
  ].join('\n');

  it('takes the first line as title and blank-line separated paragraphs as blocks', () => {
    const result = articleFromText(FR, { url: 'https://example.org/a' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      title: 'La médiathèque rouvre ses portes',
      url: 'https://example.org/a',
      siteName: 'example.org',
      lang: 'fr',
      langSource: 'detected',
      extractedBy: 'text',
    });
    expect(result.value.blocks).toEqual([
      { kind: 'paragraph', text: "Fermée depuis l'automne 2022, la médiathèque Jeanne-Barret a rouvert samedi matin devant plus de quatre cents habitants." },
      { kind: 'paragraph', text: "Le chantier a coûté 3,5 millions d'euros, dont un tiers financé par la région." },
    ]);
    expect(result.value.text).toBe(result.value.blocks.map((b) => b.text).join('\n\n'));
  });

  it('accepts a title line directly followed by text, and Windows line ends', () => {
    const result = articleFromText(
      'A title\r\nThe first paragraph follows the title line without a blank line between them.\r\n\r\nThe second paragraph is here, with some more words in it.',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.title).toBe('A title');
    expect(result.value.blocks.map((b) => b.text)).toEqual([
      'The first paragraph follows the title line without a blank line between them.',
      'The second paragraph is here, with some more words in it.',
    ]);
    expect(result.value.lang).toBe('en');
  });

  it('uses the language it is given', () => {
    const result = articleFromText('Title\n\nA short English paragraph with enough words to pass the minimum of ten words.', { lang: 'en-GB' });
    expect(result.ok && result.value.lang).toBe('en');
  });

  it('gives no-article for empty or too short text', () => {
    expect(articleFromText('   \n\n  ')).toMatchObject({ ok: false, error: { kind: 'no-article' } });
    expect(articleFromText('Titre seul')).toMatchObject({ ok: false, error: { kind: 'no-article' } });
    expect(articleFromText('Titre\n\nTrop court.')).toMatchObject({ ok: false, error: { kind: 'no-article' } });
  });
});

describe('normalizeSpace', () => {
  it('collapses spaces, no-break and zero-width spaces, and trims', () => {
    expect(normalizeSpace('  a\u00a0\u00a0b\u200b c\n\td  ')).toBe('a b c d');
  });
});
