import { stopwords as snowball } from '@orama/stopwords/dutch';
import type { LanguagePack } from './types';
import { once, wordSet } from './words';

/** Hand-written: the most frequent function words and a few news words ("zei", "volgens", "procent"). */
const COMMON =
  'de het een en van in is op te dat die niet met voor zijn er aan als ook maar om bij of door naar dan nog wel al was werd wordt worden heeft hebben had hij zij ze we wij ik je u hun haar hem ons onze deze dit wat wie waar hoe omdat toen nu zo geen meer veel over uit tot onder tegen na zou zal kan moet kunnen moeten men zich daar hier dus want alleen sinds tijdens zoals volgens zei zegt jaar jaren procent';

const STOPWORDS_NL = once(() => wordSet(snowball, COMMON, 'aldus echter bovendien daarnaast daarna daarbij daarmee daardoor daarom daarop intussen inmiddels verder waarbij waarin waarvan werden zullen zouden mogen mag willen gaan gaat komt komen twee drie nieuwe'));

export const nl: LanguagePack = {
  code: 'nl',
  heading: 'In het kort',
  questionMark: '?',
  table: { caption: 'In één oogopslag', aspect: 'Aspect', says: 'Wat het artikel zegt', figuresCaption: 'Kerncijfers', figure: 'Cijfer', counts: 'Wat het telt', structural: ['inleiding', 'conclusie', 'samenvatting', 'tot slot', 'bronnen', 'noten', 'reacties', 'lees ook'] },
  get stopwords() {
    return STOPWORDS_NL();
  },
  detectionWords: wordSet(COMMON),
  abbreviations: wordSet(
    'dhr mevr mw mej dr drs ir ing mr prof ds st bijv bv b.v n.v o.a m.b.t d.w.z e.d enz etc i.p.v n.a.v t.a.v m.n m.a.w z.g.a.n a.s jl resp incl excl evt ong gem ca nr blz vs tel jan feb mrt apr jun jul aug sep sept okt nov dec v.chr n.chr',
  ),
  cues: {
    why: ['omdat', 'doordat', 'want', 'daarom', 'daardoor', 'oorzaak', 'reden', 'vanwege', 'wegens', 'dankzij'],
    next: ['zal', 'zullen', 'volgende', 'verwacht', 'verwachten', 'plan', 'plannen', 'binnenkort', 'toekomst', 'voortaan', 'komende', 'straks'],
    when: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'gisteren', 'vandaag', 'morgen', 'eergisteren', 'overmorgen'],
  },
  dates: {
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec'],
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  },
  speech: {
    verbs: ['zei', 'zegt', 'zeggen', 'zeiden', 'verklaarde', 'verklaart', 'stelde', 'stelt', 'benadrukte', 'benadrukt', 'liet weten', 'laat weten', 'schreef', 'schrijft', 'meldde', 'meldt', 'voegde toe', 'waarschuwde', 'waarschuwt', 'aldus', 'vertelde', 'vertelt', 'gaf aan', 'geeft aan', 'erkende', 'kondigde aan'],
    according: ['volgens', 'naar verluidt', 'naar eigen zeggen', 'aldus'],
  },
  // Dutch puts the verb second, as German does: only the conjunctions go.
  connectives: { always: ['maar', 'en'], withComma: [] },
  furniture: {
    opening: ['lees ook', 'lees meer', 'bekijk ook', 'gerelateerd', 'gerelateerde artikelen', 'delen', 'deel dit', 'volg ons', 'abonneer', 'foto:', 'beeld:', 'bron:', 'advertentie', 'leestijd', 'gepubliceerd', 'bijgewerkt', 'reacties', 'video:'],
    anywhere: ['alle rechten voorbehouden', 'nieuwsbrief', 'privacybeleid'],
  },
  grammar: {
    anaphora: ['hij', 'zij', 'ze', 'het', 'dit', 'deze', 'dat', 'die', 'zijn', 'haar', 'hun', 'ik', 'wij', 'we', 'men'],
    demonstratives: ['deze', 'dit'],
    subjects: ['hij', 'zij', 'ze'],
    deictic: ['jaar', 'week', 'maand', 'weekend', 'ochtend', 'avond', 'nacht', 'seizoen', 'zomer', 'winter', 'lente', 'herfst', 'dag', 'keer', 'tijd', 'eeuw'],
    additives: ['ook', 'echter', 'bovendien'],
    relatives: ['die', 'dat', 'wie', 'waar', 'welke'],
    sceneOpeners: ['tijdens', 'na', 'voor', 'in', 'op', 'bij', 'met', 'ondanks', 'sinds', 'onder'],
    negations: ['niet', 'geen', 'nooit', 'niets', 'niemand', 'noch'],
    determiners: ['een', 'de', 'het', 'oud-'],
    clauseLinks: ['terwijl', 'hoewel'],
  },
  faq: {
    interrogatives: ['waarom', 'hoe', 'wat', 'wie', 'wanneer', 'waar', 'welke', 'welk', 'hoeveel', 'waarvoor', 'waarover', 'waardoor', 'is', 'kan', 'moet', 'wordt'],
    aboutHeading: (h) => `Wat zegt het artikel over ‘${h}’?`,
    whatHappened: 'Wat is er gebeurd?',
    who: 'Wie zijn erbij betrokken?',
    whoIs: (n) => `Wie is ${n}?`,
    says: (n) => `Wat zegt ${n}?`,
    when: 'Wanneer is het gebeurd?',
    where: 'Waar is het gebeurd?',
    figures: 'Wat zijn de belangrijkste cijfers?',
    why: 'Waarom is het gebeurd?',
    next: 'Hoe gaat het nu verder?',
  },
};
