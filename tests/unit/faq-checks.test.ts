import { describe, expect, it } from 'vitest';
import {
  countNumbers,
  danglingStart,
  duplicateReason,
  duplicates,
  fromSources,
  grounded,
  hasCausalMarker,
  hasDateExpression,
  hasFutureMarker,
  names,
  normalizeQuestion,
  questionKeyTerms,
  wellFormed,
} from '../../scripts/bench/eval/faq-checks';
import type { FaqItem } from '../../lib/types';

// Real sentences from the development data (OrangeSum validation pages, FRANK dev, Scrapinghub).
const GIRONDE = [
  // orangesum 21162, sentences 4, 5, 14, 15
  "À son arrivée sur place, l'édile constate qu'il s'agit de courriers destinés à ses administrés et aux habitants de Pian-sur-Garonne.",
  'Les missives sont triées par liasses et ont été tamponnées autour du 23 et du 5 octobre.',
  "Quant au courrier abandonné, il sera distribué d'ici mercredi.",
  "Il sera accompagné d'une lettre à l'intention des usagers.",
];
const OUALI = [
  // orangesum 21733, sentences 2 and 15
  "Ce Français, soupçonné du meurtre d'un contrôleur aérien de l'aéroport de Bâle-Mulhouse le 27 avril 2011, était introuvable depuis cette date.",
  "Présenté comme dépressif, perturbé psychologiquement et se sentant persécuté par ses collègues, Karim Ouali était en arrêt de travail mais avait conservé ses badges et les clés sécurisées lui permettant d'accéder à la tour de contrôle, ce qui avait valu à l'Etat d'être condamné pour faute en mai.",
];
// orangesum 35182, sentence 22
const MAKEI =
  "La rencontre avec le ministre des Affaires étrangères Vladimir Makei intervient alors que l'UE doit décider sous peu des sanctions qu'elle compte infliger aux hauts responsables qui auraient eu un rôle dans la répression et les fraudes électorales.";
// orangesum 35901, sentence 27
const CLIM =
  "A partir du moment où l'on a mis en évidence la présence du virus Sars-Cov-2 sous forme d'aérosols en suspension dans l'air, il y a un \"risque théorique\" de transmission par la clim', car ce lien a été constaté lors de l'épidémie de Sras en 2003, rappelle Antoine Flahault.";
// orangesum 33561
const DOSES =
  '"Nous sommes prêts pour produire rapidement 100 millions de doses dès que le vaccin sera approuvé, et jusqu\'à 500 millions peu après, on aura donc 600 millions de doses", a aussi dit Donald Trump, évoquant des chiffres sensiblement différents.';
// Written for these tests in the style of English agency copy (sport, money, appointments).
const ROOF = 'The charity still needs about £45,000 to repair the roof of its community hall (CCH).';
const OKAFOR =
  'Okafor will probably sit out the away game against Leeds in the Championship on Saturday through injury, and he could be out for longer if the league takes action after the clash on Tuesday night.';
const MOREAU =
  'Everyone expected that Moreau would have been named director by now, but she denied that the talks had broken down due to a clause letting the board replace her if the museum missed its visitor target.';
// Scrapinghub: ign.com daily deals, vg247.com Jedi: Fallen Order review
const NETGEAR = 'Get it on Amazon for $67.77';
const TITANFALL = 'I will forever cherish this journey just as I do with Titanfall 2’s BT-7274.';

const faq = (question: string, sources: number[], sentences: string[], extra: Partial<FaqItem> = {}): FaqItem => ({
  question,
  answer: sources.map((i) => sentences[i]).join(' '),
  sources,
  origin: 'generated',
  ...extra,
});

describe('fromSources', () => {
  it('accepts the source sentences joined, word for word', () => {
    const item = faq('Quand cela se passe-t-il\u202f?', [2, 3], GIRONDE, { asks: 'when' });
    expect(fromSources(item, GIRONDE, 'fr')).toEqual({ ok: true, exact: true });
  });

  it('accepts a trim: the answer words in order in the sources', () => {
    const item = { answer: "Quant au courrier abandonné, il sera distribué d'ici mercredi…", sources: [2] };
    expect(fromSources(item, GIRONDE, 'fr')).toEqual({ ok: true, exact: false });
  });

  it('refuses no source, a source out of range, words the sources do not have or in another order', () => {
    expect(fromSources({ answer: GIRONDE[0], sources: [] }, GIRONDE, 'fr').ok).toBe(false);
    expect(fromSources({ answer: GIRONDE[0], sources: [4] }, GIRONDE, 'fr').reason).toMatch(/out of range/);
    expect(fromSources({ answer: GIRONDE[0], sources: [-1] }, GIRONDE, 'fr').ok).toBe(false);
    expect(fromSources({ answer: 'Le courrier sera distribué jeudi.', sources: [2] }, GIRONDE, 'fr').reason).toMatch(/"le"|"jeudi"/);
    expect(fromSources({ answer: "Il sera distribué d'ici mercredi, quant au courrier abandonné.", sources: [2] }, GIRONDE, 'fr').ok).toBe(false);
  });

  it('takes sentences as strings or as Sentence objects', () => {
    const sentences = GIRONDE.map((text, index) => ({ index, text, block: 0, start: 0, end: text.length }));
    expect(fromSources({ answer: GIRONDE[1], sources: [1] }, sentences, 'fr').ok).toBe(true);
  });
});

describe('grounded: page, article and heading questions', () => {
  it('needs one of the question’s key terms in the answer', () => {
    const q = faq('Karim Ouali vit-il à Hong-Kong\u202f?', [0], OUALI, { origin: 'article' });
    const r = grounded(q, OUALI, 'fr');
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/karim/);
    expect(grounded({ ...faq('Karim Ouali vit-il à Hong-Kong\u202f?', [1], OUALI), origin: 'article' }, OUALI, 'fr').ok).toBe(true);
  });

  it('French inversions are not topics: "Qu’en est-il de la climatisation ?" is about la climatisation', () => {
    expect(questionKeyTerms("Qu'en est-il de la climatisation\u202f?", 'fr')).toHaveLength(1);
    // "clim'" is not "climatisation": the check is on stems, it does not guess abbreviations.
    expect(grounded(faq("Qu'en est-il de la climatisation\u202f?", [0], [CLIM], { origin: 'article' }), [CLIM], 'fr').ok).toBe(false);
  });

  it('for the heading template, the key terms are the heading’s, not the template’s', () => {
    const q = 'What does the article say about “Netgear Nighthawk R6700 AC1700 Router for $67.77”?';
    const keys = questionKeyTerms(q, 'en');
    expect(keys).toContain('67.77');
    expect(keys).not.toContain('articl');
    expect(grounded(faq(q, [0], [NETGEAR], { origin: 'heading' }), [NETGEAR], 'en').ok).toBe(true);
    // The template's own words do not ground an answer that happens to say "article".
    const other = 'The article was first published in 2019.';
    expect(grounded(faq('What does the article say about “Nintendo Switch Lite”?', [0], [other], { origin: 'heading' }), [other], 'en').ok).toBe(false);
    const fr = "Que dit l'article sur « Le courrier »\u202f?";
    expect(questionKeyTerms(fr, 'fr')).toHaveLength(1);
    expect(grounded(faq(fr, [2], GIRONDE, { origin: 'heading' }), GIRONDE, 'fr').ok).toBe(true);
  });

  it('a question with no content word cannot be checked', () => {
    expect(grounded(faq('Et alors\u202f?', [0], GIRONDE, { origin: 'article' }), GIRONDE, 'fr').reason).toMatch(/no content word/);
  });
});

describe('grounded: generated questions, by what they ask', () => {
  it('when: a date expression', () => {
    expect(grounded(faq('Quand cela se passe-t-il\u202f?', [2], GIRONDE, { asks: 'when' }), GIRONDE, 'fr').ok).toBe(true);
    expect(grounded(faq('Quand cela se passe-t-il\u202f?', [3], GIRONDE, { asks: 'when' }), GIRONDE, 'fr').ok).toBe(false);
    expect(grounded(faq('When did it happen?', [0], [OKAFOR], { asks: 'when' }), [OKAFOR], 'en').ok).toBe(true);
    expect(hasDateExpression('The bill passed on 12/03.', 'en')).toBe(true);
    expect(hasDateExpression('La loi a été votée hier soir.', 'fr')).toBe(true);
    expect(hasDateExpression('It was signed two weeks ago.', 'en')).toBe(true);
    // English months are capitalised: "may" is a verb.
    expect(hasDateExpression('Officials may decide to march on.', 'en')).toBe(false);
    expect(hasDateExpression(ROOF, 'en')).toBe(false);
  });

  it('figures: at least two numbers, each counted once', () => {
    expect(countNumbers(DOSES, 'fr')).toBe(3);
    expect(countNumbers(ROOF, 'en')).toBe(1);
    expect(countNumbers('Il a touché 1 200 euros et 3,5 millions de personnes.', 'fr')).toBe(2);
    expect(countNumbers('Two hundred people and twelve officers.', 'en')).toBe(2);
    // Digits glued to a name are not figures.
    expect(countNumbers(TITANFALL, 'en')).toBe(1);
    expect(countNumbers('Le virus Sars-Cov-2 et le Covid-19.', 'fr')).toBe(0);
    expect(grounded(faq('Quels sont les chiffres clés\u202f?', [0], [DOSES], { asks: 'figures' }), [DOSES], 'fr').ok).toBe(true);
    expect(grounded(faq('What are the key figures?', [0], [ROOF], { asks: 'figures' }), [ROOF], 'en').reason).toMatch(/1 number/);
    expect(grounded(faq('What are the key figures?', [0], [TITANFALL], { asks: 'figures' }), [TITANFALL], 'en').ok).toBe(false);
  });

  it('why: a causal marker', () => {
    expect(grounded(faq('Pour quelles raisons\u202f?', [1], OUALI, { asks: 'why' }), OUALI, 'fr').ok).toBe(false);
    expect(grounded(faq('Pour quelles raisons\u202f?', [0], [CLIM], { asks: 'why' }), [CLIM], 'fr').ok).toBe(true);
    expect(hasCausalMarker(MOREAU, 'en')).toBe(true); // "due to"
    expect(hasCausalMarker("Il est parti parce qu'il pleuvait.", 'fr')).toBe(true);
    expect(hasCausalMarker('Le match a été reporté en raison de la pluie.', 'fr')).toBe(true);
    expect(hasCausalMarker(OKAFOR, 'en')).toBe(false);
  });

  it('next: a future or plan marker', () => {
    expect(hasFutureMarker(GIRONDE[2], 'fr')).toBe(true); // "sera"
    expect(hasFutureMarker(MAKEI, 'fr')).toBe(true); // "doit décider sous peu"
    expect(hasFutureMarker('Le gouvernement annoncera ses mesures.', 'fr')).toBe(true);
    expect(hasFutureMarker('La caméra a filmé le Front national.', 'fr')).toBe(false);
    expect(hasFutureMarker(OUALI[1], 'fr')).toBe(false);
    expect(hasFutureMarker(MOREAU, 'en')).toBe(false); // "was expected that ... would have been": the past
    expect(hasFutureMarker(TITANFALL, 'en')).toBe(true);
    expect(hasFutureMarker('The company plans to open ten stores.', 'en')).toBe(true);
    expect(grounded(faq('Quelle est la suite\u202f?', [0], [MAKEI], { asks: 'next' }), [MAKEI], 'fr').ok).toBe(true);
  });

  it('who: a name not at the start of a sentence; "Who is X?" names X', () => {
    expect(names(GIRONDE[0], 'fr')).toEqual(['Pian-sur-Garonne']);
    expect(names(GIRONDE[1], 'fr')).toEqual([]);
    expect(names('Selon M. Macron, rien ne change.', 'fr')).toEqual(['Macron']);
    expect(names(OKAFOR, 'en')).toEqual(['Leeds', 'Championship']);
    expect(grounded(faq('Qui est concerné\u202f?', [0], GIRONDE, { asks: 'who' }), GIRONDE, 'fr').ok).toBe(true);
    expect(grounded(faq('Qui est concerné\u202f?', [1], GIRONDE, { asks: 'who' }), GIRONDE, 'fr').ok).toBe(false);
    expect(grounded(faq('Qui est Karim Ouali\u202f?', [1], OUALI, { asks: 'who' }), OUALI, 'fr').ok).toBe(true);
    expect(grounded(faq('Qui est Karim Ouali\u202f?', [0], OUALI, { asks: 'who' }), OUALI, 'fr').ok).toBe(false);
  });

  it('what: grounded when the sources are', () => {
    expect(grounded(faq("Que s'est-il passé\u202f?", [0], OUALI, { asks: 'what' }), OUALI, 'fr').ok).toBe(true);
    expect(grounded({ ...faq("Que s'est-il passé\u202f?", [0], OUALI, { asks: 'what' }), sources: [7] }, OUALI, 'fr').ok).toBe(false);
  });
});

describe('duplicates', () => {
  const item = (question: string, sources: number[]) => ({ question, sources });
  it('the same question once normalised', () => {
    expect(normalizeQuestion('Qui est concerné\u202f?')).toBe('qui est concerné');
    expect(duplicateReason(item('Qui est concerné\u202f?', [1]), item('Qui est concerné ?', [2]), 'fr')).toBe('same question');
  });

  it('answers sharing a source sentence', () => {
    expect(duplicateReason(item('What happened?', [3, 4]), item('When did it happen?', [4]), 'en')).toMatch(/source sentence 4/);
  });

  it('key terms overlapping more than 70%, but not the fixed questions with each other', () => {
    expect(duplicateReason(item('Who is Taylor Swift?', [1]), item('What does the article say about “Taylor Swift”?', [2]), 'en')).toMatch(/overlap 100%/);
    expect(duplicateReason(item('Qui est Karim Ouali\u202f?', [1]), item('Karim Ouali vit-il à Hong-Kong\u202f?', [2]), 'fr')).toBeUndefined();
    expect(duplicateReason(item('What happened?', [1]), item('When did it happen?', [2]), 'en')).toBeUndefined();
  });

  it('marks the later question of each pair', () => {
    const d = duplicates([item('What happened?', [1]), item('Who is involved?', [2]), item('What happened?', [3])], 'en');
    expect([...d.keys()]).toEqual([2]);
    expect(d.get(2)).toMatch(/as question 1/);
  });
});

describe('wellFormed', () => {
  it('accepts the templates as the language packs write them', () => {
    for (const q of [
      "Que s'est-il passé\u202f?",
      'Quand cela se passe-t-il\u202f?',
      "Que dit l'article sur « Le contexte »\u202f?",
      'Qui est Karim Ouali\u00a0?',
      'Pourquoi la grève ?',
      '« Faut-il avoir peur » du virus\u202f?',
    ]) {
      expect(wellFormed(q, 'fr'), q).toEqual({ ok: true, problems: [] });
    }
    for (const q of ['What are the key figures?', 'What does the article say about “Netgear Nighthawk R6700”?', 'Why did it happen?']) {
      expect(wellFormed(q, 'en'), q).toEqual({ ok: true, problems: [] });
    }
  });

  it('wants the "?" as the language writes it', () => {
    expect(wellFormed('Pourquoi la grève?', 'fr').problems).toEqual(['French "?" without a (no-break) space before it']);
    expect(wellFormed('Why did it happen ?', 'en').problems).toEqual(['space before "?"']);
    expect(wellFormed('Why did it happen', 'en').problems).toContain('does not end with "?"');
    // orangesum 3276
    expect(
      wellFormed(
        "Après le combat dramatique de 1962, le monde de la boxe est secoué : quel niveau de violence accepter ? quand l'arbitre doit-il interrompre le match\u202f?",
        'fr',
      ).problems,
    ).toEqual(['2 question marks']);
  });

  it('a capital first, 2 to 25 words', () => {
    expect(wellFormed('what is next?', 'en').problems).toEqual(['no capital letter first']);
    expect(wellFormed('¿Quién es Karim Ouali?', 'es').ok).toBe(true);
    // "What happened?" is a whole question; one word is not.
    expect(wellFormed('What happened?', 'en').ok).toBe(true);
    expect(wellFormed('Why?', 'en').problems).toEqual(['1 words']);
    expect(wellFormed(`Why ${'very '.repeat(25)}long?`, 'en').problems).toEqual(['27 words']);
  });

  it('balanced quotes and brackets, single spaces, no leftovers, no ".?"', () => {
    // orangesum 24471
    expect(wellFormed('Ce site pourrait-il être un endroit "à creuser\u202f?', 'fr').problems).toEqual(['unbalanced quotes or brackets']);
    expect(wellFormed("Que dit l'article sur « Le contexte\u202f?", 'fr').problems).toEqual(['unbalanced quotes or brackets']);
    expect(wellFormed('Who is involved (and why?', 'en').problems).toEqual(['unbalanced quotes or brackets']);
    expect(wellFormed('Who is  involved?', 'en').problems).toEqual(['doubled or stray spaces']);
    expect(wellFormed('Who is undefined?', 'en').problems).toEqual(['template leftover']);
    expect(wellFormed('Who is {name} today?', 'en').problems).toEqual(['template leftover']);
    expect(wellFormed("Que dit l'article sur « »\u202f?", 'fr').problems).toContain('template leftover');
    expect(wellFormed('What did the minister say.?', 'en').problems).toEqual(['punctuation before "?"']);
    expect(wellFormed('Que retenir du bilan :\u202f?', 'fr').problems).toEqual(['punctuation before "?"']);
    expect(wellFormed("Que dit l'article sur « Le contexte. »\u202f?", 'fr').problems).toEqual(['punctuation before the closing quote']);
  });
});

describe('danglingStart (a reading aid)', () => {
  it('flags answers that open on a pronoun, a connector or inside a quotation', () => {
    // orangesum 35182 and 291; two written for this test
    expect(danglingStart('Elle a dit également qu\'elle refuserait toute "aide étrangère" au mouvement de contestation.', 'fr')).toBe('Elle');
    expect(danglingStart("Ce dernier bénéficie d'une popularité en hausse, d'une nette victoire aux municipales au Havre.", 'fr')).toBe('Ce dernier');
    expect(danglingStart('‘I had a go at it (coaching) in Leeds and really liked it.', 'en')).toBe('unclosed ‘');
    expect(danglingStart('She says the council will reopen the library and get another bus route for the valley.', 'en')).toBe('She');
    expect(danglingStart('reprendre le travail à la rentrée", confirme Eric Caumes.', 'fr')).toBe('odd " count');
    expect(danglingStart('bref », a-t-il conclu.', 'fr')).toBe('unopened »');
  });

  it('lets self-contained answers through', () => {
    expect(danglingStart(GIRONDE[0], 'fr')).toBeUndefined();
    expect(danglingStart(DOSES, 'fr')).toBeUndefined();
    expect(danglingStart(OKAFOR, 'en')).toBeUndefined();
    expect(danglingStart("'Which is remarkable' is what he said.", 'en')).toBe('Which');
  });
});

describe('markers that look alike', () => {
  it('"due to" and "going to" as cause, plan or past', () => {
    expect(hasCausalMarker('The appeal is due to be heard on June 3.', 'en')).toBe(false);
    expect(hasFutureMarker('The appeal is due to be heard on June 3.', 'en')).toBe(true);
    expect(hasFutureMarker('Last spring she looked like she was going to win the seat.', 'en')).toBe(false);
    expect(hasFutureMarker('They are going to appeal.', 'en')).toBe(true);
  });
});
