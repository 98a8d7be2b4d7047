/**
 * Question writers of es, it, pt, de, nl, ru, pl and el: "why" and "how many" from the
 * answering sentence (lib/text/lang/write/generic.ts), names and terms in templates.
 */
import { prefixHowMany, prefixNext, prefixWhy, topicIn, type NextLanguage, type PrefixLanguage } from './generic';
import type { Gender, QuestionWriter, WriteContext } from './types';
import { escapeRegExp } from '../../regexp';

const set = (s: string) => new Set(s.split(/\s+/u));

/** A Greek or Slavic name's gender from its first word, when its ending tells. */
function nameGender(name: string, ctx: WriteContext, feminine: RegExp, masculine: RegExp): Gender | undefined {
  const told = ctx.genderOf(name);
  if (told) return told;
  const first = name.split(/\s+/u)[0].toLowerCase();
  return feminine.test(first) ? 'f' : masculine.test(first) ? 'm' : undefined;
}

/** Genitive plural after Russian and Polish numbers: 5-20, and any ending in 0 or 5-9 (not 1-4). */
const slavicPlural = (n: string) => {
  const digits = n.replace(/\D/gu, '');
  if (!digits) return false;
  const last2 = Number(digits.slice(-2));
  const last = Number(digits.slice(-1));
  return (last2 >= 11 && last2 <= 19) || last === 0 || last >= 5;
};

/** A term with its article, when the article writes one ("el FMI", "la OTAN"). */
function withArticle(term: string, sentence: string, articles: string): string | undefined {
  const m = new RegExp(`(?<![\\p{L}])(${articles})\\s?${escapeRegExp(term)}(?![\\p{L}])`, 'iu').exec(sentence);
  return m ? `${m[1].toLowerCase()}${/['’]$/u.test(m[1]) ? '' : ' '}${term}` : undefined;
}

type Rest = Omit<QuestionWriter, 'why' | 'howMany' | 'futures' | 'institutions' | 'people'> & {
  /** '|' between phrases */ futures: string;
  institutions: string;
  people: string;
  /** "What will X do": the verbs after a subject that say it, and the question each makes (lib/text/lang/write/generic.ts). */
  plans?: Pick<NextLanguage, 'verbs' | 'ask' | 'compounds'>;
};

function writer(l: PrefixLanguage, rest: Rest): QuestionWriter {
  const { plans, ...others } = rest;
  const institutions = rest.institutions.split(/\s+/u);
  const people = rest.people.split(/\s+/u);
  const plan: NextLanguage | undefined = plans && { code: l.code, ...plans, actors: [...institutions, ...people] };
  return {
    why: (sentence, cause, ctx) => prefixWhy(l, sentence, cause, ctx),
    howMany: (sentence, number, ctx) => prefixHowMany(l, sentence, number, ctx),
    ...others,
    // Someone's plan when the sentence names who ("Что будет делать лаборатория?"); the bare template otherwise.
    next: (sentence, ctx) => (sentence && plan && prefixNext(plan, sentence, ctx)) || rest.next(undefined, ctx),
    futures: rest.futures.split('|'),
    institutions,
    people,
  };
}

export const es = writer(
  {
    code: 'es',
    causes: ['porque', 'debido a', 'a causa de', 'ya que', 'puesto que', 'dado que', 'gracias a', 'por culpa de', 'para'],
    why: (c) => `por qué ${c}`,
    howMany: (noun) => (/as$/u.test(noun) ? 'cuántas' : /[oe]s$/u.test(noun) ? 'cuántos' : undefined),
    question: (b) => `¿${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('millones millón mil euros dólares pesos por ciento años meses días horas minutos kilómetros metros veces puntos grados'),
  },
  {
    futures: 'va a|van a|prevé|prevén|planea|planean|próximo|próxima|será|serán|deberá|deberán|tendrá|tendrán|podrá',
    people: 'testigo víctima conductor conductora vecino vecina madre padre policía médico médica profesor profesora abogado abogada fiscal juez jueza alcalde alcaldesa ministro ministra presidente presidenta portavoz director directora experto experta investigador investigadora',
    institutions: 'gobierno policía ministerio ayuntamiento fiscalía empresa sindicato tribunal ejército comisión hospital universidad banco partido parlamento',
    plans: {
      verbs: ['va', 'van', 'prevé', 'prevén', 'planea', 'planean'],
      ask: (verb, subject, [after]) =>
        verb === 'va' || verb === 'van' ? (after === 'a' ? `¿Qué ${verb === 'va' ? 'hará' : 'harán'} ${subject}?` : undefined) : `¿Qué ${verb} ${subject}?`,
    },
    next: () => '¿Qué pasará ahora?',
    whatIs: (term, sentence, topic) => {
      if (topic) return ((n) => (n ? `¿Qué es ${n}?` : undefined))(topicIn(term, sentence, 'el|la|los|las|un|una'));
      const t = withArticle(term, sentence, 'el|la|los|las');
      return t ? `¿Qué es ${t}?` : `¿Qué significan las siglas ${term}?`;
    },
    whoIs: (name) => `¿Quién es ${name}?`,
    says: (name) => `¿Qué dice ${name}?`,
  },
);

export const it = writer(
  {
    code: 'it',
    causes: ['perché', 'poiché', 'a causa di', 'a causa del', 'a causa della', 'dovuto a', 'grazie a', 'per via di', 'siccome'],
    why: (c) => `perché ${c}`,
    howMany: (noun) => (/e$/u.test(noun) ? 'quante' : /i$/u.test(noun) ? 'quanti' : undefined),
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('milioni milione mila euro dollari per cento anni mesi giorni ore minuti chilometri metri volte punti gradi'),
  },
  {
    futures: 'sarà|saranno|dovrà|dovranno|prevede|prevedono|prossimo|prossima|intende|intendono|potrà|avrà',
    people: 'testimone vittima automobilista vicino vicina madre padre poliziotto medico professore professoressa avvocato avvocata procuratore giudice sindaco ministro ministra presidente portavoce direttore direttrice esperto esperta ricercatore ricercatrice',
    institutions: 'governo polizia ministero comune procura azienda sindacato tribunale esercito commissione ospedale università banca partito parlamento',
    plans: {
      verbs: ['intende', 'intendono', 'prevede', 'prevedono'],
      ask: (verb, subject) => (/no$/u.test(verb) ? `Cosa faranno ${subject}?` : `Cosa farà ${subject}?`),
    },
    next: () => 'Cosa succederà ora?',
    whatIs: (term, sentence, topic) => {
      if (topic) return ((n) => (n ? `Che cos'è ${n}?` : undefined))(topicIn(term, sentence, "il|lo|la|l'|l’|i|gli|le|un|una|uno"));
      const t = withArticle(term, sentence, "il|lo|la|l'|l’|i|gli|le");
      return t ? `Che cos'è ${t}?` : `Cosa significa la sigla ${term}?`;
    },
    whoIs: (name) => `Chi è ${name}?`,
    says: (name) => `Cosa dice ${name}?`,
  },
);

export const pt = writer(
  {
    code: 'pt',
    causes: ['porque', 'devido a', 'por causa de', 'já que', 'pois', 'graças a', 'uma vez que'],
    why: (c) => `por que ${c}`,
    howMany: (noun) => (/as$/u.test(noun) ? 'quantas' : /[oe]s$/u.test(noun) ? 'quantos' : undefined),
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('milhões milhão mil euros dólares reais por cento anos meses dias horas minutos quilômetros quilómetros metros vezes pontos graus'),
  },
  {
    futures: 'vai|vão|será|serão|deverá|deverão|prevê|preveem|próximo|próxima|pretende|pretendem|irá|irão',
    people: 'testemunha vítima motorista vizinho vizinha mãe pai policial médico médica professor professora advogado advogada procurador juiz juíza prefeito prefeita ministro ministra presidente porta-voz diretor diretora especialista investigador investigadora',
    institutions: 'governo polícia ministério prefeitura câmara empresa sindicato tribunal exército comissão hospital universidade banco partido parlamento',
    plans: {
      verbs: ['vai', 'vão', 'pretende', 'pretendem', 'irá', 'irão'],
      ask: (verb, subject) => (/^(?:vão|pretendem|irão)$/u.test(verb) ? `O que vão fazer ${subject}?` : `O que vai fazer ${subject}?`),
    },
    next: () => 'O que acontece agora?',
    whatIs: (term, sentence, topic) => {
      if (topic) return ((n) => (n ? `O que é ${n}?` : undefined))(topicIn(term, sentence, 'o|a|os|as|um|uma'));
      const t = withArticle(term, sentence, 'o|a|os|as');
      return t ? `O que é ${t}?` : `O que significa a sigla ${term}?`;
    },
    whoIs: (name) => `Quem é ${name}?`,
    says: (name) => `O que diz ${name}?`,
  },
);

export const de = writer(
  {
    code: 'de',
    causes: ['weil', 'da', 'denn', 'wegen', 'aufgrund', 'dank', 'infolge'],
    why: (c) => `warum ${c}`,
    howMany: () => 'wie viele',
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('Millionen Million Milliarden Milliarde Euro Dollar Prozent Jahre Jahren Monate Monaten Tage Tagen Stunden Minuten Kilometer Meter Mal Punkte Grad'),
    verbSecond: 'hat haben hatte hatten ist sind war waren wird werden wurde wurden kann können konnte konnten muss müssen musste mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen'.split(' '),
  },
  {
    futures: 'wird|werden|soll|sollen|plant|planen|will|wollen|nächste|nächsten|künftig|demnächst',
    people: 'Zeuge Zeugin Opfer Fahrer Fahrerin Anwohner Anwohnerin Nachbar Nachbarin Mutter Vater Polizist Polizistin Arzt Ärztin Lehrer Lehrerin Anwalt Anwältin Staatsanwalt Richter Richterin Bürgermeister Bürgermeisterin Minister Ministerin Präsident Präsidentin Sprecher Sprecherin Direktor Direktorin Experte Expertin Forscher Forscherin',
    institutions: 'Regierung Polizei Ministerium Stadt Staatsanwaltschaft Unternehmen Gewerkschaft Gericht Bundeswehr Kommission Behörde Verwaltung Partei Konzern Firma Bank Universität Klinik Krankenhaus Labor Parlament Bundestag',
    plans: {
      verbs: ['wird', 'werden', 'plant', 'planen', 'will', 'wollen'],
      // "wird … erhöhen" is a plan; "wird … kritisiert" (a passive), "wird … teurer" are not.
      ask: (verb, subject, rest) =>
        verb === 'plant' || verb === 'planen' ? `Was ${verb} ${subject}?` : /^\p{Ll}{3,}(?:en|ern|eln)$/u.test(rest[rest.length - 1] ?? '') && !/^ge\p{Ll}+en$/u.test(rest[rest.length - 1]) ? `Was ${verb} ${subject} tun?` : undefined,
      compounds: true,
    },
    next: () => 'Wie geht es weiter?',
    whatIs: (term, sentence, topic) => (topic ? ((n) => (n ? `Was ist ${n}?` : undefined))(topicIn(term, sentence, 'der|die|das|ein|eine')) : `Wofür steht ${term}?`),
    whoIs: (name) => `Wer ist ${name}?`,
    says: (name) => `Was sagt ${name}?`,
  },
);

export const nl = writer(
  {
    code: 'nl',
    causes: ['omdat', 'doordat', 'vanwege', 'wegens', 'dankzij', 'aangezien'],
    why: (c) => `waarom ${c}`,
    howMany: () => 'hoeveel',
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('miljoen miljard euro dollar procent jaar jaren maanden dagen uur minuten kilometer meter keer punten graden'),
    verbSecond: 'heeft hebben had hadden is zijn was waren wordt worden werd werden kan kunnen kon konden moet moeten moest moesten zal zullen zou zouden wil willen wilde wilden mag mogen'.split(' '),
  },
  {
    futures: 'zal|zullen|gaat|gaan|wil|willen|plan|plannen|volgende|binnenkort',
    people: 'getuige slachtoffer bestuurder buurman buurvrouw moeder vader agent arts leraar lerares advocaat officier rechter burgemeester minister president woordvoerder directeur deskundige onderzoeker',
    institutions: 'regering politie ministerie gemeente justitie bedrijf vakbond rechtbank leger commissie ziekenhuis universiteit bank partij parlement',
    plans: {
      verbs: ['zal', 'zullen', 'gaat', 'gaan', 'wil', 'willen'],
      ask: (verb, subject) => `Wat ${verb} ${subject} doen?`,
    },
    next: () => 'Hoe gaat het nu verder?',
    whatIs: (term, sentence, topic) => (topic ? ((n) => (n ? `Wat is ${n}?` : undefined))(topicIn(term, sentence, 'de|het|een')) : `Waar staat ${term} voor?`),
    whoIs: (name) => `Wie is ${name}?`,
    says: (name) => `Wat zegt ${name}?`,
  },
);

/** "будет располагаться на 4-х этажах", "будут находиться под присмотром": where or what X is, not what X will do. */
const STATIVE_RU = /^(?:располагаться|находиться|являться|быть|стоить|составлять|состоять|оставаться)$/u;

export const ru = writer(
  {
    code: 'ru',
    causes: ['потому что', 'так как', 'из-за', 'поскольку', 'благодаря', 'в связи с', 'ввиду', 'по причине'],
    why: (c) => `почему ${c}`,
    howMany: (_noun, n) => (slavicPlural(n) ? 'сколько' : undefined),
    // Past, present and short participle endings: "выявили", "стали", "зарегистрировано", "работают".
    verbEnding: /(?:л|ла|ло|ли|ет|ют|ят|ит|ат|ут|ся|сь|но|на|ны|ен|ан|ть)$/u,
    restWithNoun: true,
    auxiliaries: ['был', 'была', 'было', 'были', 'будет', 'будут'],
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('млн млрд тыс трлн миллионов миллиона миллиардов тысяч рублей руб долларов евро процентов процента лет года годы месяцев дней часов минут километров метров раз пунктов градусов'),
  },
  {
    futures: 'будет|будут|станет|станут|планирует|планируют|намерен|намерена|намерены|собирается|собираются|предстоит|следующей|следующем|следующий|скоро',
    people: 'свидетель свидетельница пострадавший пострадавшая водитель житель жительница сосед соседка мать отец полицейский врач учитель учительница адвокат прокурор судья мэр губернатор министр президент представитель директор эксперт исследователь',
    institutions: 'правительство полиция министерство мэрия прокуратура компания профсоюз суд армия комиссия лаборатория больница клиника центр университет банк завод администрация парламент дума партия',
    plans: {
      verbs: ['будет', 'будут', 'планирует', 'планируют', 'намерен', 'намерена', 'намерено', 'намерены', 'собирается', 'собираются'],
      // "будет работать" is a plan, "будет открыта" is not.
      ask: (verb, subject, [after = '']) =>
        verb === 'будет' || verb === 'будут'
          ? /(?:ть|ться|ти|чь)$/u.test(after) && !STATIVE_RU.test(after) ? `Что ${verb} делать ${subject}?` : undefined
          : /^(?:планирует|планируют)$/u.test(verb)
            ? `Что ${verb} ${subject}?`
            : `Что ${/ы$|ются$/u.test(verb) ? 'собираются' : 'собирается'} делать ${subject}?`,
    },
    next: () => 'Что будет дальше?',
    whatIs: (term, sentence, topic) => (!topic || topicIn(term, sentence, '') ? `Что такое ${term}?` : undefined),
    whoIs: (name, ctx) => `${nameGender(name, ctx, /[ая]$/u, /[бвгдзйклмнпрстфхцчшщ]$/u) === 'f' ? 'Кто такая' : 'Кто такой'} ${name}?`,
    says: (name) => `Что говорит ${name}?`,
  },
);

export const pl = writer(
  {
    code: 'pl',
    causes: ['ponieważ', 'bo', 'gdyż', 'z powodu', 'dzięki', 'ze względu na', 'z uwagi na'],
    why: (c) => `dlaczego ${c}`,
    howMany: (_noun, n) => (slavicPlural(n) ? 'ile' : undefined),
    // Past and impersonal endings: "wykonano", "odnotowano", "zachorowało", "wydały".
    verbEnding: /(?:ł|ła|ło|li|ły|no|to|ją|uje)$/u,
    restWithNoun: true,
    auxiliaries: ['był', 'była', 'było', 'byli', 'były', 'został', 'została', 'zostało', 'zostali', 'zostały', 'będzie', 'będą', 'jest', 'są'],
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)}?`,
    notCounted: set('mln mld tys mld. tysięcy milionów miliardów złotych zł euro dolarów procent proc lat latach lata roku miesięcy dni godzin minut kilometrów metrów razy punktów stopni'),
  },
  {
    futures: 'będzie|będą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|ma zostać|przyszłym|przyszłej|wkrótce',
    people: 'świadek ofiara kierowca mieszkaniec mieszkanka sąsiad sąsiadka matka ojciec policjant lekarz lekarka nauczyciel nauczycielka adwokat prokurator sędzia burmistrz prezydent wojewoda minister rzecznik rzeczniczka dyrektor ekspert badacz',
    institutions: 'rząd policja ministerstwo urząd prokuratura firma spółka związek sąd wojsko komisja laboratorium szpital klinika uczelnia uniwersytet bank partia sejm samorząd',
    plans: {
      verbs: ['będzie', 'będą', 'planuje', 'planują', 'zamierza', 'zamierzają'],
      // "będzie pracować", "będzie badał" are plans; "będzie otwarte" is not.
      ask: (verb, subject, [after = '']) =>
        /^bę/u.test(verb) && !/(?:ć|ł|ła|ło|li|ły)$/u.test(after) ? undefined : /^(?:będą|planują|zamierzają)$/u.test(verb) ? `Co zrobią ${subject}?` : `Co zrobi ${subject}?`,
    },
    next: () => 'Co dalej?',
    whatIs: (term, sentence, topic) => (!topic || topicIn(term, sentence, '') ? `Czym jest ${term}?` : undefined),
    whoIs: (name) => `Kim jest ${name}?`,
    says: (name) => `Co mówi ${name}?`,
  },
);

/** Greek names take their article: ο for men, η for women. */
const greekArticle = (name: string, ctx: WriteContext) => (nameGender(name, ctx, /[αηώ]$/u, /(?:ος|ης|ας|ής|άς|ός)$/u) === 'f' ? 'η' : 'ο');

export const el = writer(
  {
    code: 'el',
    causes: ['επειδή', 'διότι', 'λόγω', 'εξαιτίας', 'αφού', 'γιατί'],
    why: (c) => `γιατί ${c}`,
    // The question word agrees with the noun: "πόσοι άνθρωποι", "πόσους ανθρώπους", "πόσα άτομα";
    // "-ες" is masculine or feminine ("εργάτες", "γυναίκες"): no question rather than a wrong one.
    howMany: (noun) => (/οι$/u.test(noun) ? 'πόσοι' : /ους$/u.test(noun) ? 'πόσους' : /(?:α|ά)$/u.test(noun) ? 'πόσα' : undefined),
    verbEnding: /(?:ει|εί|ουν|ούν|αν|ε|ηκε|ηκαν|ται|νται|σε|σαν)$/u,
    question: (b) => `${b.charAt(0).toUpperCase()}${b.slice(1)};`,
    notCounted: set('εκατ εκατομμύρια δισ ευρώ δολάρια τοις χρόνια έτη μήνες ημέρες ώρες λεπτά χιλιόμετρα μέτρα φορές μονάδες βαθμούς'),
  },
  {
    futures: 'θα|σχεδιάζει|σχεδιάζουν|αναμένεται|αναμένονται|πρόκειται|επόμενη|επόμενο|επόμενες|προσεχώς',
    people: 'μάρτυρας θύμα οδηγός κάτοικος γείτονας μητέρα πατέρας αστυνομικός γιατρός δάσκαλος καθηγητής δικηγόρος εισαγγελέας δικαστής δήμαρχος υπουργός πρόεδρος εκπρόσωπος διευθυντής ειδικός ερευνητής',
    institutions: 'κυβέρνηση αστυνομία υπουργείο δήμος εισαγγελία εταιρεία συνδικάτο δικαστήριο στρατός επιτροπή νοσοκομείο πανεπιστήμιο τράπεζα κόμμα βουλή',
    plans: {
      verbs: ['θα', 'σχεδιάζει', 'σχεδιάζουν'],
      ask: (verb, subject) => {
        const plural = /^(?:οι|τα)\s/u.test(subject) || verb === 'σχεδιάζουν';
        return verb === 'θα' ? `Τι θα ${plural ? 'κάνουν' : 'κάνει'} ${subject};` : `Τι ${verb} ${subject};`;
      },
    },
    next: () => 'Τι θα γίνει στη συνέχεια;',
    whatIs: (term, sentence, topic) => (topic ? ((n) => (n ? `Τι είναι ${n};` : undefined))(topicIn(term, sentence, 'ο|η|το|οι|τα')) : `Τι είναι το ${term};`),
    whoIs: (name, ctx) => `${greekArticle(name, ctx) === 'η' ? 'Ποια' : 'Ποιος'} είναι ${greekArticle(name, ctx)} ${name};`,
    says: (name, ctx) => `Τι λέει ${greekArticle(name, ctx)} ${name};`,
  },
);
