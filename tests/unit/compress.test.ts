import { describe, expect, it } from 'vitest';
import { compressSentence, isTrimOf, lineLength } from '../../lib/engine/embedded/compress';

// Sentences from OrangeSum (AFP stories on actu.orange.fr, CC BY-SA 4.0: see tests/fixtures/NOTICE)
// and sentences written for this project where a rule needs a case the licensed data lacks.
const ORANGESUM_5777 = [
  "Il n'existe pas de statistiques officielles sur le nombre de musulmans, étrangers ou italiens, décédés pendant l'épidémie, qui a frappé la Lombardie (nord) de plein fouet et a fait près de 34.000 morts dans toute la péninsule.",
  "Pendant la pandémie, avec l'interruption de toutes les liaisons aériennes, les corps des musulmans décédés -du coronavirus ou autre- n'ont pas pu être rapatriés dans leurs pays d'origine, comme c'était majoritairement le cas jusqu'à récemment.",
  "Un cas notamment a défrayé la chronique: Hira Ibrahim, une Macédonienne qui a perdu sa mère du Covid-19 à Pisogne (nord), et s'est retrouvé obligée de conserver son corps à la maison pendant plus de dix jours.",
];

describe('compressSentence', () => {
  it('leaves a short line as it is, but for its dateline and connective', () => {
    expect(compressSentence('LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.', 'en')).toBe('Oil prices fell on Tuesday as oversupply worries returned.');
    expect(compressSentence("Par ailleurs, 19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.", 'fr')).toBe(
      "19 personnes se sont présentées directement au Centre hospitalier régional d'Orléans.",
    );
    expect(compressSentence('Orange a publié ses résultats trimestriels mardi.', 'fr')).toBe('Orange a publié ses résultats trimestriels mardi.');
    expect(compressSentence('So far the storm has killed 12 people in the region.', 'en')).toBe('So far the storm has killed 12 people in the region.');
  });

  it('never drops who makes a claim or says the words', () => {
    // The held-out readers' case: "Hege said" trimmed away made a claim the article's.
    expect(compressSentence('Selling a product is difficult, but altering behavior is much more difficult, Hege said.', 'en')).toBe(
      'Selling a product is difficult, but altering behavior is much more difficult, Hege said.',
    );
    expect(compressSentence('Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.', 'fr')).toBe('Le chauffeur du camion a été placé en garde à vue pour meurtre, a-t-il ajouté.');
    expect(compressSentence("Son client n'a jamais eu l'intention de frapper le policier et s'est seulement défendu lors de l'interpellation, selon son avocat.", 'fr')).toMatch(/selon son avocat\.$/);
    const long =
      'Street sales have been particularly noticeable near uptown subway stations for more than six years, according to Dr. Michael Mowatt-Wynn, the president of the community council of the precinct.';
    expect(compressSentence(long, 'en')).toBe('Street sales have been particularly noticeable near uptown subway stations for more than six years, according to Dr. Michael Mowatt-Wynn.');
    expect(compressSentence('"We will not give up on this fight for our community," she said.', 'en')).toBe('"We will not give up on this fight for our community," she said.');
  });

  it('shortens a long line by its asides: parentheses, relative clauses, appositions, a scene-setting opening', () => {
    expect(compressSentence(ORANGESUM_5777[0], 'fr')).toBe(
      "Il n'existe pas de statistiques officielles sur le nombre de musulmans, étrangers ou italiens, décédés pendant l'épidémie.",
    );
    const c = compressSentence(ORANGESUM_5777[1], 'fr');
    expect(c.startsWith('Les corps des musulmans décédés')).toBe(true);
    expect(c).toContain("n'ont pas pu être rapatriés");
    expect(compressSentence('The company, which was founded in 1998 by two students, said on Tuesday it would cut 1,200 jobs, blaming weak demand in Europe.', 'en')).toBe(
      'The company, which was founded in 1998 by two students, said on Tuesday it would cut 1,200 jobs.',
    );
    expect(
      compressSentence('Die Regierung, die seit dem vergangenen Frühjahr mit knapper Mehrheit im Amt ist, will die Steuern in diesem Jahr trotz der Proteste nicht erhöhen.', 'de'),
    ).toBe('Die Regierung will die Steuern in diesem Jahr trotz der Proteste nicht erhöhen.');
    expect(
      compressSentence('Правительство, которое было сформировано в мае после долгих переговоров между партиями, не будет повышать налоги в следующем году, несмотря на дефицит бюджета.', 'ru'),
    ).toBe('Правительство не будет повышать налоги в следующем году, несмотря на дефицит бюджета.');
  });

  it('keeps the figure while another aside can go, and a negation always', () => {
    const c = compressSentence(
      "Le gouvernement, qui a reçu les syndicats lundi soir à Matignon, ne reviendra pas sur la réforme, qui doit entrer en vigueur le 1er janvier et concerne 400.000 agents.",
      'fr',
    );
    expect(c).toContain('ne reviendra pas');
    expect(isTrimOf(c, "Le gouvernement, qui a reçu les syndicats lundi soir à Matignon, ne reviendra pas sur la réforme, qui doit entrer en vigueur le 1er janvier et concerne 400.000 agents.")).toBe(true);
  });

  it('does not cut an apposition that a conjunction continues', () => {
    const c = compressSentence(ORANGESUM_5777[2], 'fr');
    expect(c).not.toMatch(/Hira Ibrahim et s'est/);
  });

  it('drops the Chinese reporting frame and parentheses', () => {
    expect(compressSentence('证券时报网综合报道，美国财政部15日公布截至2011年10月底的世界各国及地区持有美国国债的状况。', 'zh')).toBe('美国财政部15日公布截至2011年10月底的世界各国及地区持有美国国债的状况。');
  });

  it('drops connectives in every language that can lose them', () => {
    expect(compressSentence('Aber die Regierung will die Steuern nicht erhöhen.', 'de')).toBe('Die Regierung will die Steuern nicht erhöhen.');
    // Verb-second: without "Allerdings" the sentence would start with its verb.
    expect(compressSentence('Allerdings will die Regierung die Steuern nicht erhöhen.', 'de')).toBe('Allerdings will die Regierung die Steuern nicht erhöhen.');
    expect(compressSentence('Sin embargo, el Gobierno no subirá los impuestos este año.', 'es')).toBe('El Gobierno no subirá los impuestos este año.');
    expect(compressSentence('Tuttavia, il governo non aumenterà le tasse questo anno.', 'it')).toBe('Il governo non aumenterà le tasse questo anno.');
    expect(compressSentence('No entanto, o governo não vai aumentar os impostos este ano.', 'pt')).toBe('O governo não vai aumentar os impostos este ano.');
    expect(compressSentence('Maar de regering verhoogt de belastingen dit jaar niet.', 'nl')).toBe('De regering verhoogt de belastingen dit jaar niet.');
    expect(compressSentence('Однако правительство не будет повышать налоги.', 'ru')).toBe('Правительство не будет повышать налоги.');
    expect(compressSentence('Jednak rząd nie podniesie podatków w tym roku.', 'pl')).toBe('Rząd nie podniesie podatków w tym roku.');
    expect(compressSentence('Ωστόσο η κυβέρνηση δεν θα αυξήσει τους φόρους.', 'el')).toBe('Η κυβέρνηση δεν θα αυξήσει τους φόρους.');
    expect(compressSentence('Ainsi soit-il, dit le prêtre à la fin de la messe.', 'fr')).toBe('Ainsi soit-il, dit le prêtre à la fin de la messe.');
  });

  it('every line is a trim of its sentence, never longer', () => {
    for (const s of [...ORANGESUM_5777, 'LONDON (Reuters) - Oil prices fell on Tuesday as oversupply worries returned.']) {
      const c = compressSentence(s, /[àéèç]/.test(s) ? 'fr' : 'en');
      expect(isTrimOf(c, s)).toBe(true);
      expect(lineLength(c, 'fr')).toBeLessThanOrEqual(lineLength(s, 'fr'));
    }
    expect(isTrimOf('Oil prices rose', 'Oil prices fell on Tuesday')).toBe(false);
    expect(isTrimOf('Tuesday oil', 'Oil prices fell on Tuesday')).toBe(false);
  });

  it('counts CJK lines in characters / 2', () => {
    expect(lineLength('美国财政部公布了持有美国国债的状况。', 'zh')).toBe(9);
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
