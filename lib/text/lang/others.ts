import { stopwords as snowballDE } from '@orama/stopwords/german';
import { stopwords as snowballIT } from '@orama/stopwords/italian';
import { stopwords as snowballPT } from '@orama/stopwords/portuguese';
import { stopwords as spanishList } from '@orama/stopwords/spanish';
import type { LanguagePack } from './types';
import { once, without, wordSet } from './words';

/** Hand-written: the most frequent function words and a few news words ("sagte", "Jahr", "Prozent"). */
const DE_COMMON = 'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist da damit dann das dass daß dein deine dem den der des dessen dich dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor wann war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo wollen wurde würde wurden zu zum zur zwar zwischen sagte jahr jahre prozent';

/** Hand-written: the most frequent function words and a few news words ("dijo", "año", "según"). */
const ES_COMMON = 'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estado estan están estar este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea ser si sí sido sin sobre son su sus también tanto te tiene tienen todo todos tras tu un una uno unos y ya dijo año años según';

/** Hand-written: the most frequent function words and a few news words ("anni", "secondo"). */
const IT_COMMON = 'a ad al alla alle agli ai anche ancora avere aveva c che chi ci come con contro cui da dal dalla dalle dei del della delle di dove e è ed era essere fa fino gli ha hanno ho i il in io la le lei lo loro lui ma mi ne nei nel nella nelle no noi non o per perché più poi può quale quando quello questa questo se si sia sono su sua sue suo suoi sul sulla tra tutti tutto un una uno vi anni anno secondo';

/** Hand-written: the most frequent function words and a few news words ("disse", "ano", "segundo"). */
const PT_COMMON = 'a ao aos as à às até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo muito na nas não no nos nós o os ou para pela pelo por porque quando que quem se sem ser seu seus sua suas também te tem têm um uma umas uns disse ano anos segundo';

/**
 * The Spanish list of @orama/stopwords is not Snowball's: its 577 words include news verbs
 * ("afirmó", "señaló": good) but also nouns that carry a topic. These stay content words.
 */
const ES_CONTENT_WORDS = 'trabajo trabajar trabaja trabajan trabajamos trabajas trabajais tiempo lugar estados general valor verdad pais país paìs horas final fin';

const STOPWORDS_DE = once(() => wordSet(snowballDE, DE_COMMON));

export const de: LanguagePack = {
  code: 'de',
  heading: 'Kurz gesagt',
  questionMark: '?',
  get stopwords() {
    return STOPWORDS_DE();
  },
  detectionWords: wordSet(DE_COMMON),
  abbreviations: wordSet(
    // "z. B.", "d. h.", "u. a.", "v. a.", "o. ä." written with a space go letter by letter.
    'dr prof dipl ing hr fr frl bzw bspw ca etc evtl ggf ggfs inkl zzgl sog usw vgl abs abschn bd hrsg jh jhd mind nr nrn str tel tsd vs ziff abg geb gest z z.b z.t u u.a u.ä d d.h v v.a o o.ä i.d.r s s.o s.u jan feb märz apr jun jul aug sep sept okt nov dez mio mrd',
  ),
  cues: { why: ['weil', 'denn', 'da', 'deshalb', 'wegen', 'grund', 'daher'], next: ['wird', 'werden', 'soll', 'sollen', 'künftig', 'geplant', 'plant', 'nächste', 'nächsten'], when: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute', 'morgen'] },
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

const STOPWORDS_ES = once(() => without(wordSet(spanishList, ES_COMMON), ES_CONTENT_WORDS));

export const es: LanguagePack = {
  code: 'es',
  heading: 'En breve',
  questionMark: '?',
  get stopwords() {
    return STOPWORDS_ES();
  },
  detectionWords: wordSet(ES_COMMON),
  abbreviations: wordSet(
    // "EE. UU." written with a space goes in two pieces. No "mar" (month): "el mar" ends sentences.
    'sr sra srta sres srs sras dña dr dra jr lic ing arq prof profa gral cnel tte pdte ud uds etc aprox pág págs núm tel vol art ej cía s.a av avda dpto sto sta ee uu ee.uu a.c d.c ene feb abr jun jul ago sept oct nov dic',
  ),
  cues: { why: ['porque', 'debido', 'causa', 'razón', 'ya que', 'por eso', 'pues'], next: ['será', 'serán', 'próximo', 'próxima', 'prevé', 'planea', 'va', 'van', 'deberá', 'futuro'], when: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'hoy', 'mañana'] },
  faq: {
    interrogatives: ['por qué', 'cómo', 'qué', 'quién', 'cuándo', 'dónde', 'cuál', 'cuánto'],
    aboutHeading: (h) => `¿Qué dice el artículo sobre «${h}»?`,
    whatHappened: '¿Qué ha pasado?',
    who: '¿Quién está implicado?',
    whoIs: (n) => `¿Quién es ${n}?`,
    says: (n) => `¿Qué dice ${n}?`,
    when: '¿Cuándo ocurrió?',
    where: '¿Dónde ocurrió?',
    figures: '¿Cuáles son las cifras clave?',
    why: '¿Por qué ocurrió?',
    next: '¿Qué pasará ahora?',
  },
};

const STOPWORDS_IT = once(() => wordSet(snowballIT, IT_COMMON));

export const it: LanguagePack = {
  code: 'it',
  heading: 'In breve',
  questionMark: '?',
  get stopwords() {
    return STOPWORDS_IT();
  },
  detectionWords: wordSet(IT_COMMON),
  abbreviations: wordSet(
    'sig sigg dott prof ing avv on sen dep geom rag arch mons ecc pag pagg art cap es p.es cfr c.d n nr tel ca vs s.p.a s.r.l gen feb mar apr giu lug ago set ott nov dic',
  ),
  cues: { why: ['perché', 'poiché', 'causa', 'motivo', 'dunque', 'quindi'], next: ['sarà', 'saranno', 'prossimo', 'prossima', 'prevede', 'dovrà', 'dovrebbe', 'futuro'], when: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'ieri', 'oggi', 'domani'] },
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

const STOPWORDS_PT = once(() => wordSet(snowballPT, PT_COMMON));

export const pt: LanguagePack = {
  code: 'pt',
  heading: 'Em resumo',
  questionMark: '?',
  get stopwords() {
    return STOPWORDS_PT();
  },
  detectionWords: wordSet(PT_COMMON),
  abbreviations: wordSet(
    // No "mar" (month): "o mar" ends sentences.
    'sr sra srs sras srta dr dra jr prof profa eng av gen cel cap dep sen pres exmo exma etc pág págs art ex p.ex n nº núm tel vol séc cia ltda s.a sto sta jan fev abr mai jun jul ago set out nov dez',
  ),
  cues: { why: ['porque', 'devido', 'causa', 'razão', 'pois', 'portanto'], next: ['será', 'serão', 'próximo', 'próxima', 'prevê', 'planeja', 'vai', 'vão', 'deverá', 'futuro'], when: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'ontem', 'hoje', 'amanhã'] },
  faq: {
    interrogatives: ['por que', 'porque', 'como', 'o que', 'quem', 'quando', 'onde', 'qual', 'quanto'],
    aboutHeading: (h) => `O que diz o artigo sobre «${h}»?`,
    whatHappened: 'O que aconteceu?',
    who: 'Quem está envolvido?',
    whoIs: (n) => `Quem é ${n}?`,
    says: (n) => `O que diz ${n}?`,
    when: 'Quando aconteceu?',
    where: 'Onde aconteceu?',
    figures: 'Quais são os números principais?',
    why: 'Por que aconteceu?',
    next: 'O que acontece agora?',
  },
};

/** Languages with a heading but no resources yet: they get bullets, and FAQ only from the page itself. */
export const HEADINGS: Record<string, string> = {
  ru: 'Коротко',
  pl: 'W skrócie',
  el: 'Με μια ματιά',
  zh: '简讯',
  ja: '要約',
  ko: '요약',
  id: 'Singkatnya',
  uk: 'Коротко',
  tr: 'Kısaca',
  sv: 'I korthet',
  da: 'Kort fortalt',
  no: 'Kort fortalt',
  nb: 'Kort fortalt',
  ca: 'En breu',
  ro: 'Pe scurt',
  cs: 'Stručně',
  ar: 'باختصار',
  he: 'בקצרה',
};
