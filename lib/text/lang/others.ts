import type { LanguagePack } from './types';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

export const de: LanguagePack = {
  code: 'de',
  heading: 'Kurz gesagt',
  questionMark: '?',
  stopwords: words(
    'aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus bei bin bis bist da damit dann das dass daß dein deine dem den der des dessen dich dir doch dort du durch ein eine einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte machen man manche mehr mein meine mich mir mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine selbst sich sie sind so solche soll sollte sondern sonst über um und uns unser unter viel vom von vor wann war waren warum was weil welche wenn wer werde werden wie wieder will wir wird wo wollen wurde würde wurden zu zum zur zwar zwischen sagte jahr jahre prozent',
  ),
  abbreviations: words('dr prof bzw bspw ca etc evtl ggf hr fr nr str usw vgl z z.b u.a d.h s jan feb märz apr jun jul aug sep sept okt nov dez mio mrd'),
  cues: { why: ['weil', 'denn', 'da', 'deshalb', 'wegen', 'grund', 'daher'], next: ['wird', 'werden', 'soll', 'sollen', 'künftig', 'geplant', 'plant', 'nächste', 'nächsten'], when: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute', 'morgen'] },
  faq: {
    interrogatives: ['warum', 'wie', 'was', 'wer', 'wann', 'wo', 'welche', 'welcher', 'wieso', 'weshalb'],
    aboutHeading: (h) => `Was steht im Artikel zu „${h}“?`,
    whatHappened: 'Was ist passiert?',
    who: 'Wer ist beteiligt?',
    when: 'Wann ist es passiert?',
    figures: 'Was sind die wichtigsten Zahlen?',
    why: 'Warum ist es passiert?',
    next: 'Wie geht es weiter?',
  },
};

export const es: LanguagePack = {
  code: 'es',
  heading: 'En breve',
  questionMark: '?',
  stopwords: words(
    'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estado estan están estar este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea ser si sí sido sin sobre son su sus también tanto te tiene tienen todo todos tras tu un una uno unos y ya dijo año años según',
  ),
  abbreviations: words('sr sra srta dr dra ud uds etc pág núm art ej ee.uu a.c d.c ene feb mar abr jun jul ago sept oct nov dic'),
  cues: { why: ['porque', 'debido', 'causa', 'razón', 'ya que', 'por eso', 'pues'], next: ['será', 'serán', 'próximo', 'próxima', 'prevé', 'planea', 'va', 'van', 'deberá', 'futuro'], when: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'hoy', 'mañana'] },
  faq: {
    interrogatives: ['por qué', 'cómo', 'qué', 'quién', 'cuándo', 'dónde', 'cuál', 'cuánto'],
    aboutHeading: (h) => `¿Qué dice el artículo sobre «${h}»?`,
    whatHappened: '¿Qué ha pasado?',
    who: '¿Quién está implicado?',
    when: '¿Cuándo ocurrió?',
    figures: '¿Cuáles son las cifras clave?',
    why: '¿Por qué ocurrió?',
    next: '¿Qué pasará ahora?',
  },
};

export const it: LanguagePack = {
  code: 'it',
  heading: 'In breve',
  questionMark: '?',
  stopwords: words(
    'a ad al alla alle agli ai anche ancora avere aveva c che chi ci come con contro cui da dal dalla dalle dei del della delle di dove e è ed era essere fa fino gli ha hanno ho i il in io la le lei lo loro lui ma mi ne nei nel nella nelle no noi non o per perché più poi può quale quando quello questa questo se si sia sono su sua sue suo suoi sul sulla tra tutti tutto un una uno vi anni anno secondo',
  ),
  abbreviations: words('sig sigg dott prof ing avv ecc pag art es gen feb mar apr giu lug ago set ott nov dic'),
  cues: { why: ['perché', 'poiché', 'causa', 'motivo', 'dunque', 'quindi'], next: ['sarà', 'saranno', 'prossimo', 'prossima', 'prevede', 'dovrà', 'dovrebbe', 'futuro'], when: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'ieri', 'oggi', 'domani'] },
  faq: {
    interrogatives: ['perché', 'come', 'che', 'cosa', 'chi', 'quando', 'dove', 'quale', 'quanto'],
    aboutHeading: (h) => `Che cosa dice l'articolo su «${h}»?`,
    whatHappened: 'Che cosa è successo?',
    who: 'Chi è coinvolto?',
    when: 'Quando è successo?',
    figures: 'Quali sono i numeri chiave?',
    why: 'Perché è successo?',
    next: 'Che cosa succederà ora?',
  },
};

export const pt: LanguagePack = {
  code: 'pt',
  heading: 'Em resumo',
  questionMark: '?',
  stopwords: words(
    'a ao aos as à às até com como da das de dela dele do dos e é ela ele eles em entre era essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo muito na nas não no nos nós o os ou para pela pelo por porque quando que quem se sem ser seu seus sua suas também te tem têm um uma umas uns disse ano anos segundo',
  ),
  abbreviations: words('sr sra dr dra prof etc pág art ex jan fev mar abr mai jun jul ago set out nov dez'),
  cues: { why: ['porque', 'devido', 'causa', 'razão', 'pois', 'portanto'], next: ['será', 'serão', 'próximo', 'próxima', 'prevê', 'planeja', 'vai', 'vão', 'deverá', 'futuro'], when: ['segunda', 'terça', 'quarta', 'quinta', 'sexta', 'sábado', 'domingo', 'ontem', 'hoje', 'amanhã'] },
  faq: {
    interrogatives: ['por que', 'porque', 'como', 'o que', 'quem', 'quando', 'onde', 'qual', 'quanto'],
    aboutHeading: (h) => `O que diz o artigo sobre «${h}»?`,
    whatHappened: 'O que aconteceu?',
    who: 'Quem está envolvido?',
    when: 'Quando aconteceu?',
    figures: 'Quais são os números principais?',
    why: 'Por que aconteceu?',
    next: 'O que acontece agora?',
  },
};

/** Languages with a heading but no resources yet: they get bullets, and FAQ only from the page itself. */
export const HEADINGS: Record<string, string> = {
  nl: 'In het kort',
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
