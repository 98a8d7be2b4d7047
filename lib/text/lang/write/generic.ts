/**
 * Question writing for languages that ask "why" and "how many" without moving the verb (es,
 * it, pt, ru, pl, el) or by moving one verb (de, nl), and for CJK. The language files give the
 * words; this module does the cutting and joining.
 */
import { languagePack } from '..';
import type { Span, WriteContext } from './types';
import { escapeRegExp } from '../../regexp';

export interface PrefixLanguage {
  code: string;
  /** "¿Por qué {clause}?" */
  why: (clause: string) => string;
  /** "Cuántas", "Сколько" for a counted noun and its number (undefined: no natural form for them). */
  howMany?: (noun: string, number: string) => string | undefined;
  /** Puts the question together: opening words, then the rest. */
  question: (body: string) => string;
  /** Nouns after a number that are units, not things counted ("millions", "лет", "procent"). */
  notCounted: ReadonlySet<string>;
  /**
   * The finite verb goes right after the question word (German, Dutch: verb second): one of
   * these auxiliaries and modals, the only verbs told apart from the rest here.
   */
  verbSecond?: string[];
  /** Russian, Polish: a verb's endings, told from a noun's ("приняли участие 109 человек": "участие" is no verb). */
  verbEnding?: RegExp;
  /** Slavic languages: what follows the counted noun qualifies it ("przeszczepów serca", "случаев ОРВИ"): it stays beside it. */
  restWithNoun?: boolean;
  /** Auxiliaries that make one verb with the word before the figure ("были выявлены"): a question would split them. */
  auxiliaries?: string[];
  /**
   * Markers after which the sentence gives the cause of its main clause ("porque", "weil",
   * "из-за"): not those that give its consequence ("por eso", "привело к").
   */
  causes: string[];
}

const QUOTES = /[«»“”„"「」]/u;
const words = (s: string) => s.split(/\s+/u).filter(Boolean);

/** Lower-cases the clause's first word unless the article writes it as a name. */
function lowerFirst(text: string, ctx: WriteContext, lang: string): string {
  const first = /^\p{L}[\p{L}'’-]*/u.exec(text)?.[0] ?? '';
  const pack = languagePack(lang);
  // An article or a function word is never a name, wherever the page writes it with a capital.
  const functionWord = pack.stopwords.has(first.toLowerCase()) || (pack.grammar?.determiners ?? []).includes(first.toLowerCase());
  if (!first || (!functionWord && ctx.isName(first)) || /^\p{Lu}{2,}/u.test(first)) return text;
  return first.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The main clause a cause explains, as the reader would repeat it: before a cause that comes
 * after it ("X, parce que"), after one that comes first ("Debido a la lluvia, X"), without a
 * short opening phrase; undefined when it names no subject the reader knows (a pronoun), is
 * someone's statement, or is too long to ask about.
 */
export function causedClause(sentence: string, cause: Span, lang: string): string | undefined {
  const pack = languagePack(lang);
  const text = sentence.replace(/[.!?…。！？]+["»”]?\s*$/u, '');
  let clause: string;
  if (words(text.slice(0, cause.start)).length <= 2) {
    // Cause first: the main clause follows the comma after it.
    const comma = text.indexOf(',', cause.end);
    if (comma < 0) return undefined;
    clause = text.slice(comma + 1).trim();
  } else {
    clause = text.slice(0, cause.start).trim().replace(/[,;:–—-]+$/u, '').trim();
    // A short opening phrase ("En 2019,", "Nach dem Unfall,"), not a subject set off by a comma.
    const opening = /^([^,]{1,50}),\s+(.+)$/u.exec(clause);
    const openerWord = opening?.[1].split(/\s+/u)[0].toLowerCase() ?? '';
    if (opening && words(opening[1]).length <= 6 && (pack.grammar?.sceneOpeners.includes(openerWord) || /^\p{N}/u.test(openerWord))) clause = opening[2];
  }
  const tokens = words(clause);
  if (tokens.length < 3 || tokens.length > 14 || QUOTES.test(clause) || /[,;:]/u.test(clause)) return undefined;
  const first = tokens[0].toLowerCase().replace(/[^\p{L}'’-]/gu, '');
  // A pronoun or a relative opens no clause a reader can repeat; German and Dutch write their
  // articles like their relatives ("die Regierung"), and those open a subject.
  const article = (pack.grammar?.determiners ?? []).includes(first) || /^(?:der|die|das|de|het)$/u.test(first);
  if (pack.grammar?.anaphora.includes(first) || (!article && pack.grammar?.relatives.includes(first)) || pack.connectives?.always.includes(first)) return undefined;
  // "Police said the road...": someone's statement, not the article's.
  if ((pack.speech?.verbs ?? []).some((v) => !v.includes(' ') && tokens.some((t) => t.toLowerCase() === v))) return undefined;
  return clause;
}

/** German and Dutch: "Die Regierung hat die Steuern erhöht" -> "hat die Regierung die Steuern erhöht". */
function verbSecond(clause: string, ctx: WriteContext, lang: string, verbs: readonly string[]): string | undefined {
  const pack = languagePack(lang);
  const tokens = words(clause);
  const determiners = new Set(pack.grammar?.determiners ?? []);
  let end = 0;
  // Subject: a determiner and the words up to its noun (capitalised in German), or a name.
  if (determiners.has(tokens[0].toLowerCase()) || /^(?:dem|den|des|einem|einen|eines|einer|het|de)$/iu.test(tokens[0])) {
    end = 1;
    while (end < tokens.length && end < 5 && !(lang === 'de' ? /^\p{Lu}/u.test(tokens[end]) : /^\p{Ll}{4,}$/u.test(tokens[end]) && end >= 1)) end++;
    end++;
  } else if (/^\p{Lu}/u.test(tokens[0])) {
    end = 1;
    while (end < tokens.length && end < 3 && /^\p{Lu}/u.test(tokens[end]) && ctx.isName(tokens[end])) end++;
  }
  const verb = tokens[end];
  if (!end || !verb || !verbs.includes(verb) || end + 1 >= tokens.length) return undefined;
  const subject = lowerFirst(tokens.slice(0, end).join(' '), ctx, lang);
  return [verb, subject, ...tokens.slice(end + 1)].join(' ');
}

/** The marker at `cause` is one that gives a cause ("porque"), whole words. */
export function opensCause(sentence: string, cause: Span, markers: readonly string[]): boolean {
  const at = sentence.slice(cause.start).toLowerCase();
  // Whole words, but in scripts written without spaces.
  return markers.some((m) => at.startsWith(m) && (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(m) || !/^[\p{L}]/u.test(at.slice(m.length))));
}

export function prefixWhy(l: PrefixLanguage, sentence: string, cause: Span | undefined, ctx: WriteContext): string | undefined {
  if (!cause || !opensCause(sentence, cause, l.causes)) return undefined;
  // Greek "καθώς και" is "as well as", not "as".
  if (/^\s*και(?![\p{L}])/u.test(sentence.slice(cause.end))) return undefined;
  const clause = causedClause(sentence, cause, l.code);
  if (!clause) return undefined;
  const body = l.verbSecond ? verbSecond(clause, ctx, l.code, l.verbSecond) : lowerFirst(clause, ctx, l.code);
  return body ? l.question(l.why(body)) : undefined;
}

/** Words that qualify a figure ("ponad 200", "около 50", "más de"), never the verb before it. */
const QUALIFIERS = /^(?:ponad|około|blisko|prawie|niemal|aż|более|около|почти|свыше|примерно|порядка|менее|más|menos|casi|unos|unas|cerca|alrededor|più|circa|quasi|oltre|mais|quase|über|rund|etwa|fast|knapp|mehr|weniger|ruim|bijna|ongeveer|meer|πάνω|περίπου|σχεδόν|έως)$/u;

/**
 * "¿Cuántos despidos anunció el Gobierno?" from "El Gobierno anunció 500 despidos", "Сколько
 * человек погибли в результате взрыва?" from "В результате взрыва погибли 12 человек": the
 * counted noun first, then the verb before the number, then the rest.
 */
export function prefixHowMany(l: PrefixLanguage, sentence: string, number: Span, ctx: WriteContext): string | undefined {
  if (!l.howMany) return undefined;
  const pack = languagePack(l.code);
  const text = sentence.replace(/[.!?…]+["»”]?\s*$/u, '');
  const before = words(text.slice(0, number.start));
  // What follows the noun, up to the clause's end: "…in Venedig, fast ein Drittel…" stops at the comma.
  const after = words(text.slice(number.end).split(/[,;:(]/u)[0]);
  const noun = after[0]?.replace(/[,;:.]$/u, '');
  if (!noun || !/^\p{L}{3,}$/u.test(noun) || l.notCounted.has(noun.toLowerCase())) return undefined;
  // "30 ноября", "10 latach": a date or a span of time, not a count.
  if ((pack.dates?.months ?? []).includes(noun.toLowerCase())) return undefined;
  // One thing is no count; German writes every noun with a capital, the other languages none.
  if (/^0*1$/u.test(text.slice(number.start, number.end).trim()) || (l.verbSecond ? !/^\p{Lu}/u.test(noun) : !/^\p{Ll}/u.test(noun))) return undefined;
  // A function word after the number ("12 из", "5 de"), not a thing counted.
  const g = pack.grammar;
  if (g && [...g.sceneOpeners, ...g.determiners, ...g.relatives, ...g.negations].includes(noun.toLowerCase())) return undefined;
  const rest = after.slice(1);
  if (rest.length > 8 || rest.some((w) => QUOTES.test(w)) || before.some((w) => QUOTES.test(w))) return undefined;
  // Another figure after it ("301825 человек или 27,6%"), or a clause before it ("По ее словам, … реализуются 208
  // программ"): the question would carry them in the wrong place.
  if (rest.some((w) => /\p{N}/u.test(w)) || /[,;:()–—]/u.test(before.join(' ')) || before.some((w) => /\p{N}/u.test(w) && !/^\d{4}(?:[-–]\d{2,4})?(?:-?\p{L}{0,3})$/u.test(w))) return undefined;
  if (l.auxiliaries && before.some((w) => l.auxiliaries!.includes(w.toLowerCase()))) return undefined;
  const ask = l.howMany(noun, text.slice(number.start, number.end));
  if (!ask) return undefined;
  let body: string[];
  if (before.length === 0) {
    // "12 Menschen starben bei…": a verb must follow the counted noun, or there is no question.
    const next = rest[0]?.toLowerCase() ?? '';
    if (!/^\p{Ll}{3,}$/u.test(rest[0] ?? '') || pack.stopwords.has(next) || (g && [...g.sceneOpeners, ...g.determiners, ...g.negations].includes(next))) return undefined;
    body = [ask, noun, ...rest];
  } else {
    // The verb before the number: not "не менее", "plus de", "about" (words that qualify the figure).
    const verb = before[before.length - 1];
    // German and Dutch put the verb second: after a fronted year or phrase ("1466 starben
    // mutmaßlich 40.000 Menschen") the word before the figure is no verb. A negation moved
    // behind the verb reads as nonsense ("не менее").
    if (l.verbSecond && (/^\p{N}/u.test(before[0]) || (g && g.sceneOpeners.includes(before[0].toLowerCase())))) return undefined;
    if (g && before.some((w) => g.negations.includes(w.toLowerCase()))) return undefined;
    if (!/^\p{Ll}{3,}$/u.test(verb) || pack.stopwords.has(verb) || (g && [...g.negations, ...g.sceneOpeners].includes(verb)) || before.length > 8 || /[,;:]$/u.test(before.join(' '))) return undefined;
    if (QUALIFIERS.test(verb) || (l.verbEnding && !l.verbEnding.test(verb))) return undefined;
    const lead = before.slice(0, -1).join(' ');
    const leading = lead ? [lowerFirst(lead, ctx, l.code)] : [];
    body = l.restWithNoun ? [ask, noun, ...rest, verb, ...leading] : [ask, noun, verb, ...leading, ...rest];
  }
  if (body.length > 14) return undefined;
  return l.question(body.join(' ').replace(/[,;:]$/u, ''));
}

/**
 * The page's subject as the sentence names it, with its article when it has one: "le
 * bronzage" in "Le bronzage est…", "a prime number" in "A prime number is…". Undefined when
 * the sentence does not name it.
 */
export function topicIn(topic: string, sentence: string, articles: string): string | undefined {
  const esc = escapeRegExp(topic);
  const m = new RegExp(`(?<![\\p{L}])(?:(${articles})\\s?)?(${esc})(?![\\p{L}])`, 'iu').exec(sentence);
  if (!m) return undefined;
  const article = m[1] ? m[1].toLowerCase() : '';
  // The subject as the page writes it mid-sentence: "bronzage", "Oxygen" when a name.
  const word = m.index === 0 && !article ? m[2].charAt(0).toLowerCase() + m[2].slice(1) : m[2];
  return article ? `${article}${/['’]$/u.test(article) ? '' : ' '}${word}` : word;
}

/** How a language asks what someone will do: the future or plan verbs that follow a subject, and the question each makes. */
export interface NextLanguage {
  code: string;
  /** Verbs (lower case, one word) that, right after the subject, say what it will do or plans: "будет", "wird", "θα". */
  verbs: readonly string[];
  /** The question for this verb and subject ("Что будет делать новая лаборатория?"); undefined: none for that verb. */
  ask: (verb: string, subject: string, rest: string[]) => string | undefined;
  /** Nouns a subject may end on when it names someone who acts (the writer's institutions and people). */
  actors: readonly string[];
  /** Nouns are compounds that end on the actor ("Bundesregierung" on "Regierung"). */
  compounds?: boolean;
}

/**
 * "Что будет делать новая лаборатория?" from "Новая лаборатория будет специализироваться на…",
 * "Was wird die Regierung tun?" from "Die Regierung wird…": a sentence that opens on someone
 * who acts (a body or a person named by a noun the language knows, or a name), followed by a
 * future or a plan. Undefined otherwise: a thing or a pronoun plans nothing a reader asks about.
 */
export function prefixNext(l: NextLanguage, sentence: string, ctx: WriteContext): string | undefined {
  const pack = languagePack(l.code);
  const g = pack.grammar;
  let text = sentence.replace(/[.!?…。！？]+["»”]?\s*$/u, '');
  // A short opening phrase ("В ближайшее время,", "Im Januar,") before the subject.
  const opening = /^([^,]{1,50}),\s+(.+)$/u.exec(text);
  if (opening && words(opening[1]).length <= 5 && !words(opening[1]).some((w) => l.verbs.includes(w.toLowerCase()))) text = opening[2];
  const tokens = words(text);
  for (let v = 1; v < Math.min(tokens.length, 6); v++) {
    const verb = tokens[v].toLowerCase();
    if (!l.verbs.includes(verb)) continue;
    const subject = tokens.slice(0, v);
    // What follows the verb says what: at least two words.
    if (tokens.length - v - 1 < 2) return undefined;
    if (subject.some((w) => !/^[\p{L}][\p{L}'’-]*$/u.test(w))) return undefined;
    const first = subject[0].toLowerCase();
    const determiners = new Set(g?.determiners ?? []);
    // German writes its articles like its relatives ("die Regierung"): an article opens a subject.
    const article = determiners.has(first) || (l.code === 'de' && /^(?:der|die|das)$/u.test(first));
    if (g && [...g.anaphora, ...(article ? [] : g.relatives), ...g.sceneOpeners, ...g.negations].includes(first)) return undefined;
    if (pack.connectives?.always.includes(first)) return undefined;
    const head = subject[subject.length - 1];
    const known = l.actors.some((a) => {
      const h = head.toLowerCase();
      const x = a.toLowerCase();
      return h === x || (l.compounds && h.length > x.length + 2 && h.endsWith(x));
    });
    // A name: capitalised words past the first the article writes as names, no determiner before them.
    const name = !article && subject.every((w) => /^\p{Lu}/u.test(w) && (ctx.isName(w) || /^\p{Lu}{2,}/u.test(w))) && !pack.stopwords.has(first);
    if (!known && !name) return undefined;
    // Every other word of the subject is a word of the subject, not a function word ("Это", "Sie").
    if (subject.slice(1).some((w) => pack.stopwords.has(w.toLowerCase()) && !determiners.has(w.toLowerCase()))) return undefined;
    return l.ask(verb, lowerFirst(subject.join(' '), ctx, l.code), tokens.slice(v + 1));
  }
  return undefined;
}
