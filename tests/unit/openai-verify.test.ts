/**
 * Citations of model output checked against the article (lib/engine/model/verify.ts and
 * assemble.ts), on realistic answers for real articles (tests/fixtures/engines/).
 */
import { describe, expect, it } from 'vitest';
import { alignSources, citedIndices, figures, names, support } from '../../lib/engine/model/verify';
import { asQuestion, checkItem, cleanLine, DigestBuilder } from '../../lib/engine/model/assemble';
import { parseItems } from '../../lib/engine/model/json-items';
import type { Sentence } from '../../lib/types';
import { loadArticle, recordedContent } from '../../testing/engines';

const sentence = (index: number, text: string): Sentence => ({ index, text, block: index, start: 0, end: text.length });

describe('citedIndices', () => {
  it('1-based numbers to indices of sentences the model saw, deduplicated, in order', () => {
    const shown = new Set([0, 1, 2, 5]);
    expect(citedIndices([3, 1, '2', '[6]', 3, 4, 0, -1, 1.5, null], shown)).toEqual([0, 1, 2, 5]);
    expect(citedIndices('3', shown)).toEqual([]);
    expect(citedIndices(undefined, shown)).toEqual([]);
  });
});

describe('figures and names', () => {
  it('figures meet however they are grouped', () => {
    expect(figures('1,500 people, 1 500 euros, 2,5 %, 3.38% and $55.12 in 2019, 300 more')).toEqual(['1500', '1500', '25', '338', '5512', '2019', '300']);
    const cited = [sentence(0, 'Trois personnes ont été blessées et 1 500 évacuées.')];
    expect(support('Trois blessés, 1500 personnes évacuées.', cited, 'fr').missingFigures).toEqual([]);
    expect(support('3 blessés et 1 500 évacués.', cited, 'fr').missingFigures).toEqual([]);
    expect(support('4 blessés et 1 500 évacués.', cited, 'fr').missingFigures).toEqual(['4']);
  });

  it('names are capitalised words that do not open a sentence; none in German', () => {
    expect(names('Le maire de Lyon, Grégory Doucet, a parlé. Puis Paris a suivi.', 'fr')).toEqual(['Lyon', 'Grégory', 'Doucet', 'Paris']);
    expect(names('Die Regierung in Berlin', 'de')).toEqual([]);
  });
});

describe('support', () => {
  const cited = [sentence(4, 'The mayor closed the bridge on Monday after engineers found cracks in two of its pillars.')];

  it('a faithful rewrite is verified', () => {
    const s = support('Engineers found cracks in two pillars, so the mayor closed the bridge on Monday.', cited, 'en');
    expect(s.verified).toBe(true);
    expect(s.share).toBeGreaterThan(0.8);
  });

  it('a wrong figure, a new name or a different story is not', () => {
    expect(support('The mayor closed the bridge after cracks appeared in 3 pillars.', cited, 'en')).toMatchObject({ verified: false, missingFigures: ['3'] });
    expect(support('Mayor Smith closed the bridge on Monday.', cited, 'en')).toMatchObject({ verified: false, missingNames: ['Smith'] });
    expect(support('Residents protested against the new parking fees downtown.', cited, 'en').verified).toBe(false);
  });

  it('no citation, or too many to mean anything, is not verified', () => {
    expect(support('The mayor closed the bridge.', [], 'en').verified).toBe(false);
    const many = Array.from({ length: 7 }, (_, i) => sentence(i, 'The mayor closed the bridge on Monday.'));
    expect(support('The mayor closed the bridge.', many, 'en').verified).toBe(false);
  });
});

describe('alignSources (lines that come without citations)', () => {
  it('finds the sentence a key point comes from, and a second one when it adds enough', () => {
    const { sentences } = loadArticle('orangesum10010');
    expect(alignSources('La Guinée a fermé ses frontières dès son premier cas de contamination, en mars.', sentences, 'fr')).toEqual([5]);
    const both = alignSources('Sept ou huit hôtels de Conakry ont refusé Raymond Lee ; un individu lui a pris 50 euros.', sentences, 'fr');
    expect(both).toEqual([6, 9]);
    expect(alignSources('', sentences, 'fr')).toEqual([]);
  });
});

describe('checkItem and DigestBuilder on the recorded answers', () => {
  it('gpt-4o-mini on OrangeSum 10010 (fr): the invented distance is unverified, the answer citing [40] is dropped', () => {
    const a = loadArticle('orangesum10010');
    const ctx = { sentences: a.sentences, shown: new Set(a.sentences.map((s) => s.index)), lang: 'fr' };
    const b = new DigestBuilder(ctx, { bullets: 4, faqItems: 4 });
    for (const raw of parseItems(recordedContent('orangesum-10010.gpt-4o-mini.sse')).items) b.addRaw(raw);
    const d = b.digest({ engine: { id: 'openai', version: 't', model: 'gpt-4o-mini' }, contentHash: a.digest.contentHash, digestMs: 1 });
    expect(d.heading).toBe('EN BREF');
    expect(d.language).toBe('fr');
    expect(d.bullets.map((x) => x.verified)).toEqual([true, true, false, true]);
    expect(d.bullets[2].text).toMatch(/30 000 kilomètres/);
    expect(d.bullets[0].sources).toEqual([0, 1]);
    expect(d.faq.map((f) => f.question)).toEqual([
      'Qui est Raymond Lee\u202f?',
      'Pourquoi est-il bloqué en Guinée\u202f?',
      'Où a-t-il trouvé à se loger\u202f?',
    ]);
    expect(d.faq.every((f) => f.verified && f.origin === 'model')).toBe(true);
    expect(d.dropped).toBe(1);
    for (const item of [...d.bullets, ...d.faq]) for (const i of item.sources) expect(a.sentences[i]).toBeDefined();
  });

  it('llama3.2 on Reuters (en): the off-by-one citation and the wrong yield are unverified', () => {
    const a = loadArticle('reutersOil');
    const ctx = { sentences: a.sentences, shown: new Set(a.sentences.map((s) => s.index)), lang: 'en' };
    const b = new DigestBuilder(ctx, { bullets: 4, faqItems: 4 });
    for (const raw of parseItems(recordedContent('reuters-oil.llama3.2.sse')).items) b.addRaw(raw);
    const d = b.digest({ engine: { id: 'openai', version: 't' }, contentHash: 'h', digestMs: 1 });
    expect(d.heading).toBe('In brief');
    expect(d.bullets.map((x) => x.verified)).toEqual([true, true, true, false]);
    expect(d.bullets[3].text).toMatch(/Trump/);
    expect(d.faq.map((x) => x.verified)).toEqual([true, true, true, false]);
    expect(d.faq[3].answer).toMatch(/1\.75%/);
    expect(d.dropped).toBeUndefined();
  });

  it('only sentences the model was shown can be cited', () => {
    const a = loadArticle('reutersOil');
    const ctx = { sentences: a.sentences, shown: new Set([0, 1, 2]), lang: 'en' };
    expect(checkItem({ list: 'bullets', value: { text: 'Oil fell.', sources: [9] } }, ctx)).toEqual({ ok: false, reason: 'no-sources' });
    expect(checkItem({ list: 'bullets', value: { text: '  ', sources: [1] } }, ctx)).toEqual({ ok: false, reason: 'empty' });
  });

  it('keeps at most what was asked, without repeats', () => {
    const sentences = [sentence(0, 'The bridge is closed.'), sentence(1, 'Traffic is diverted.')];
    const b = new DigestBuilder({ sentences, shown: new Set([0, 1]), lang: 'en' }, { bullets: 2, faqItems: 0 });
    expect(b.addRaw({ list: 'bullets', value: { text: 'The bridge is closed.', sources: [1] } })).toBeDefined();
    expect(b.addRaw({ list: 'bullets', value: { text: 'the bridge is closed', sources: [1] } })).toBeUndefined();
    expect(b.addRaw({ list: 'bullets', value: { text: 'Traffic is diverted.', sources: [2] } })).toBeDefined();
    expect(b.addRaw({ list: 'bullets', value: { text: 'A third line.', sources: [2] } })).toBeUndefined();
    expect(b.addRaw({ list: 'faq', value: { question: 'Why?', answer: 'Because.', sources: [1] } })).toBeUndefined();
  });
});

describe('line cleaning', () => {
  it('list markers, bold, control characters and runs of space go; questions get their mark', () => {
    expect(cleanLine('  - **Oil** fell\u0007 sharply\n today ')).toBe('Oil fell sharply today');
    expect(cleanLine(42)).toBe('');
    expect(cleanLine('x '.repeat(400)).length).toBeLessThanOrEqual(601);
    expect(asQuestion('Pourquoi ?', 'fr')).toBe('Pourquoi\u202f?');
    expect(asQuestion('Why did it close', 'en')).toBe('Why did it close?');
  });
});
