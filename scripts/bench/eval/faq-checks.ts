/**
 * Checks for the FAQ benchmark (scripts/bench-faq.ts): is an answer grounded in the article and
 * does it answer its question, are two questions of one FAQ duplicates, is a question written
 * the way the language writes questions. Pure functions. The checks keep cue lists of their own,
 * not the engine's, so that they do not simply agree with it; the one exception is "where",
 * which asks lib/qa (analyseQuestion, verifyAnswer) whether the answer names a place.
 */
import { analyseQuestion, verifyAnswer } from '../../../lib/qa';
import type { FaqItem } from '../../../lib/types';
import { languagePack, type LanguagePack } from '../../../lib/text/lang';
import { terms, words } from '../../../lib/text/tokens';
import { escapeRegExp } from '../../../lib/text/regexp';

export interface Check {
  ok: boolean;
  /** Why not, when not ok (one short phrase). */
  reason?: string;
}

export interface GroundedCheck extends Check {
  /** The answer is the source sentences joined, word for word (not a trim of them). */
  exact?: boolean;
}

type SentenceLike = string | { text: string };
const textOf = (s: SentenceLike): string => (typeof s === 'string' ? s : s.text);
const squashSpace = (s: string) => s.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();

// ------------------------------------------------------------------ templates

const SLOT = '\u0000';

interface Templates {
  /** Prefix and suffix of each template with a slot ("Que dit l'article sur « " … " »\u202f?"). */
  slotted: Array<{ prefix: string; suffix: string }>;
  /** The fixed questions ("Que s'est-il passé ?"), normalised: about nothing in particular. */
  fixed: Set<string>;
  /** Stems of the interrogatives ("combien", "which"): never a question's topic. */
  interrogatives: Set<string>;
}

const templateCache = new Map<string, Templates>();

function templates(pack: LanguagePack): Templates {
  const cached = templateCache.get(pack.code);
  if (cached) return cached;
  const slotted: Templates['slotted'] = [];
  const fixed = new Set<string>();
  const faq = (pack.faq ?? {}) as unknown as Record<string, unknown>;
  for (const value of Object.values(faq)) {
    if (typeof value === 'string') fixed.add(normalizeQuestion(value));
    else if (typeof value === 'function') {
      const filled = String((value as (x: string) => unknown)(SLOT));
      const at = filled.indexOf(SLOT);
      if (at >= 0) slotted.push({ prefix: filled.slice(0, at), suffix: filled.slice(at + SLOT.length) });
    }
  }
  const interrogatives = new Set((pack.faq?.interrogatives ?? []).flatMap((w) => terms(w, pack.code)));
  const t: Templates = { slotted, fixed, interrogatives };
  templateCache.set(pack.code, t);
  return t;
}

/**
 * The words a question is about, as stems: for a question built from a template with a slot
 * ("Que dit l'article sur « X » ?", "Who is X?") the terms of X; none for a fixed template
 * ("What happened?"); otherwise the question's content terms less the interrogatives.
 */
export function questionKeyTerms(question: string, lang: string): string[] {
  const pack = languagePack(lang);
  const t = templates(pack);
  const q = squashSpace(question);
  // Fixed first: "Qui est concerné ?" is the fixed "who" question, not "Qui est X ?" about "concerné".
  if (t.fixed.has(normalizeQuestion(q))) return [];
  for (const { prefix, suffix } of t.slotted) {
    const p = squashSpace(prefix);
    const s = squashSpace(suffix);
    if (p.length + s.length > 0 && q.length > p.length + s.length && q.startsWith(p) && q.endsWith(s)) {
      return contentTerms(q.slice(p.length, q.length - s.length), lang);
    }
  }
  return contentTerms(q, lang).filter((w) => !t.interrogatives.has(w));
}

/** French inversions are two words: "vit-il" -> "vit il", "a-t-elle" -> "a elle". */
const unInvert = (text: string) => text.replace(/(\p{L})-(?:t-)?(il|elle|on|ils|elles|je|tu|nous|vous|ce|en|y|là)(?![\p{L}])/giu, '$1 $2');

/** terms() after splitting French inversions. */
export const contentTerms = (text: string, lang: string): string[] => terms(languagePack(lang).code === 'fr' ? unInvert(text) : text, lang);

// ------------------------------------------------------------------ answer content

const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const EN_DAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const FR_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc';
const FR_DAYS = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';

/** Dates in any language: a year, 12/03, 12/03/2020, 2020-03-12, 12.03.2020, a clock time. */
const DATE_ANY = [
  /(?<![\p{L}\p{N}])(?:1[5-9]\d\d|20\d\d)(?:s|’s|'s)?(?![\p{L}\p{N}])/u,
  /(?<![\p{N}])\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?(?![\p{N}])/u,
  /(?<![\p{N}])\d{4}-\d{2}-\d{2}(?![\p{N}])/u,
];

const DATES: Record<string, RegExp[]> = {
  en: [
    // English capitalises its months and days; lower-case "may" and "march" are verbs.
    new RegExp(`(?<![\\p{L}])(?:${EN_MONTHS}|${EN_DAYS})(?![\\p{L}])`, 'u'),
    /(?<![\p{L}])(?:yesterday|today|tonight|tomorrow|overnight|weekend|decade|century|o['’]clock|midnight|noon)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:last|next|this|earlier this|later this|that)\s+(?:morning|afternoon|evening|night|week|weekend|month|year|spring|summer|autumn|fall|winter|season|decade|century)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)\s+(?:ago|earlier|later)(?![\p{L}])/iu,
    /(?<![\p{N}])\d{1,2}(?::\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm|GMT|BST|ET|EST|PT)(?![\p{L}])/u,
    /(?<![\p{N}])\d{1,2}(?:st|nd|rd|th)(?![\p{L}])/u,
  ],
  fr: [
    new RegExp(`(?<![\\p{L}])(?:${FR_MONTHS}|${FR_DAYS})(?![\\p{L}])`, 'iu'),
    /(?<![\p{L}])(?:hier|avant-hier|aujourd['’]hui|demain|après-demain|la veille|le lendemain|week-end|week-ends|siècle|décennie|minuit|midi)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:ce matin|cet après-midi|ce soir|cette nuit|cette semaine|cette année|ce mois|cet été|cet hiver|cet automne|ce printemps)(?![\p{L}])/iu,
    /(?<![\p{L}])(?:la semaine|le mois|l['’]an|l['’]année|l['’]été|l['’]hiver|l['’]automne|le printemps|la saison|la nuit)\s+(?:dernier|dernière|passé|passée|prochain|prochaine|précédent|précédente|suivant|suivante)(?![\p{L}])/iu,
    /(?<![\p{L}])il y a\s+(?:\S+\s+){1,2}?(?:heures?|jours?|semaines?|mois|ans|années?|décennies?)(?![\p{L}])/iu,
    /(?<![\p{N}])\d{1,2}\s?h(?:\s?\d\d)?(?![\p{L}])/u,
    /(?<![\p{L}])1er(?![\p{L}])/u,
  ],
};

/** The answer says when: a year, a day or month name, a date like 12/03, "hier", "yesterday"... */
export function hasDateExpression(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  if (DATE_ANY.some((re) => re.test(text))) return true;
  const own = DATES[pack.code];
  if (own) return own.some((re) => re.test(text));
  const tokens = new Set(words(text, lang));
  return pack.cues.when.some((c) => (c.includes(' ') ? text.toLowerCase().includes(c) : tokens.has(c)));
}

const MAGNITUDE = 'thousand|thousands|million|millions|billion|billions|trillion|trillions|bn|m|k|mille|milliers|million|millions|milliard|milliards|md|mds';
const NUMBER_WORDS: Record<string, string[]> = {
  en: 'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
  fr: 'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt vingts trente quarante cinquante soixante cent cents mille million millions milliard milliards dizaine dizaines douzaine douzaines vingtaine trentaine quarantaine cinquantaine centaine centaines millier milliers'.split(
    ' ',
  ),
};

/**
 * Numbers in a text: each run of digits ("1 200", "3,5", "2.4 million", "45 %") counts once
 * (not digits glued to a name: "PS4", "Covid-19"),
 * each run of number words ("two hundred", "vingt-deux", "des milliers") once. "One"/"un" do
 * not count: they are as often articles or pronouns as figures.
 */
export function countNumbers(text: string, lang: string): number {
  // Not the digits of a name: "PS4", "Covid-19", "BT-7274".
  const digits = new RegExp(
    `(?<![\\p{L}][-‑]?)(?<![\\p{N}])\\p{N}+(?:[.,\\u00a0\\u202f ]\\p{N}{3})*(?:[.,]\\p{N}+)?(?:\\s?(?:${MAGNITUDE})(?![\\p{L}]))?`,
    'gu',
  );
  let n = 0;
  const rest = text.replace(digits, () => {
    n++;
    return ' ¶ ';
  });
  const list = new Set(NUMBER_WORDS[languagePack(lang).code] ?? []);
  let inRun = false;
  for (const token of rest.toLowerCase().split(/[^\p{L}¶-]+/u)) {
    if (!token) continue;
    const isNumber = token !== '¶' && token.split('-').some((p) => list.has(p));
    if (isNumber && !inRun) n++;
    inRun = isNumber;
  }
  return n;
}

const CAUSES: Record<string, string[]> = {
  en: [
    'because',
    'owing to',
    'as a result',
    'a result of',
    'thanks to',
    'in order to',
    'so that',
    'so as to',
    'caused',
    'causes',
    'cause',
    'causing',
    'reason',
    'reasons',
    'why',
    'led to',
    'leading to',
    'blamed',
    'blames',
    'triggered',
    'sparked',
    'prompted',
    'in response to',
    'in protest at',
    'in protest against',
    'therefore',
    'hence',
    'consequently',
    'since then',
    'charged with',
    'convicted of',
    'arrested for',
    'arrested on suspicion of',
    'accused of',
    'sentenced for',
    'jailed for',
    'investigation into',
    'on charges of',
  ],
  fr: [
    'car',
    'parce que',
    "parce qu'",
    'afin de',
    "afin d'",
    'afin que',
    'en raison de',
    "en raison d'",
    'en raison du',
    'en raison des',
    'à cause de',
    "à cause d'",
    'à cause du',
    'à cause des',
    'grâce à',
    'grâce au',
    'grâce aux',
    'puisque',
    "puisqu'",
    'faute de',
    "faute d'",
    'étant donné',
    'vu que',
    "c'est pourquoi",
    'raison',
    'raisons',
    'cause',
    'causé',
    'causée',
    'causés',
    'causées',
    'provoqué',
    'provoquée',
    'provoqués',
    'provoquées',
    'entraîné',
    'entraînée',
    'dû à',
    'due à',
    'dus à',
    'dues à',
    'suite à',
    'suite au',
    'suite aux',
    'à la suite de',
    'à la suite du',
    'à la suite des',
    "à la suite d'",
    'en effet',
    'par conséquent',
    'motif',
    'motifs',
    "s'explique",
    'expliqué par',
    'conséquence',
    'donc',
    'en réaction à',
    'en réaction au',
    'en réaction aux',
    'pour protester',
    'pour dénoncer',
    'pour réclamer',
    'pour exiger',
    'pour soutenir',
    'pour obtenir',
    'pour permettre',
    'pour éviter',
    'pour lutter',
    'pour aider',
    'pour limiter',
    'pour réduire',
    'pour tenter',
    'pour faire face',
    'mis en examen pour',
    'mise en examen pour',
    'poursuivi pour',
    'poursuivie pour',
    'interpellé pour',
    'arrêté pour',
    'accusé de',
    'accusée de',
    "accusé d'",
    'ouverte pour',
    'ouverte du chef de',
  ],
};

const PLANS: Record<string, string[]> = {
  en: [
    'will',
    "'ll",
    "won't",
    'shall',
    'plans to',
    'plan to',
    'planned',
    'planning',
    'plans',
    'expected to',
    'expects to',
    'is set to',
    'are set to',
    'set to be',
    'intends',
    'intend to',
    'aims to',
    'aim to',
    'hopes to',
    'scheduled',
    'due to be',
    'is to be',
    'are to be',
    'next',
    'upcoming',
    'future',
    'later this',
    'forthcoming',
    'proposed',
  ],
  fr: [
    'va',
    'vont',
    'vais',
    'allons',
    'devrait',
    'devraient',
    'devra',
    'devront',
    'doit',
    'doivent',
    'sous peu',
    'prévoit',
    'prévoient',
    'prévu',
    'prévue',
    'prévus',
    'prévues',
    'envisage',
    'envisagent',
    'projette',
    'projettent',
    'projet',
    'prochain',
    'prochaine',
    'prochains',
    'prochaines',
    'bientôt',
    'à venir',
    'futur',
    'future',
    'futurs',
    'futures',
    'avenir',
    'désormais',
    "d'ici",
    'sera',
    'seront',
    'aura',
    'auront',
    'pourra',
    'pourront',
    'fera',
    'feront',
    'ira',
    'iront',
    'faudra',
    'entend',
    'entendent',
    'souhaite',
    'souhaitent',
    "s'apprête",
    "s'apprêtent",
  ],
};
/** French future tense: "annoncera", "se réuniront"; not "caméra", "opéra", "front". */
const FR_FUTURE = /(?<![\p{L}])\p{Ll}{2,}(?:era|eront|iront|ira|rai|ront)(?![\p{L}])/u;
const FR_NOT_FUTURE = new Set([
  'caméra',
  'caméras',
  'opéra',
  'opéras',
  'front',
  'affront',
  'ère',
  'sera',
  'extra',
  'lira',
  'tira',
  'mira',
  'vira',
  'bira',
  'gira',
  'sierra',
  'riviera',
  'vrai',
  'balai',
  'minerai',
  'délai',
  'essai',
  'relai',
  'rai',
  'ira',
]);

/** Phrases matched on whole words, either apostrophe. */
function hasPhrase(text: string, phrases: string[]): boolean {
  const t = text.toLowerCase().replace(/’/g, "'");
  return phrases.some((p) => {
    const startsWithLetter = /^\p{L}/u.test(p);
    const endsWithLetter = /\p{L}$/u.test(p);
    return new RegExp(`${startsWithLetter ? '(?<![\\p{L}\\p{N}])' : ''}${escapeRegExp(p)}${endsWithLetter ? '(?![\\p{L}\\p{N}])' : ''}`, 'u').test(t);
  });
}

/** "stalled due to a clause" gives a cause; "the case is due to return", "due to be published" a date. */
const EN_DUE_CAUSE = /(?<!(?:is|are|was|were|been|be|['’]s)\s)(?<![\p{L}])due to(?!\s+be(?![\p{L}]))(?![\p{L}])/iu;
const EN_DUE_PLAN = /(?<![\p{L}])(?:is|are|['’]s)\s+due to(?![\p{L}])/iu;
/** "going to" is a plan, "was going to" a past one. */
const EN_GOING_TO = /(?<!(?:was|were)\s)(?<![\p{L}])going to(?![\p{L}])/iu;

/** The answer gives a reason: "because", "due to", "car", "parce que", "en raison de"... */
export function hasCausalMarker(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  if (pack.code === 'en' && EN_DUE_CAUSE.test(text)) return true;
  return hasPhrase(text, CAUSES[pack.code] ?? pack.cues.why);
}

/** The answer says what comes next: "will", "plans to", "va", "devrait", "prévoit", a French future... */
export function hasFutureMarker(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  if (hasPhrase(text, PLANS[pack.code] ?? pack.cues.next)) return true;
  if (pack.code === 'en' && (EN_DUE_PLAN.test(text) || EN_GOING_TO.test(text))) return true;
  if (pack.code === 'fr') {
    for (const m of text.matchAll(new RegExp(FR_FUTURE.source, 'gu'))) if (!FR_NOT_FUTURE.has(m[0])) return true;
  }
  return false;
}

const NOT_NAMES = new Set(['I', ...EN_DAYS.split('|'), ...EN_MONTHS.split('|')]);

/**
 * Names of people or organisations: capitalised words (or acronyms) not at the start of a
 * sentence nor right after an opening quote, a colon or a dash, and not function words or
 * English day and month names.
 */
export function names(text: string, lang: string): string[] {
  const pack = languagePack(lang);
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}'’.-]*/gu)) {
    const before = text.slice(0, m.index).replace(/[\s\u00a0\u202f]+$/u, '');
    // "M. Macron", "Dr. Smith", "J. K. Rowling": a period after an abbreviation or an initial ends nothing.
    const abbreviation = /(?:^|[^\p{L}])(\p{L}[\p{L}.]*)\.$/u.exec(before)?.[1];
    const afterAbbreviation = !!abbreviation && (pack.abbreviations.has(abbreviation.toLowerCase()) || /^\p{Lu}$/u.test(abbreviation));
    if (before === '' || (/[.!?…:;«“"(\[–—-]$/u.test(before) && !afterAbbreviation)) continue;
    const word = m[0].replace(/[.'’-]+$/u, '');
    if (NOT_NAMES.has(word) || pack.stopwords.has(word.toLowerCase())) continue;
    out.push(word);
  }
  return out;
}

const DANGLING: Record<string, RegExp> = {
  fr: /^(?:il|elle|ils|elles|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|cette dernière|ces derniers|son|sa|ses|leur|leurs|cela|ceci|mais|cependant|pourtant|toutefois|en revanche|par ailleurs|de plus|en outre|aussi|alors|ainsi|donc|et|or|quant à|résultat)(?![\p{L}'’-])/iu,
  en: /^(?:he|she|they|it|its|his|her|their|them|this|these|those|that|but|and|also|however|yet|so|meanwhile|instead|still|then|which|who)(?![\p{L}'’-])/iu,
};

/**
 * Not one of the grounding rules, a reading aid: the answer cannot stand alone because it opens
 * on a pronoun or a connector ("Elle a dit également…", "But he…") or inside a quotation (an
 * opening quote never closed, or a closing one never opened). Returns what it opens on.
 */
export function danglingStart(answer: string, lang: string): string | undefined {
  const code = languagePack(lang).code;
  const text = answer.trim();
  const bare = text.replace(/^[«“"‘'(\s\u00a0\u202f]+/u, '');
  const word = DANGLING[code]?.exec(bare)?.[0];
  if (word) return word;
  const first = splitQuoteState(text);
  if (first) return first;
  return undefined;
}

/** A quotation the answer closes without opening it, or opens without closing it. */
function splitQuoteState(text: string): string | undefined {
  let depth = 0;
  for (const ch of text) {
    if (ch === '«' || ch === '“') depth++;
    else if (ch === '»' || ch === '”') {
      if (depth === 0) return `unopened ${ch}`;
      depth--;
    }
  }
  if (depth > 0) return 'unclosed quote';
  // Straight and single quotes: an odd count of straight double quotes, or a leading ‘ never closed.
  if ((text.match(/"/g) ?? []).length % 2 === 1) return 'odd " count';
  if (/^[‘']/u.test(text) && !/[’'](?=[\s.,;:!?]|$)/u.test(text.slice(1).replace(/\p{L}[’']\p{L}/gu, ''))) return 'unclosed ‘';
  return undefined;
}

// ------------------------------------------------------------------ grounded

/** Is `short` a subsequence of `long`, word for word? */
function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of short) {
    while (j < long.length && long[j] !== w) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/** The answer comes from its sources: sources valid, answer = their sentences joined (or a trim of them). */
export function fromSources(item: Pick<FaqItem, 'answer' | 'sources'>, sentences: readonly SentenceLike[], lang: string): GroundedCheck {
  if (!item.sources.length) return { ok: false, reason: 'no source sentence' };
  const bad = item.sources.find((i) => !Number.isInteger(i) || i < 0 || i >= sentences.length);
  if (bad !== undefined) return { ok: false, reason: `source ${bad} out of range (${sentences.length} sentences)` };
  if (new Set(item.sources).size !== item.sources.length) return { ok: false, reason: 'a source sentence listed twice' };
  const joined = item.sources.map((i) => textOf(sentences[i])).join(' ');
  if (!item.answer.trim()) return { ok: false, reason: 'empty answer' };
  if (squashSpace(item.answer) === squashSpace(joined)) return { ok: true, exact: true };
  const answerWords = words(item.answer, lang);
  if (answerWords.length && isSubsequence(answerWords, words(joined, lang))) return { ok: true, exact: false };
  const missing = answerWords.find((w) => !words(joined, lang).includes(w));
  return { ok: false, reason: missing ? `answer word "${missing}" not in its sources` : 'answer words out of order with its sources' };
}

/**
 * The answer is grounded: it comes from its sources (see fromSources) and it answers its
 * question. Page, article and heading questions: one of the question's key terms (see
 * questionKeyTerms) is in the answer. Generated questions, by what they ask: "when" a date
 * expression, "figures" two numbers, "why" a causal marker, "next" a future or plan marker,
 * "who" a name, "where" a place after a preposition of place, "what" nothing more.
 */
export function grounded(item: FaqItem, sentences: readonly SentenceLike[], lang: string): GroundedCheck {
  const source = fromSources(item, sentences, lang);
  if (!source.ok) return source;
  const answer = item.answer;
  const ok = (cond: boolean, reason: string): GroundedCheck => (cond ? source : { ok: false, reason, exact: source.exact });
  if (item.origin === 'generated') {
    switch (item.asks) {
      case 'when':
        return ok(hasDateExpression(answer, lang), 'asks when: no date in the answer');
      case 'figures': {
        const n = countNumbers(answer, lang);
        // "Combien de sauvetages ?" asks for one count, of that thing.
        const counted = questionKeyTerms(item.question, lang);
        if (counted.length) {
          const inAnswer = new Set(contentTerms(answer, lang));
          return ok(n >= 1 && counted.some((t) => inAnswer.has(t)), `asks how many ${counted.join(' ')}: no such count in the answer`);
        }
        return ok(n >= 2, `asks for figures: ${n} number${n === 1 ? '' : 's'} in the answer`);
      }
      case 'why':
        return ok(hasCausalMarker(answer, lang), 'asks why: no causal marker in the answer');
      case 'next':
        return ok(hasFutureMarker(answer, lang), 'asks what next: no future or plan marker in the answer');
      case 'who': {
        const key = questionKeyTerms(item.question, lang);
        // "Qui est Raymond Lee ?": the answer names that person.
        if (key.length)
          return ok(
            contentTerms(answer, lang).some((t) => key.includes(t)),
            `asks who: the answer does not name ${key.join(' ')}`,
          );
        return ok(names(answer, lang).length > 0, 'asks who: no name in the answer');
      }
      case 'where':
        return ok(verifyAnswer(analyseQuestion(item.question, lang), [answer]).ok, 'asks where: no place in the answer');
      case 'what':
        return source;
      default:
        return { ok: false, reason: `generated question without a known asks (${String(item.asks)})`, exact: source.exact };
    }
  }
  const key = questionKeyTerms(item.question, lang);
  if (key.length === 0) return { ok: false, reason: 'no content word in the question', exact: source.exact };
  const inAnswer = new Set(contentTerms(answer, lang));
  return ok(
    key.some((t) => inAnswer.has(t)),
    `none of the question's words (${[...new Set(key)].join(', ')}) in the answer`,
  );
}

// ------------------------------------------------------------------ duplicates

/** Lower case, no punctuation, single spaces. */
export const normalizeQuestion = (q: string): string =>
  q
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/[\s\u00a0\u202f]+/gu, ' ')
    .trim();

/** Key terms two questions share, over the terms of either (Jaccard; 0 when either has none). */
export function termOverlap(a: string, b: string, lang: string): number {
  const x = new Set(questionKeyTerms(a, lang));
  const y = new Set(questionKeyTerms(b, lang));
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return common / (x.size + y.size - common);
}

/**
 * Why two questions of one FAQ are duplicates, or undefined: the same normalised text, an
 * answer sentence in common, or key terms overlapping more than 70%.
 */
export function duplicateReason(a: Pick<FaqItem, 'question' | 'sources'>, b: Pick<FaqItem, 'question' | 'sources'>, lang: string): string | undefined {
  if (normalizeQuestion(a.question) === normalizeQuestion(b.question)) return 'same question';
  const shared = a.sources.filter((s) => b.sources.includes(s));
  if (shared.length) return `same source sentence ${shared.join(', ')}`;
  const overlap = termOverlap(a.question, b.question, lang);
  if (overlap > 0.7) return `key terms overlap ${(overlap * 100).toFixed(0)}%`;
  return undefined;
}

/** The questions of one FAQ that repeat an earlier one: index -> reason (and which). */
export function duplicates(items: ReadonlyArray<Pick<FaqItem, 'question' | 'sources'>>, lang: string): Map<number, string> {
  const out = new Map<number, string>();
  for (let j = 1; j < items.length; j++) {
    for (let i = 0; i < j; i++) {
      const reason = duplicateReason(items[i], items[j], lang);
      if (reason) {
        out.set(j, `${reason} (as question ${i + 1})`);
        break;
      }
    }
  }
  return out;
}

// ------------------------------------------------------------------ well-formed

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '(': ')', '[': ']' };
const CLOSERS = new Set(Object.values(PAIRS));

function balanced(text: string): boolean {
  const stack: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) stack.push(PAIRS[ch]);
    else if (CLOSERS.has(ch) && stack.pop() !== ch) return false;
  }
  return stack.length === 0 && (text.match(/"/g) ?? []).length % 2 === 0;
}

export interface FormCheck {
  ok: boolean;
  /** Every rule the question breaks. */
  problems: string[];
}

/**
 * A question written as the language writes one: ends with "?" (French with a space, a narrow
 * no-break space or a no-break space before it; English with none), one "?" only, a capital
 * first (after an opening quote or "¿"), 2 to 25 words ("What happened?" is a whole question), balanced quotes and brackets, no
 * doubled spaces, no template leftovers, no ".?" or ":?".
 */
export function wellFormed(question: string, lang: string, minWords = 2, maxWords = 25): FormCheck {
  const code = languagePack(lang).code;
  const problems: string[] = [];
  const q = question;
  if (!q.endsWith('?')) problems.push('does not end with "?"');
  else if (code === 'fr') {
    if (!/[^\s\u00a0\u202f][ \u00a0\u202f]\?$/u.test(q)) problems.push('French "?" without a (no-break) space before it');
  } else if (/[\s\u00a0\u202f]\?$/u.test(q)) problems.push('space before "?"');
  const marks = (q.match(/[?？]/gu) ?? []).length;
  if (marks !== 1) problems.push(`${marks} question marks`);
  if (!/^[«“"‘'¿¡([\s\u00a0\u202f]*\p{Lu}/u.test(q)) problems.push('no capital letter first');
  const n = words(q, lang).length;
  if (n < minWords || n > maxWords) problems.push(`${n} words`);
  if (!balanced(q)) problems.push('unbalanced quotes or brackets');
  if (/[ \u00a0\u202f\t]{2,}|^\s|\s$|\n/u.test(q)) problems.push('doubled or stray spaces');
  if (/\{\{?[^}]*\}?\}|\$\{|%[sd](?![\p{L}])|(?<![\p{L}])(?:undefined|null|NaN)(?![\p{L}])|\[object Object\]|«[\s\u00a0\u202f]*»|“\s*”|""|\u0000/u.test(q))
    problems.push('template leftover');
  if (/[.:;,!…–—-][\s\u00a0\u202f]*\?$/u.test(q)) problems.push('punctuation before "?"');
  else if (/[.:;,][\s\u00a0\u202f]*[»”"][\s\u00a0\u202f]*\?$/u.test(q)) problems.push('punctuation before the closing quote');
  return { ok: problems.length === 0, problems };
}
