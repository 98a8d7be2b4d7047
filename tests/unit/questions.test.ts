/**
 * Questions written from one sentence (lib/engine/embedded/questions.ts). The sentences come
 * from the fixture corpus (OrangeSum and Scrapinghub pages, tests/helpers/pages.ts): each case
 * names its article and a piece of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../lib/text/segment';
import { digestArticle } from '../../lib/digest';
import { acronymQuestion, actionQuestion, countQuestion, dateQuestion, placeQuestion, whyQuestion } from '../../lib/engine/embedded/questions';
import { grounded, wellFormed } from '../../lib/eval/faq-checks';
import type { Article } from '../../lib/types';
import { article } from '../helpers/pages';

/** OrangeSum validation pages, by their id in the corpus (tests/fixtures/NOTICE.md). */
const ORANGESUM: Record<string, string> = {
  '13089': 'fr-orange-prince-albert',
  '14087': 'fr-orange-cellule-soutien',
  '14658': 'fr-orange-venise-paquebot',
  '18704': 'fr-orange-casiraghi',
  '18800': 'fr-orange-grand-debat',
  '19858': 'fr-orange-lassalle',
  '21322': 'fr-orange-haute-corse',
  '25484': 'fr-orange-marseille-lacrymogene',
  '31694': 'fr-orange-grippe-vaccination',
  '35645': 'fr-orange-mali-putsch',
  '36385': 'fr-orange-camion-maison',
};
const orangeSum = (id: string): Article => article(ORANGESUM[id]);
/** The article's sentence that contains `piece`. */
function sentence(article: Article, piece: string): string {
  const found = segmentArticle(article.blocks, article.lang).find((s) => s.text.includes(piece));
  if (!found) throw new Error(`no sentence with "${piece}" in ${article.url}`);
  return found.text;
}
const NNBSP = '\u202f';

describe('why: "Pourquoi X a-t-il ... ?" with inversion, "est-ce que" when the subject’s gender is unknown', () => {
  it('French inversion after a noun subject, the pronoun agreeing with it', () => {
    const s = sentence(orangeSum('18800'), 'Un numéro vert sera par ailleurs créé');
    expect(whyQuestion(s, 'fr')).toBe(`Pourquoi un numéro vert sera-t-il par ailleurs créé${NNBSP}?`);
    const mutins = sentence(orangeSum('35645'), 'les mutins ont été acclamés');
    // The opening "Dans Bamako," is dropped; "ont été acclamés" tells the plural masculine.
    expect(whyQuestion(mutins, 'fr')).toBe(`Pourquoi les mutins ont-ils été acclamés par des manifestants rassemblés${NNBSP}?`);
    const enquete = sentence(orangeSum('36385'), 'Une enquête est en cours pour tenter');
    expect(whyQuestion(enquete, 'fr')).toBe(`Pourquoi une enquête est-elle en cours${NNBSP}?`);
  });

  it('"est-ce que" with elision when the text does not tell the gender; none for a pronoun subject', () => {
    expect(whyQuestion('Emmanuel Macron n’a pas souhaité s’exprimer afin de ne pas gêner l’enquête.', 'fr')).toBe(`Pourquoi est-ce qu'Emmanuel Macron n’a pas souhaité s’exprimer${NNBSP}?`);
    expect(whyQuestion('Les autorités ont décidé de fermer les écoles car le risque est élevé.', 'fr')).toBe(`Pourquoi est-ce que les autorités ont décidé de fermer les écoles${NNBSP}?`);
    expect(whyQuestion('Il a démissionné car il était malade.', 'fr')).toBeUndefined();
    // "M. Macron" in the article settles it: inversion.
    expect(whyQuestion('Emmanuel Macron a renoncé au déplacement en raison des grèves.', 'fr', () => 'm')).toBe(`Pourquoi Emmanuel Macron a-t-il renoncé au déplacement${NNBSP}?`);
    expect(whyQuestion('La SNCF a interrompu la circulation car les voies étaient inondées.', 'fr')).toBe(`Pourquoi la SNCF a-t-elle interrompu la circulation${NNBSP}?`);
    expect(whyQuestion("Les pompiers se sont mobilisés en raison des intempéries.", 'fr')).toBe(`Pourquoi les pompiers se sont-ils mobilisés${NNBSP}?`);
  });

  it('English subject-auxiliary inversion; reported speech and connectors are left alone', () => {
    const s = sentence(article('en-cnbc-emirates'), 'The 777 program has faced delays');
    expect(whyQuestion(s, 'en')).toBe('Why has the 777 program faced delays?');
    expect(whyQuestion('The road was closed because of flooding.', 'en')).toBe('Why was the road closed?');
    expect(whyQuestion('Police said the road was closed because of flooding.', 'en')).toBeUndefined();
    expect(whyQuestion('However US versions of the EV will have the regular mirrors because of rules.', 'en')).toBeUndefined();
    expect(whyQuestion('The company is due to report results on Monday.', 'en')).toBeUndefined();
  });
});

describe('where, how many, what is, what did, when', () => {
  it('"Que s’est-il passé à Manchester ?": the place as the article names it, the tense of the sentence', () => {
    expect(placeQuestion(sentence(orangeSum('21322'), 'plus de 310 litres'), 'fr')).toBe(`Que s'est-il passé à Béziers${NNBSP}?`);
    expect(placeQuestion('Le concert aura lieu au Stade de France en juin.', 'fr')).toBe(`Que va-t-il se passer au Stade de France${NNBSP}?`);
    // A person after "à", a medium, an institution cut short: no question.
    expect(placeQuestion('Le président a parlé à Emmanuel Macron mardi.', 'fr')).toBeUndefined();
    expect(placeQuestion('Il a expliqué à l’AFP François Calame que la charpente tiendrait.', 'fr')).toBeUndefined();
    expect(placeQuestion('Le texte a été validé au Conseil constitutionnel.', 'fr')).toBeUndefined();
    expect(placeQuestion('Three people were killed in Manchester on Tuesday.', 'en')).toBe('What happened in Manchester?');
    expect(placeQuestion('He was at the Cleveland zoo when he heard the child scream.', 'en')).toBeUndefined();
  });

  it('"Combien de personnes ont été évacuées ?" keeps the verb; a bare count asks for the noun only when it stands alone', () => {
    expect(countQuestion(sentence(orangeSum('21322'), 'personnes ont été évacuées'), 'fr')).toBe(`Combien de personnes ont été évacuées${NNBSP}?`);
    expect(countQuestion(sentence(orangeSum('14658'), 'Quatre personnes ont été blessées'), 'fr')).toBe(`Combien de personnes ont été blessées${NNBSP}?`);
    expect(countQuestion(sentence(orangeSum('21322'), 'sauvetages'), 'fr')).toBe(`Combien de sauvetages${NNBSP}?`);
    // Elision before a vowel; ages and money are not counts of things.
    expect(countQuestion('La ville compte 12 000 habitants.', 'fr')).toBe(`Combien d'habitants${NNBSP}?`);
    expect(countQuestion('Il a 33 ans et gagne 2 000 euros.', 'fr')).toBeUndefined();
    expect(countQuestion('At least 14 people died in the attacks.', 'en')).toBe('How many people died?');
  });

  it('"Qu’est-ce que l’IGPN ?": the acronym with the article the text gives it', () => {
    expect(acronymQuestion(sentence(orangeSum('25484'), '(IGPN)'), 'fr')).toBe(`Qu'est-ce que l'IGPN${NNBSP}?`);
    expect(acronymQuestion('Le groupe Électricité de France (EDF) va construire six réacteurs.', 'fr')).toBe(`Qu'est-ce qu'EDF${NNBSP}?`);
    expect(acronymQuestion('The International Atomic Energy Agency (IAEA) said Iran had complied.', 'en')).toBe('What is the IAEA?');
    // Spelled out after it, in brackets (OrangeSum 14087).
    expect(acronymQuestion(sentence(orangeSum('14087'), 'APESA'), 'fr')).toBe(`Qu'est-ce qu'APESA${NNBSP}?`);
  });

  it('"Qu’a annoncé X ?", "Comment a réagi X ?": stylistic inversion, no pronoun to agree', () => {
    expect(actionQuestion(sentence(orangeSum('31694'), 'Olivier Véran a annoncé'), 'fr')).toBe(`Qu'a annoncé Olivier Véran${NNBSP}?`);
    expect(actionQuestion('Eric Piolle, le maire écologiste de Grenoble, a salué une "victoire".', 'fr')).toBe(`Comment a réagi Eric Piolle${NNBSP}?`);
    expect(actionQuestion('Les syndicats réclament une hausse des salaires.', 'fr')).toBe(`Que réclament les syndicats${NNBSP}?`);
    expect(actionQuestion('Emmanuel Macron envisage un remaniement.', 'fr')).toBe(`Qu'envisage Emmanuel Macron${NNBSP}?`);
    expect(actionQuestion('Il a annoncé sa démission.', 'fr')).toBeUndefined();
    // A longer opening phrase before the subject (OrangeSum 13089).
    expect(actionQuestion(sentence(orangeSum('13089'), 'instamment'), 'fr')).toBe(`Qu'a demandé le prince Albert II de Monaco${NNBSP}?`);
    expect(actionQuestion('The council decided to close the library.', 'en')).toBe('What did the council decide?');
    expect(actionQuestion('Apple has announced a new phone.', 'en')).toBe('What has Apple announced?');
    expect(actionQuestion('The union condemned the move.', 'en')).toBe('How did the union react?');
  });

  it('"Que s’est-il passé le mercredi 21 novembre ?": a dated event, in its tense', () => {
    expect(dateQuestion(sentence(orangeSum('19858'), 'mercredi 21 novembre'), 'fr')).toBe(`Que s'est-il passé le mercredi 21 novembre${NNBSP}?`);
    expect(dateQuestion('The vote will take place on Tuesday.', 'en')).toBe('What will happen on Tuesday?');
    // "ce dimanche" is that Sunday: "le dimanche" alone would be every Sunday.
    expect(dateQuestion('Les manifestants ont défilé ce dimanche à Paris.', 'fr')).toBe(`Que s'est-il passé dimanche${NNBSP}?`);
  });
});

describe('the FAQ of real articles, end to end', () => {
  const cases: Array<[string, () => Article, RegExp, number?]> = [
    ['orangesum 21322 (floods)', () => orangeSum('21322'), /^Combien de personnes ont été évacuées/],
    ['orangesum 25484 (IGPN)', () => orangeSum('25484'), /^Qu'est-ce que l'IGPN/],
    // A headline that asks is the article's own question.
    ['orangesum 18704 (a headline asking)', () => orangeSum('18704'), /^Charlotte Casiraghi enceinte\u202f\?$/, 1],
    ['BBC News (Scrapinghub: Taylor Swift)', () => article('en-bbc-taylor-swift'), /\?$/],
  ];
  for (const [name, load, expected, min = 3] of cases) {
    it(`${name}: grounded, well-formed, no repeat, and a written question`, () => {
      const article = load();
      const { sentences, digest } = digestArticle(article, {});
      expect(digest.faq.length).toBeGreaterThanOrEqual(min);
      expect(digest.faq.some((q) => expected.test(q.question))).toBe(true);
      for (const q of digest.faq) {
        expect(grounded(q, sentences, article.lang), q.question).toMatchObject({ ok: true });
        expect(wellFormed(q.question, article.lang).ok, q.question).toBe(true);
      }
      const used = digest.faq.flatMap((q) => q.sources).concat(digest.bullets.flatMap((b) => b.sources));
      expect(new Set(used).size).toBe(used.length);
    });
  }
});
