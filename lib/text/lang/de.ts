import { stopwords as snowballDE } from '@orama/stopwords/german';
import { once, wordSet } from './words';
import type { LanguagePack } from './types';

/** Hand-written: the most frequent function words and a few news words ("sagte", "Jahr", "Prozent"). */
const DE_COMMON = 'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist da damit dann das dass daß dein deine dem den der des dessen dich dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor wann war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo wollen wurde würde wurden zu zum zur zwar zwischen sagte jahr jahre prozent';

const STOPWORDS_DE = once(() => wordSet(snowballDE, DE_COMMON));

export const de: LanguagePack = {
  code: 'de',
  heading: 'Kurz gesagt',
  questionMark: '?',
  table: { caption: 'Auf einen Blick', aspect: 'Aspekt', says: 'Was der Artikel sagt', figuresCaption: 'Zahlen und Fakten', figure: 'Zahl', counts: 'Was sie zählt', structural: ['einleitung', 'fazit', 'zusammenfassung', 'schluss', 'ausblick', 'mehr zum thema', 'quellen', 'literatur', 'anmerkungen', 'kommentare'] },
  get stopwords() {
    return STOPWORDS_DE();
  },
  detectionWords: wordSet(DE_COMMON),
  abbreviations: wordSet(
    // "z. B.", "d. h.", "u. a.", "v. a.", "o. ä." written with a space go letter by letter.
    'dr prof dipl ing hr fr frl bzw bspw ca etc evtl ggf ggfs inkl zzgl sog usw vgl abs abschn bd hrsg jh jhd mind nr nrn str tel tsd vs ziff abg geb gest z z.b z.t u u.a u.ä d d.h v v.a o o.ä i.d.r s s.o s.u jan feb märz apr jun jul aug sep sept okt nov dez mio mrd',
  ),
  cues: { why: ['weil', 'denn', 'da', 'deshalb', 'wegen', 'grund', 'daher'], next: ['wird', 'werden', 'soll', 'sollen', 'künftig', 'geplant', 'plant', 'nächste', 'nächsten'], when: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute', 'morgen'] },
  dates: {
    months: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez'],
    weekdays: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'],
  },
  speech: {
    verbs: ['sagte', 'sagt', 'sagten', 'sagen', 'erklärte', 'erklärt', 'betonte', 'betont', 'sagte er', 'sagte sie', 'meinte', 'meint', 'fügte hinzu', 'teilte mit', 'teilt mit', 'berichtete', 'berichtet', 'kritisierte', 'kritisiert', 'warnte', 'warnt', 'forderte', 'fordert', 'räumte ein', 'bestätigte', 'bestätigt', 'kündigte an', 'schrieb', 'schreibt', 'twitterte', 'zitiert', 'so'],
    according: ['laut', 'zufolge', 'nach angaben', 'nach ansicht', 'wie', 'nach aussage'],
  },
  // German puts the verb second: without an adverb ("Allerdings will...") the sentence would
  // start with its verb. Only the conjunctions go.
  connectives: { always: ['aber', 'und', 'doch'], withComma: [] },
  furniture: {
    opening: ['lesen sie auch', 'lesen sie mehr', 'mehr zum thema', 'weitere beiträge', 'weiterlesen', 'das könnte sie auch interessieren', 'teilen', 'jetzt teilen', 'folgen sie uns', 'beitragsbild', 'bildquelle', 'bild:', 'foto:', 'fotos:', 'quelle:', 'anzeige', 'werbung', 'lesezeit', 'zum inhalt springen', 'veröffentlicht', 'aktualisiert', 'short-url', 'kommentare', 'video:', 'audio:', 'verwandte artikel', 'ähnliche beiträge'],
    anywhere: ['alle rechte vorbehalten', 'newsletter', 'jetzt abonnieren', 'abonnieren sie', 'datenschutzerklärung', 'impressum', 'short-url', 'affiliate-links', 'affiliate-link', 'erhalten wir eine provision'],
  },
  grammar: {
    anaphora: ['er', 'sie', 'es', 'dies', 'diese', 'dieser', 'dieses', 'diesen', 'diesem', 'sein', 'seine', 'ihr', 'ihre', 'dessen', 'deren', 'ich', 'wir', 'solche'],
    leaning: ['ebenso', 'ebenfalls', 'auch hier', 'ein weiterer', 'eine weitere', 'ein weiteres', 'weitere'],
    demonstratives: ['dieser', 'diese', 'dieses', 'diesen', 'diesem', 'derselbe', 'dieselbe', 'dasselbe', 'denselben', 'demselben', 'derselben'],
    subjects: ['er', 'sie', 'es'],
    deictic: ['jahr', 'jahres', 'woche', 'monat', 'monats', 'wochenende', 'morgen', 'abend', 'nacht', 'saison', 'sommer', 'winter', 'frühjahr', 'herbst', 'tag', 'tage', 'tagen', 'zeit', 'mal', 'jahrhundert', 'jahrzehnt'],
    additives: ['jedoch', 'allerdings', 'zudem', 'außerdem', 'dennoch', 'ebenfalls'],
    impersonal: ['es gibt', 'es gab', 'es geht um', 'es ging um', 'es wird erwartet'],
    relatives: ['der', 'die', 'das', 'dem', 'den', 'dessen', 'deren', 'welche', 'welcher', 'welches', 'wo'],
    sceneOpeners: ['während', 'nach', 'vor', 'in', 'im', 'am', 'an', 'bei', 'mit', 'trotz', 'seit', 'unter', 'über', 'wegen', 'angesichts'],
    objectPrepositions: ['in', 'im', 'am', 'an', 'bei', 'mit', 'unter', 'über'],
    negations: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'nichts', 'niemand', 'weder'],
    determiners: ['ein', 'eine', 'der', 'die', 'das', 'ehemaliger', 'ehemalige'],
    clauseLinks: ['während', 'obwohl'],
  },
  faq: {
    interrogatives: ['warum', 'wie', 'was', 'wer', 'wann', 'wo', 'welche', 'welcher', 'wieso', 'weshalb'],
    aboutHeading: (h) => `Was steht im Artikel zu „${h}“?`,
    whatHappened: 'Was ist passiert?',
    who: 'Wer ist beteiligt?',
    whoIs: (n) => `Wer ist ${n}?`,
    says: (n) => `Was sagt ${n}?`,
    when: 'Wann ist es passiert?',
    where: 'Wo ist es passiert?',
    figures: 'Was sind die wichtigsten Zahlen?',
    why: 'Warum ist es passiert?',
    next: 'Wie geht es weiter?',
  },
};
