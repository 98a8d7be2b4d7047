import { stopwords as snowballIT } from '@orama/stopwords/italian';
import { once, wordSet } from './words';
import type { LanguagePack } from './types';

/** Hand-written: the most frequent function words and a few news words ("anni", "secondo"). */
const IT_COMMON = 'a ad al alla alle agli ai anche ancora avere aveva c che chi ci come con contro cui da dal dalla dalle dei del della delle di dove e è ed era essere fa fino gli ha hanno ho i il in io la le lei lo loro lui ma mi ne nei nel nella nelle no noi non o per perché più poi può quale quando quello questa questo se si sia sono su sua sue suo suoi sul sulla tra tutti tutto un una uno vi anni anno secondo';

const STOPWORDS_IT = once(() => wordSet(snowballIT, IT_COMMON));

export const it: LanguagePack = {
  code: 'it',
  heading: 'In breve',
  questionMark: '?',
  table: { caption: 'In sintesi', aspect: 'Aspetto', says: 'Cosa dice l\'articolo', figuresCaption: 'Cifre chiave', figure: 'Cifra', counts: 'Cosa conta', structural: ['introduzione', 'conclusione', 'conclusioni', 'riassunto', 'in sintesi', 'fonti', 'note', 'commenti', 'leggi anche'] },
  get stopwords() {
    return STOPWORDS_IT();
  },
  detectionWords: wordSet(IT_COMMON),
  abbreviations: wordSet(
    'sig sigg dott prof ing avv on sen dep geom rag arch mons ecc pag pagg art cap es p.es cfr c.d n nr tel ca vs s.p.a s.r.l gen feb mar apr giu lug ago set ott nov dic',
  ),
  cues: { why: ['perché', 'poiché', 'causa', 'motivo', 'dunque', 'quindi'], next: ['sarà', 'saranno', 'prossimo', 'prossima', 'prevede', 'dovrà', 'dovrebbe', 'futuro'], when: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'ieri', 'oggi', 'domani'] },
  dates: {
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    weekdays: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
  },
  speech: {
    verbs: ['ha detto', 'dice', 'ha dichiarato', 'dichiara', 'ha spiegato', 'spiega', 'ha affermato', 'afferma', 'ha aggiunto', 'aggiunge', 'ha sottolineato', 'sottolinea', 'ha precisato', 'precisa', 'ha ricordato', 'ricorda', 'ha annunciato', 'annuncia', 'ha scritto', 'scrive', 'ha commentato', 'commenta', 'osserva', 'ha osservato', 'avverte', 'ha avvertito', 'ha assicurato', 'assicura', 'ha denunciato', 'denuncia', 'ha confermato', 'conferma', 'ha ammesso'],
    according: ['secondo', 'stando a', 'a detta di', 'a parere di'],
  },
  connectives: { always: ['ma', 'e', 'però', 'tuttavia', 'inoltre', 'comunque'], withComma: ['quindi', 'infatti', 'dunque', 'intanto', 'invece', 'insomma', 'del resto'] },
  furniture: {
    opening: ['leggi anche', 'leggi di più', 'potrebbe interessarti', 'articoli correlati', 'correlati', 'condividi', 'seguici', 'iscriviti', 'foto:', 'fonte:', 'pubblicità', 'tempo di lettura', 'pubblicato', 'aggiornato', 'commenti', 'video:'],
    anywhere: ['tutti i diritti riservati', 'newsletter', 'iscriviti alla', 'privacy policy'],
  },
  grammar: {
    anaphora: ['lui', 'lei', 'loro', 'esso', 'essa', 'essi', 'esse', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'suo', 'sua', 'suoi', 'sue', 'entrambi', 'io', 'noi'],
    demonstratives: ['questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'tale', 'tali'],
    subjects: ['lui', 'lei', 'loro', 'egli', 'ella', 'esso', 'essa'],
    deictic: ['anno', 'settimana', 'mese', 'fine', 'mattina', 'sera', 'notte', 'stagione', 'estate', 'inverno', 'primavera', 'autunno', 'giorno', 'volta', 'momento', 'secolo'],
    additives: ['inoltre', 'tuttavia', 'però', ],
    relatives: ['che', 'cui', 'quale', 'quali', 'dove'],
    sceneOpeners: ['durante', 'dopo', 'prima', 'in', 'nel', 'nella', 'con', 'nonostante', 'da', 'dal', 'dalla', 'tra', 'fra', 'mentre'],
    asideAdverbs: { words: ['spesso', 'ancora', 'già', 'di nuovo', 'per ora', 'forse', 'a volte', 'soprattutto', 'peraltro'], ending: 'mente' },
    negations: ['non', 'mai', 'nessuno', 'nessuna', 'niente', 'nulla', 'né', 'neppure', 'nemmeno'],
    determiners: ['un', 'una', 'uno', 'il', 'lo', 'la', 'l\'', 'l’', 'ex'],
    clauseLinks: ['mentre', 'sebbene', 'benché'],
  },
  faq: {
    interrogatives: ['perché', 'come', 'che', 'cosa', 'chi', 'quando', 'dove', 'quale', 'quanto'],
    aboutHeading: (h) => `Che cosa dice l'articolo su «${h}»?`,
    whatHappened: 'Che cosa è successo?',
    who: 'Chi è coinvolto?',
    whoIs: (n) => `Chi è ${n}?`,
    says: (n) => `Che cosa dice ${n}?`,
    when: 'Quando è successo?',
    where: 'Dove è successo?',
    figures: 'Quali sono i numeri chiave?',
    why: 'Perché è successo?',
    next: 'Che cosa succederà ora?',
  },
};
