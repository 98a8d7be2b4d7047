/**
 * The digest's "at a glance" table (issue 22): the embedded engine's table from an article's
 * aspect sub-headings (lib/engine/embedded/table.ts), none on news stories, and the optional
 * engines' rows checked like bullets (lib/engine/model/assemble.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { aspectOf, buildTable, pageTable } from '../../lib/engine/embedded/table';
import { extractArticle } from '../../lib/extract/extract';
import { isTrimOf } from '../../lib/engine/embedded/compress';
import { checkRow, DigestBuilder, tableOf } from '../../lib/engine/model/assemble';
import { parseItems } from '../../lib/engine/model/json-items';
import { DIGEST_SCHEMA, digestMessages, FAQ_SCHEMA, faqMessages } from '../../lib/engine/model/prompt';
import { digestArticle } from '../../lib/digest';
import { languagePack, supportedLanguages } from '../../lib/text/lang';
import { segmentArticle } from '../../lib/text/segment';
import type { Article, Block, Sentence } from '../../lib/types';
import { listFixtures } from '../../testing/fixtures';
import { article } from '../../testing/pages';

const withBlocks = (a: Article, blocks: Block[]): Article => ({ ...a, blocks, text: blocks.map((b) => b.text).join('\n\n') });
const tableOfArticle = (a: Article) => buildTable(a, segmentArticle(a.blocks, a.lang));

describe('aspectOf: a sub-heading as an aspect', () => {
  const en = languagePack('en');
  it('a few words naming a part of the story are an aspect, without numbering or a final colon', () => {
    expect(aspectOf('Range and Charging', en)).toEqual({ aspect: 'Range and Charging' });
    expect(aspectOf('3. Interior and Technology:', en)).toEqual({ aspect: 'Interior and Technology' });
    expect(aspectOf('Hausse des prix immobiliers', languagePack('fr'))).toEqual({ aspect: 'Hausse des prix immobiliers' });
  });
  it('a long heading "X – Y" gives its head, when that is a few words', () => {
    expect(aspectOf('Die elektronische Patientenakte – viele Modelle und kaum Vernetzung', languagePack('de'))).toEqual({
      aspect: 'Die elektronische Patientenakte',
    });
  });
  it('parts of the text are structural, not aspects: they give no row', () => {
    expect(aspectOf('Conclusion', en)).toBe('structural');
    expect(aspectOf('Fazit', languagePack('de'))).toBe('structural');
    expect(aspectOf('En conclusion', languagePack('fr'))).toBe('structural');
  });
  it('a sentence, a question, a quotation, a credit or a call to read on is no aspect (the page then gets no table)', () => {
    for (const h of [
      'Why Delhi’s air pollution gets so bad this time of year',
      'Stadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn’t Cheap',
      'What Does Stadia Offer?',
      '« Tel un oiseau »',
      '"Militaires putschistes"',
      'Sakib Ali/Hindustan Times/Getty Images',
      'Sign up for our newsletter',
      'Our hiking survival kit is really very simple.',
    ])
      expect(aspectOf(h, en), h).toBeUndefined();
  });
});

describe('the embedded table', () => {
  it('an article organised in aspects under sub-headings (a car launch) gets one row per aspect, each a trimmed sentence of its section about it', () => {
    const a = article('en-slashgear-etron');
    const { sentences, digest } = digestArticle(a);
    const t = digest.table!;
    expect(t).not.toBeNull();
    expect(t.kind).toBe('aspects');
    expect(t.caption).toBe('At a glance');
    expect(t.columns).toEqual(['Aspect', 'What the article says']);
    expect(t.rows.map((r) => r.aspect)).toEqual(['Power and Performance', 'Range and Charging', 'Interior and Technology']);
    const headingBlock = (text: string) => a.blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
    t.rows.forEach((r, k) => {
      expect(r.sources).toHaveLength(1);
      const s = sentences[r.sources[0]];
      // The row's text is its sentence, trimmed; the sentence is in the aspect's section.
      expect(isTrimOf(r.text, s.text)).toBe(true);
      expect(s.block).toBeGreaterThan(headingBlock(r.aspect));
      if (k + 1 < t.rows.length) expect(s.block).toBeLessThan(headingBlock(t.rows[k + 1].aspect));
    });
    expect(t.rows[1].text).toBe('The e-tron Sportback 50 should deliver around 215 miles on a charge.');
  });

  it('news stories, a list of twenty people, a page of captions as headings, a Wikipedia article: no table', () => {
    const tables = listFixtures()
      .filter((slug) => slug !== 'en-slashgear-etron' && !slug.startsWith('synthetic-no-article'))
      .map((slug) => [slug, digestArticle(article(slug)).digest.table]);
    expect(tables.filter(([, t]) => t !== null)).toEqual([]);
  });

  it('one sub-heading that is no aspect (a quotation) means no table: a wrong table is worse than none', () => {
    const a = article('en-slashgear-etron');
    expect(tableOfArticle(a)).not.toBeNull();
    const quoted = a.blocks.map((b) => (b.kind === 'heading' && b.text === 'Range and Charging' ? { ...b, text: '“Range and Charging”' } : b));
    expect(tableOfArticle(withBlocks(a, quoted))).toBeNull();
  });

  it('headings of one series share their typography: a button among capitalised headings means no table', () => {
    const a = article('en-slashgear-etron');
    const shouting = a.blocks.map((b) => (b.kind === 'heading' && b.text !== 'Power and Performance' ? { ...b, text: b.text.toUpperCase() } : b));
    expect(tableOfArticle(withBlocks(a, shouting))).toBeNull();
    const allShouting = a.blocks.map((b) => (b.kind === 'heading' ? { ...b, text: b.text.toUpperCase() } : b));
    expect(tableOfArticle(withBlocks(a, allShouting))?.rows.map((r) => r.aspect)).toEqual([
      'POWER AND PERFORMANCE',
      'RANGE AND CHARGING',
      'INTERIOR AND TECHNOLOGY',
    ]);
  });

  it('a "Conclusion" section gives no row; fewer than three aspects, or more than six, give no table', () => {
    const a = article('en-slashgear-etron');
    const last = a.blocks.length - 3;
    const withConclusion = [...a.blocks.slice(0, last), { kind: 'heading' as const, level: 2, text: 'Conclusion' }, ...a.blocks.slice(last)];
    expect(tableOfArticle(withBlocks(a, withConclusion))?.rows.map((r) => r.aspect)).toEqual([
      'Power and Performance',
      'Range and Charging',
      'Interior and Technology',
    ]);
    // Two aspects: "Range and Charging" merged into the section before it.
    const two = a.blocks.filter((b) => !(b.kind === 'heading' && b.text === 'Range and Charging'));
    expect(tableOfArticle(withBlocks(a, two))).toBeNull();
    // Seven sections: a list, not a table of aspects.
    const paragraphs = a.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.kind === 'paragraph');
    const cuts = new Set(paragraphs.filter((_, k) => k % 3 === 2).map(({ i }) => i));
    let n = 0;
    const many = a.blocks.flatMap((b, i) => (cuts.has(i) ? [{ kind: 'heading' as const, level: 2, text: `Part ${++n} details` }, b] : [b]));
    expect(n + 3).toBeGreaterThan(6);
    expect(tableOfArticle(withBlocks(a, many))).toBeNull();
  });

  it('sections that hold too little of the article (sub-headings over its last paragraphs) give no table', () => {
    const a = article('en-slashgear-etron');
    // The three headings moved to the last paragraphs: most of the article is before them.
    const headings = a.blocks.filter((b) => b.kind === 'heading' && b.level === 2);
    const body = a.blocks.filter((b) => !headings.includes(b));
    const n = body.length;
    const late = [
      ...body.slice(0, n - 6),
      headings[0],
      ...body.slice(n - 6, n - 4),
      headings[1],
      ...body.slice(n - 4, n - 2),
      headings[2],
      ...body.slice(n - 2),
    ];
    expect(tableOfArticle(withBlocks(a, late))).toBeNull();
  });

  it('a page decoded with the wrong charset (C1 control characters in its text) gets no table', () => {
    const a = article('en-slashgear-etron');
    const garbled = a.blocks.map((b) => (b.kind === 'paragraph' ? { ...b, text: b.text.replace(/e/gu, '\u00c4\u0099') } : b));
    expect(tableOfArticle(withBlocks(a, garbled))).toBeNull();
  });

  it('every language pack names the table in its own words', () => {
    for (const code of supportedLanguages()) {
      const t = languagePack(code).table;
      expect(t, code).toBeDefined();
      expect(t!.caption && t!.aspect && t!.says && t!.figuresCaption && t!.figure && t!.counts, code).toBeTruthy();
    }
    expect(languagePack('fr').table!.says).toBe("Ce qu'en dit l'article");
  });
});

describe("the page's own table", () => {
  // Sentences of the car-launch fixture (Scrapinghub, MIT), set out as pages set their tables.
  const lead =
    '<p>Audi has revealed the second production model in its e-tron all-electric range, with the 2020 Audi e-tron Sportback making its debut at the LA Auto Show. Joining the Audi e-tron SUV, the new e-tron Sportback will have Quattro electric all-wheel drive as standard.</p>' +
    '<p>More akin to a four-door coupe than the SUV of the original e-tron, the new Sportback is just over 16 feet long and six feet wide, but 5.3 feet high. Steeply-raked D-pillars help give it a distinctive side profile.</p>';
  const rows: Array<[string, string]> = [
    ['Range', 'The e-tron Sportback 50 should deliver around 215 miles on a charge.'],
    ['Charging', 'The Sportback 50 has 120 kW charging.'],
    ['Interior', 'Inside, Audi is promising space for five, and only a 0.8-inch cut in headroom versus the e-tron SUV.'],
  ];
  const page = (table: string) => {
    const html = `<html lang="en"><head><title>2020 Audi e-tron Sportback revealed</title></head><body><article><h1>2020 Audi e-tron Sportback revealed</h1>${lead}${table}<p>A power tailgate is standard, and Audi will offer the car in thirteen different finishes.</p></article></body></html>`;
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url: 'https://cars.example/etron' });
    if (!r.ok) throw new Error(r.error.kind);
    return r.value;
  };
  const tr = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

  it('a two-column table of aspects and sentences gives the rows, under its own column headings', () => {
    const a = page(`<table><thead>${tr(['Aspect', 'What changes'], 'th')}</thead><tbody>${rows.map((r) => tr(r)).join('')}</tbody></table>`);
    const sentences = segmentArticle(a.blocks, a.lang);
    const t = pageTable(a, sentences)!;
    expect(t).toMatchObject({ kind: 'page', caption: 'At a glance', columns: ['Aspect', 'What changes'] });
    expect(t.rows.map((r) => [r.aspect, sentences[r.sources[0]].text])).toEqual(rows);
    for (const r of t.rows) expect(isTrimOf(r.text, sentences[r.sources[0]].text)).toBe(true);
    // Preferred to sub-headings, as the page's own FAQ is to generated questions.
    expect(buildTable(a, sentences)?.kind).toBe('page');
  });

  it('without a header, the language pack names the columns', () => {
    const a = page(`<table>${rows.map((r) => tr(r)).join('')}</table>`);
    expect(pageTable(a, segmentArticle(a.blocks, a.lang))?.columns).toEqual(['Aspect', 'What the article says']);
  });

  it('a table of figures, of three columns, or of two rows is not a table of aspects: none', () => {
    const figures = page(
      `<table>${tr(['Version', 'Battery', 'Range'], 'th')}${tr(['50 quattro', '71 kWh', '215 miles'])}${tr(['55 quattro', '95 kWh', '277 miles'])}${tr(['S line', '95 kWh', '250 miles'])}</table>`,
    );
    expect(pageTable(figures, segmentArticle(figures.blocks, figures.lang))).toBeNull();
    const three = page(`<table>${rows.map((r) => tr([...r, 'Yes'])).join('')}</table>`);
    expect(pageTable(three, segmentArticle(three.blocks, three.lang))).toBeNull();
    const two = page(
      `<table>${rows
        .slice(0, 2)
        .map((r) => tr(r))
        .join('')}</table>`,
    );
    expect(pageTable(two, segmentArticle(two.blocks, two.lang))).toBeNull();
  });
});

describe("the optional engines' table", () => {
  const sentences: Sentence[] = [
    'Audi has revealed the 2020 Audi e-tron Sportback at the LA Auto Show.',
    'In Europe, there’ll be two versions: the e-tron Sportback 50 quattro and the e-tron Sportback 55 quattro.',
    'They’ll have 71 kWh and 95 kWh of battery capacity, respectively, along with 230 kW and 265 kW of power.',
    'The e-tron Sportback 50 should deliver around 215 miles on a charge, while the e-tron Sportback 55 is rated for up to 277 miles.',
    'Inside, Audi is promising space for five, and only a 0.8-inch cut in headroom versus the e-tron SUV.',
    'A power tailgate is standard.',
  ].map((text, index) => ({ index, text, block: index, start: 0, end: text.length }));
  const ctx = { sentences, shown: new Set(sentences.map((s) => s.index)), lang: 'en' };
  const raw = (value: unknown) => ({ list: 'table' as const, value });

  it('the prompt and the schemas ask for the table, rows citing sentence numbers, none for a plain news story', () => {
    expect(DIGEST_SCHEMA.required).toEqual(['bullets', 'faq', 'table']);
    expect(DIGEST_SCHEMA.properties.table.items.required).toEqual(['aspect', 'text', 'sources']);
    expect(FAQ_SCHEMA.properties.table.items.required).toEqual(['aspect', 'text', 'sources']);
    const system = digestMessages({ article: { title: 'T', lang: 'fr' }, sentences, bullets: 3, faqItems: 2 })[0].content;
    expect(system).toContain('"table"');
    expect(system).toContain('for a plain news story, an empty array');
    expect(faqMessages({ article: { title: 'T', lang: 'fr' }, sentences, faqItems: 2 }).system).toContain('"table"');
  });

  it('a row its cited sentences carry is kept; one they do not (or citing nothing, or a figure they lack) is dropped', () => {
    expect(checkRow(raw({ aspect: 'Range', text: 'The Sportback 50 should deliver around 215 miles on a charge.', sources: [4] }), ctx)).toEqual({
      aspect: 'Range',
      text: 'The Sportback 50 should deliver around 215 miles on a charge.',
      sources: [3],
    });
    expect(checkRow(raw({ aspect: 'Range', text: 'The Sportback 50 can drive 400 miles without charging.', sources: [4] }), ctx)).toBeUndefined();
    expect(checkRow(raw({ aspect: 'Range', text: 'The Sportback 50 should deliver around 215 miles on a charge.', sources: [] }), ctx)).toBeUndefined();
    expect(checkRow(raw({ aspect: '300 miles', text: 'The Sportback 50 should deliver around 215 miles on a charge.', sources: [4] }), ctx)).toBeUndefined();
    expect(
      checkRow(raw({ aspect: 'A very long aspect that is really a whole sentence of its own', text: 'A power tailgate is standard.', sources: [6] }), ctx),
    ).toBeUndefined();
  });

  it("the builder makes a table of three to six verified rows, in the page's language; fewer: null", () => {
    const answer = JSON.stringify({
      bullets: [{ text: 'Audi has revealed the e-tron Sportback at the LA Auto Show.', sources: [1] }],
      faq: [],
      table: [
        { aspect: 'Versions', text: 'Europe gets two versions, the Sportback 50 quattro and the Sportback 55 quattro.', sources: [2] },
        { aspect: 'Range', text: 'The Sportback 50 should deliver around 215 miles on a charge.', sources: [4] },
        { aspect: 'Range', text: 'The Sportback 55 is rated for up to 277 miles.', sources: [4] },
        { aspect: 'Price', text: 'The Sportback costs 90,000 dollars.', sources: [1] },
        { aspect: 'Interior', text: 'Audi promises space for five inside.', sources: [5] },
      ],
    });
    const b = new DigestBuilder(ctx, { bullets: 3, faqItems: 2 });
    for (const item of parseItems(answer).items) b.addRaw(item);
    const d = b.digest({ engine: { id: 'openai', version: '1' }, contentHash: 'h', digestMs: 1 });
    expect(d.table).toEqual({
      caption: 'At a glance',
      columns: ['Aspect', 'What the article says'],
      kind: 'aspects',
      rows: [
        { aspect: 'Versions', text: 'Europe gets two versions, the Sportback 50 quattro and the Sportback 55 quattro.', sources: [1] },
        { aspect: 'Range', text: 'The Sportback 50 should deliver around 215 miles on a charge.', sources: [3] },
        { aspect: 'Interior', text: 'Audi promises space for five inside.', sources: [4] },
      ],
    });
    const none = new DigestBuilder(ctx, { bullets: 3, faqItems: 2 });
    for (const item of parseItems(JSON.stringify({ bullets: [], faq: [], table: [] })).items) none.addRaw(item);
    expect(none.digest({ engine: { id: 'openai', version: '1' }, contentHash: 'h', digestMs: 1 }).table).toBeNull();
  });

  it('rows whose aspects are all figures make a table of key figures', () => {
    const rows = [
      { aspect: '215 miles', text: 'The range of the Sportback 50 on a charge.', sources: [3] },
      { aspect: '277 miles', text: 'The range of the Sportback 55.', sources: [3] },
      { aspect: '95 kWh', text: 'The battery capacity of the Sportback 55.', sources: [2] },
    ];
    expect(tableOf(rows, 'fr')).toEqual({ caption: 'Chiffres clés', columns: ['Chiffre', "Ce qu'il compte"], kind: 'figures', rows });
  });
});
