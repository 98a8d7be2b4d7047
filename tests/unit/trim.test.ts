import { describe, expect, it } from 'vitest';
import { isTrimOf, trimForBullet } from '../../lib/engine/embedded/trim';

// Sentences from OrangeSum articles and Reuters (Scrapinghub), and sentences written for the
// rules in the style of English agency copy.
describe('trimForBullet', () => {
  it('English: drops a leading connective and a closing "officials said"', () => {
    expect(trimForBullet('However, she played only nine matches and returned to Spain in 2015.', 'en')).toBe('She played only nine matches and returned to Spain in 2015.');
    expect(
      trimForBullet(
        'A six-year-old girl is recovering after falling from a climbing frame at a playground in the town centre while her parents were watching, officials said.',
        'en',
      ),
    ).toBe('A six-year-old girl is recovering after falling from a climbing frame at a playground in the town centre while her parents were watching.');
    expect(trimForBullet('A second driver was taken to hospital with a broken arm and cuts to his face, police said.', 'en')).toBe(
      'A second driver was taken to hospital with a broken arm and cuts to his face.',
    );
    expect(trimForBullet('LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.', 'en')).toBe('Oil prices fell on Tuesday as oversupply worries returned.');
  });

  it('French: drops "Cependant,", "Par ailleurs,", "Mais," and ", a-t-il ajouté."', () => {
    expect(trimForBullet("Cependant, la loi régissant ces unions comprend des restrictions, ce qui n'est pas le cas pour les mariages hétérosexuels.", 'fr')).toBe(
      "La loi régissant ces unions comprend des restrictions, ce qui n'est pas le cas pour les mariages hétérosexuels.",
    );
    expect(trimForBullet("Par ailleurs, 19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.", 'fr')).toBe(
      "19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.",
    );
    expect(trimForBullet('Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.', 'fr')).toBe('Le chauffeur du camion a été placé en garde à vue pour meurtre.');
    expect(trimForBullet('Mais, en utilisant des guillemets pour encadrer la phrase, elle aurait créé un malentendu.', 'fr')).toBe(
      'En utilisant des guillemets pour encadrer la phrase, elle aurait créé un malentendu.',
    );
  });

  it('keeps the speaker of a quotation', () => {
    expect(trimForBullet('"We will not give up on this fight for our community," she said.', 'en')).toBe('"We will not give up on this fight for our community," she said.');
    expect(trimForBullet("\"Ils ne m'ont pas accepté parce que j'étais Asiatique\", souligne-t-il.", 'fr')).toBe("\"Ils ne m'ont pas accepté parce que j'étais Asiatique\", souligne-t-il.");
  });

  it('leaves words that only look like connectives', () => {
    expect(trimForBullet('Ainsi soit-il, dit le prêtre à la fin de la messe.', 'fr')).toBe('Ainsi soit-il, dit le prêtre à la fin de la messe.');
    expect(trimForBullet('Orange a publié ses résultats trimestriels mardi.', 'fr')).toBe('Orange a publié ses résultats trimestriels mardi.');
    expect(trimForBullet('So far the storm has killed 12 people in the region.', 'en')).toBe('So far the storm has killed 12 people in the region.');
    expect(trimForBullet('Andrew Smith won the race.', 'en')).toBe('Andrew Smith won the race.');
  });

  it('drops parenthetical asides only from a long line', () => {
    const long =
      'The plan (first announced by the mayor in May after two years of studies) was dropped after protests from local residents and shop owners who said that it would hurt trade in the old town.';
    expect(trimForBullet(long, 'en')).toBe('The plan was dropped after protests from local residents and shop owners who said that it would hurt trade in the old town.');
    expect(trimForBullet('À Trappes (Yvelines), le maire a inauguré le stade.', 'fr')).toBe('À Trappes (Yvelines), le maire a inauguré le stade.');
    expect(trimForBullet('Le président (AFP) a parlé hier soir devant les députés réunis.', 'fr')).toBe('Le président a parlé hier soir devant les députés réunis.');
  });

  it('other languages: German, Spanish, Italian, Portuguese, Dutch connectives', () => {
    expect(trimForBullet('Aber die Regierung will die Steuern nicht erhöhen.', 'de')).toBe('Die Regierung will die Steuern nicht erhöhen.');
    // Verb-second: without "Allerdings" the sentence would start with its verb.
    expect(trimForBullet('Allerdings will die Regierung die Steuern nicht erhöhen.', 'de')).toBe('Allerdings will die Regierung die Steuern nicht erhöhen.');
    expect(trimForBullet('Bovendien verhoogt de regering de belastingen niet.', 'nl')).toBe('Bovendien verhoogt de regering de belastingen niet.');
    expect(trimForBullet('Sin embargo, el Gobierno no subirá los impuestos este año.', 'es')).toBe('El Gobierno no subirá los impuestos este año.');
    expect(trimForBullet('Tuttavia, il governo non aumenterà le tasse questo anno.', 'it')).toBe('Il governo non aumenterà le tasse questo anno.');
    expect(trimForBullet('No entanto, o governo não vai aumentar os impostos este ano.', 'pt')).toBe('O governo não vai aumentar os impostos este ano.');
    expect(trimForBullet('Maar de regering verhoogt de belastingen dit jaar niet.', 'nl')).toBe('De regering verhoogt de belastingen dit jaar niet.');
  });

  it('every trim is a trim: no word added, none moved', () => {
    const samples: Array<[string, string]> = [
      ['However, she played only nine matches and returned to Spain in 2015.', 'en'],
      ['Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.', 'fr'],
      ['LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.', 'en'],
    ];
    for (const [s, lang] of samples) expect(isTrimOf(trimForBullet(s, lang), s)).toBe(true);
    expect(isTrimOf('Oil prices rose', 'Oil prices fell on Tuesday')).toBe(false);
    expect(isTrimOf('Tuesday oil', 'Oil prices fell on Tuesday')).toBe(false);
  });
});

describe('hasUnbalancedQuotes', () => {
  it('tells half a quotation from a whole one, in each quoting style', async () => {
    const { hasUnbalancedQuotes } = await import('../../lib/text/quotes');
    expect(hasUnbalancedQuotes('« Non, je laisse la porte ouverte à ce qui peut se passer.')).toBe(true);
    expect(hasUnbalancedQuotes('« Non », a-t-il dit.')).toBe(false);
    expect(hasUnbalancedQuotes('Er sagte: „Wir machen weiter“.')).toBe(false);
    expect(hasUnbalancedQuotes('“We will go on,” she said.')).toBe(false);
    expect(hasUnbalancedQuotes('Si jamais, c\'est moi qui doit ramasser le drapeau, j\'irai ramasser le drapeau", a répondu le député.')).toBe(true);
  });
});
