/**
 * The automatic figures of bench:read: what a reader would flag, counted by patterns that are
 * the benchmark's own (not the engine's cue lists, so that the engine cannot simply agree with
 * itself). They point at lines to read; the judges' scores are the measure.
 */
import { words, wordCount } from '../../lib/text/tokens';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words of a line; CJK counts characters / 2, as the EN BREF length rule does. */
export function lineWords(text: string, lang: string): number {
  if (CJK.test(text)) return Math.ceil((text.match(/[\p{L}\p{N}]/gu) ?? []).length / 2);
  return wordCount(text, lang);
}

const MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre january february march april may june july august september october november december januar februar märz april mai juni juli august september oktober november dezember enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro januari februari maart april mei juni juli augustus september oktober november december января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου ιανουάριος φεβρουάριος μάρτιος απρίλιος μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος';
const WEEKDAYS =
  'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta sábado domingo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag понедельник вторник среда четверг пятница суббота воскресенье poniedziałek wtorek środa czwartek piątek sobota niedziela δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή mon tue wed thu fri sat sun lun mar mer jeu ven sam dim';
const CALENDAR = new Set([...MONTHS.split(' '), ...WEEKDAYS.split(' ')]);

/** Page furniture that reached the article's sentences or a digest line. */
const FURNITURE: Array<[string, RegExp]> = [
  [
    'byline',
    /^(?:by|par|von|por|di|door|автор|od|από)\s+\p{Lu}[\p{L}.'’-]+(?:[\s,]+(?:and\s|et\s|und\s)?\p{Lu}[\p{L}.'’-]+){0,5}\s*(?:[,|·•–-]|on\s|le\s|am\s|\d)/u,
  ],
  [
    'credit',
    /(?:^|[\s(|/])(?:photo|foto|φωτογραφία|фото|zdjęcie|fot\.|图片|圖片|crédits?|credits?|bild(?:quelle)?|beitragsbild|quelle|source|getty images|shutterstock|afp photo|ap photo|reuters\/|\/ afp|\/ reuters|epa\/|dpa\/)\s*[:/)]/iu,
  ],
  ['agency credit', /\p{Lu}{3,}\s*\/\s*(?:POOL|AFP|AP|REUTERS|EPA|SIPA|MAXPPP)\b/u],
  [
    'share or related',
    /(?:^|\s)(?:share (?:this|on)|partager|teilen|compartir|condividi|μοιραστείτε|поделиться|udostępnij|分享到|read (?:also|more)|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|leer también|leggi anche|leia também|lees ook|читайте также|смотрите также|czytaj (?:też|także|również)|διαβάστε (?:επίσης|ακόμα)|相关(?:阅读|新闻)|相關新聞|延伸閱讀|関連記事|see also|related (?:articles?|stories)|more from|sign up|newsletter|subscribe|abonnez|inscrivez|cookies?\b|advertisement|publicité|anzeige|werbung|реклама|reklama|διαφήμιση|广告|廣告|免责声明|声明：|聲明：|字号|字體|责任编辑|責任編輯|short-url|mobile version|wersja mobilna|版权|版權|all rights reserved|tous droits réservés)/iu,
  ],
  ['link', /https?:\/\/|www\.[a-z]/iu],
  ['control', /^[×✕|TtAa+\-\s]{1,8}$|T\s*\|\s*T|A\+|A-\s*A/u],
  ['copyright', /©|\(c\)\s*\d{4}|copyright/iu],
];

/** The pattern a line hits, if any. */
export function furniture(text: string): string | undefined {
  for (const [name, re] of FURNITURE) if (re.test(text)) return name;
  const tokens = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // A calendar widget: month and weekday names one after another.
  const cal = tokens.filter((t) => CALENDAR.has(t)).length;
  if (cal >= 5 && cal / Math.max(1, tokens.length) > 0.4) return 'calendar';
  // A line that is only a date and time ("Piątek, 30 grudnia 2011 (10:36)").
  if (
    tokens.length <= 6 &&
    /\d/u.test(text) &&
    tokens.every((t) => CALENDAR.has(t) || /^(?:at|à|le|am|um|de|del|of|the|r|roku|г|года|updated|published|mis|jour|publié|aktualisiert|στις)$/u.test(t))
  )
    return 'date line';
  return undefined;
}

const QUOTED = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"|「[^」]*」|『[^』]*』|‘[^’]{12,}’/gu;
/** Words that name who speaks, outside the quotation marks. */
const SPEECH =
  /(?:^|[^\p{L}])(?:said|says|say|told|tells|added|adds|explained|according|wrote|writes|tweeted|insisted|warned|argued|claimed|stated|noted|asked|replied|dit|disait|déclaré|déclare|affirmé|affirme|explique|expliqué|estime|estimé|ajoute|ajouté|selon|souligne|souligné|précise|précisé|indique|indiqué|raconte|confie|assure|lance|lancé|martèle|prévient|sagte|sagt|sagten|erklärte|erklärt|betonte|so|laut|dijo|dice|afirmó|explicó|según|señaló|aseguró|ha detto|dice|secondo|ha spiegato|disse|diz|afirmou|segundo|zei|zegt|volgens|сказал|сказала|заявил|заявила|отметил|отметила|по словам|говорит|пишет|powiedział|powiedziała|mówi|według|dodał|dodała|stwierdził|δήλωσε|είπε|ανέφερε|σύμφωνα|τόνισε|说|說|表示|称|稱|指出|认为|認為|と述べ|と話し|によると)(?:[^\p{L}]|$)/iu;

/** A line that is mostly a quotation, with nobody named as saying it ("a-t-il ajouté" names nobody). */
export function quoteWithoutSpeaker(text: string): boolean {
  const quoted = [...text.matchAll(QUOTED)].reduce((n, m) => n + m[0].length, 0);
  const opensQuoted = /^[«"“„「『]/u.test(text.trim());
  if (quoted < text.length * 0.6 && !opensQuoted) return false;
  const outside = text.replace(QUOTED, ' ');
  // A name (a capitalised word) or a speaker's title outside the quotation marks.
  const named =
    /(?:^|[^\p{L}])\p{Lu}[\p{Ll}\p{Lu}'’.-]+/u.test(outside.replace(/^[\s,.:;!?–—-]+/u, ' ')) ||
    /(?:^|[^\p{L}])(?:the|le|la|les|l['’]|der|die|el|il|o|a|de)\s+\p{Ll}{4,}/u.test(outside) ||
    /[\p{Script=Han}]{2,}/u.test(outside);
  if (named && (SPEECH.test(outside) || /[»"”]\s*,\s*\p{Ll}/u.test(text) || /:\s*[«"“„]/u.test(text))) return false;
  return true;
}

// ------------------------------------------------------------------ FAQ answer types

type Asks = 'when' | 'how-many' | 'where' | 'why' | 'next' | 'said' | 'other';

const ASKS: Array<[Asks, RegExp]> = [
  [
    'how-many',
    /(?:^|[^\p{L}])(?:combien|how many|how much|wie viele|wie viel|cuánt[oa]s?|quant[ieo]|quant[oa]s?|hoeveel|сколько|ile|πόσ[οιαε]ς?|多少|几|幾|いくつ|何人)/iu,
  ],
  ['when', /(?:^|[^\p{L}])(?:quand|à quelle date|when|wann|cuándo|quando|wanneer|когда|kiedy|πότε|何时|什么时候|何時|いつ)/iu],
  ['where', /(?:^|[^\p{L}])(?:où|where|wo|dónde|dove|onde|waar|где|gdzie|πού|哪里|哪裡|在哪|どこ)(?:[^\p{L}]|$)/iu],
  [
    'why',
    /(?:^|[^\p{L}])(?:pourquoi|pour quelles? raisons?|why|warum|wieso|weshalb|por qué|perché|por que|waarom|почему|зачем|dlaczego|czemu|γιατί|为什么|為什麼|为何|なぜ|どうして)/iu,
  ],
  [
    'next',
    /(?:suite|va-t-il se passer|va se passer|what (?:happens|comes) next|what will happen|wie geht es weiter|qué pasará|cosa succederà|o que vai acontecer|wat gebeurt er nu|что дальше|что будет|co dalej|τι θα γίνει|接下来|接下來|今後)/iu,
  ],
  [
    'said',
    /(?:que dit|qu['’]a dit|qu['’]a déclaré|que disent|what (?:did|does|do) .{1,40} say|was sagt|was sagte|qué dijo|qué dice|cosa ha detto|cosa dice|o que disse|o que diz|wat zei|wat zegt|что сказал|что заявил|co powiedział|τι (?:δήλωσε|είπε)|说了什么|表示了什么)/iu,
  ],
];

const NUMBER_WORDS =
  /(?:^|[^\p{L}])(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|cents|mille|million|millions|milliard|milliards|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundred|hundreds|thousand|thousands|million|billion|zwei|drei|vier|fünf|zehn|hundert|tausend|dos|tres|cuatro|cinco|diez|cien|mil|due|tre|quattro|cinque|dieci|cento|dois|duas|três|quatro|twee|drie|vier|vijf|tien|honderd|duizend|два|две|три|четыре|пять|десять|сто|тысяч|миллион|dwa|dwie|trzy|cztery|pięć|dziesięć|sto|tysięcy|milion|δύο|τρεις|τέσσερις|πέντε|δέκα|εκατό|χιλιάδες|εκατομμύρια)(?:[^\p{L}]|$)/iu;
const CJK_NUMBER = /[一二三四五六七八九十百千万萬亿億两兩]/u;
const YEAR = /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)/u;
const RELATIVE_TIME =
  /(?:^|[^\p{L}])(?:hier|aujourd['’]hui|demain|cette semaine|ce week-end|la semaine (?:dernière|prochaine)|l['’]an dernier|yesterday|today|tomorrow|tonight|last (?:week|month|year|night)|next (?:week|month|year)|this (?:week|month|year)|gestern|heute|morgen|ayer|hoy|mañana|ieri|oggi|domani|ontem|hoje|amanhã|gisteren|vandaag|morgen|вчера|сегодня|завтра|wczoraj|dzisiaj|dziś|jutro|χθες|σήμερα|αύριο|昨天|今天|明天|昨日|今日|明日)(?:[^\p{L}]|$)/iu;
const CAUSE =
  /(?:^|[^\p{L}])(?:car|parce qu|en raison|à cause|faute de|grâce à|suite à|à la suite|afin de|pour \p{Ll}+(?:er|ir|re)(?:[^\p{L}]|$)|because|due to|sparked by|triggered by|caused by|fuell?ed by|déclenché|provoqué|owing to|as a result|in order to|after|following|in response|since|weil|denn|wegen|aufgrund|da |porque|debido|a causa|perché|poiché|a causa|porque|devido|omdat|vanwege|doordat|потому что|из-за|так как|поскольку|ponieważ|bo |z powodu|dlatego|επειδή|λόγω|διότι|因为|因為|由于|由於|ため|から)/iu;
const FUTURE =
  /(?:^|[^\p{L}])(?:va |vont |devrait|devraient|sera|seront|prévoit|prévu|prochain|prochaine|doit |doivent|will|would|plans?|planned|expected|next|is set to|are set to|to be|going to|wird|werden|soll|sollen|geplant|künftig|será|serán|va a|van a|prevé|próxim|sarà|saranno|prossim|previst|vai |vão |será|próxim|zal |zullen|gepland|будет|будут|планирует|планируется|намерен|должен|będzie|będą|planuje|ma zostać|θα |σχεδιά|将|將|计划|計劃|预计|預計|予定|方針)/iu;

function answerCarries(asks: Asks, answer: string, question: string): boolean {
  switch (asks) {
    case 'how-many':
      return /\p{N}/u.test(answer) || NUMBER_WORDS.test(answer) || CJK_NUMBER.test(answer);
    case 'when':
      return (
        YEAR.test(answer) ||
        RELATIVE_TIME.test(answer) ||
        (answer.toLowerCase().match(/[\p{L}]+/gu) ?? []).some((t) => CALENDAR.has(t)) ||
        /\d{1,2}[./]\d{1,2}|\d{1,2}\s*h\s*\d{0,2}|\d{1,2}:\d\d|[年月日]/u.test(answer)
      );
    case 'where':
      return /(?:^|[^\p{L}])\p{Lu}\p{Ll}+/u.test(answer.slice(1)) || CJK.test(answer);
    case 'why':
      return CAUSE.test(answer);
    case 'next':
      return FUTURE.test(answer);
    case 'said': {
      const name =
        /(?:dit|déclaré|say|sagt|sagte|dijo|dice|detto|disse|diz|zei|zegt|сказал|заявил|powiedział|δήλωσε|είπε)\s+(.+?)[\s?？]*$/iu.exec(question)?.[1] ??
        /what (?:did|does|do) (.+?) say/iu.exec(question)?.[1];
      const surname = name?.split(/\s+/u).pop()?.replace(/[?？]/gu, '');
      return SPEECH.test(answer.replace(QUOTED, ' ')) || /[«"“„「]/u.test(answer) || (!!surname && answer.includes(surname));
    }
    default:
      return true;
  }
}

/** What a question asks for, from its interrogative. */
export function questionAsks(question: string): Asks {
  for (const [asks, re] of ASKS) if (re.test(question)) return asks;
  return 'other';
}

/** The answer has the kind of fact its question asks for (undefined: a question of no checked kind). */
export function answerTypeOk(question: string, answer: string): boolean | undefined {
  const asks = questionAsks(question);
  if (asks === 'other') return undefined;
  return answerCarries(asks, answer, question);
}

/** Share of the answer's words that a bullet already says (0..1). */
export function overlapWithBullets(answer: string, bullets: string[], lang: string): number {
  const a = new Set(words(answer, lang).filter((w) => w.length > 3 || CJK.test(w)));
  if (a.size === 0) return 0;
  let best = 0;
  for (const b of bullets) {
    const bw = new Set(words(b, lang));
    let shared = 0;
    for (const w of a) if (bw.has(w)) shared++;
    best = Math.max(best, shared / a.size);
  }
  return best;
}
