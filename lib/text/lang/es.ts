import { stopwords as spanishList } from '@orama/stopwords/spanish';
import { once, without, wordSet } from './words';
import type { LanguagePack } from './types';

/** Hand-written: the most frequent function words and a few news words ("dijo", "año", "según"). */
const ES_COMMON = 'a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estado estan están estar este esto estos fue fueron ha había han hasta hay la las le les lo los más me mi mientras muy nada ni no nos o otra otras otro otros para pero poco por porque que quien se sea ser si sí sido sin sobre son su sus también tanto te tiene tienen todo todos tras tu un una uno unos y ya dijo año años según';

/**
 * The Spanish list of @orama/stopwords is not Snowball's: its 577 words include news verbs
 * ("afirmó", "señaló": good) but also nouns that carry a topic. These stay content words.
 */
const ES_CONTENT_WORDS = 'trabajo trabajar trabaja trabajan trabajamos trabajas trabajais tiempo lugar estados general valor verdad pais país paìs horas final fin';


const STOPWORDS_ES = once(() => without(wordSet(spanishList, ES_COMMON), ES_CONTENT_WORDS));

export const es: LanguagePack = {
  code: 'es',
  heading: 'En breve',
  questionMark: '?',
  table: { caption: 'De un vistazo', aspect: 'Aspecto', says: 'Lo que dice el artículo', figuresCaption: 'Cifras clave', figure: 'Cifra', counts: 'Lo que cuenta', structural: ['introducción', 'conclusión', 'conclusiones', 'resumen', 'en resumen', 'fuentes', 'referencias', 'notas', 'comentarios', 'lea también'] },
  get stopwords() {
    return STOPWORDS_ES();
  },
  detectionWords: wordSet(ES_COMMON),
  abbreviations: wordSet(
    // "EE. UU." written with a space goes in two pieces. No "mar" (month): "el mar" ends sentences.
    'sr sra srta sres srs sras dña dr dra jr lic ing arq prof profa gral cnel tte pdte ud uds etc aprox pág págs núm tel vol art ej cía s.a av avda dpto sto sta ee uu ee.uu a.c d.c ene feb abr jun jul ago sept oct nov dic',
  ),
  cues: { why: ['porque', 'debido', 'causa', 'razón', 'ya que', 'por eso', 'pues'], next: ['será', 'serán', 'próximo', 'próxima', 'prevé', 'planea', 'va', 'van', 'deberá', 'futuro'], when: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'ayer', 'hoy', 'mañana'] },
  dates: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'feb', 'abr', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
  },
  speech: {
    verbs: ['dijo', 'dice', 'afirmó', 'afirma', 'explicó', 'explica', 'señaló', 'señala', 'aseguró', 'asegura', 'declaró', 'declara', 'indicó', 'indica', 'añadió', 'añade', 'agregó', 'agrega', 'subrayó', 'destacó', 'advirtió', 'reconoció', 'anunció', 'anuncia', 'manifestó', 'sostuvo', 'sostiene', 'escribió', 'consideró', 'considera', 'apuntó', 'recordó', 'precisó'],
    according: ['según', 'de acuerdo con', 'a juicio de', 'en palabras de'],
  },
  connectives: { always: ['pero', 'y', 'sin embargo', 'además', 'no obstante', 'asimismo'], withComma: ['así', 'entonces', 'por otra parte', 'por su parte', 'en cambio', 'por otro lado', 'de hecho', 'por lo tanto'] },
  furniture: {
    opening: ['lee también', 'lea también', 'leer más', 'ver también', 'te puede interesar', 'noticias relacionadas', 'relacionado', 'compartir', 'comparte', 'síguenos', 'suscríbete', 'foto:', 'fotografía:', 'imagen:', 'fuente:', 'publicidad', 'tiempo de lectura', 'publicado', 'actualizado', 'comentarios', 'vídeo:'],
    anywhere: ['todos los derechos reservados', 'newsletter', 'boletín', 'suscríbete', 'política de privacidad', 'enlaces de afiliados', 'recibimos una comisión'],
  },
  grammar: {
    anaphora: ['él', 'ella', 'ellos', 'ellas', 'esto', 'este', 'esta', 'estos', 'estas', 'eso', 'ese', 'esa', 'esos', 'esas', 'su', 'sus', 'ambos', 'ambas', 'dicho', 'dicha', 'yo', 'nosotros'],
    demonstratives: ['este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'dicho', 'dicha', 'dichos', 'dichas'],
    subjects: ['él', 'ella', 'ellos', 'ellas'],
    deictic: ['año', 'semana', 'mes', 'fin', 'mañana', 'tarde', 'noche', 'temporada', 'verano', 'invierno', 'primavera', 'otoño', 'día', 'vez', 'momento', 'siglo'],
    additives: ['también', 'sin embargo', 'además', 'asimismo'],
    relatives: ['que', 'quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde', 'cual', 'cuales'],
    sceneOpeners: ['durante', 'tras', 'después', 'antes', 'en', 'con', 'pese', 'desde', 'bajo', 'ante', 'mientras'],
    objectPrepositions: ['en', 'con', 'bajo', 'ante'],
    asideAdverbs: { words: ['a veces', 'todavía', 'ya', 'de nuevo', 'por ahora', 'por supuesto', 'quizás', 'al parecer', 'sobre todo'], ending: 'mente' },
    negations: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'nada', 'nadie', 'ni', 'tampoco'],
    determiners: ['un', 'una', 'el', 'la', 'los', 'las', 'ex'],
    clauseLinks: ['mientras', 'aunque'],
  },
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
