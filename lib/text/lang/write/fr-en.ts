/**
 * Questions in French and English written from the sentence that answers them:
 * "Pourquoi la SNCF a-t-elle interrompu les trains ?", "Why was the road closed?",
 * "Combien de personnes ont été évacuées ?", "Qu'a annoncé le gouvernement ?",
 * "Que va faire le gouvernement ?", "Qu'est-ce que l'IGPN ?". Each returns undefined when the
 * sentence does not lend itself to a natural question.
 */
import type { Gender } from './types';
import { baseForm, isSimplePast } from './en-verbs';

const NBSP_Q = '\u202f?';
const VOWEL = /^[aeiouyéèêëàâäîïôöûüœh]/iu;
const words = (s: string) => s.split(/\s+/u).filter(Boolean);

/** French "que" / "de" before a vowel: "qu'Emmanuel", "d'habitants". */
const elide = (word: 'que' | 'de', next: string) => (VOWEL.test(next) ? `${word.slice(0, -1)}'${next}` : `${word} ${next}`);

/** "La SNCF" -> "la SNCF" inside a question; names keep their capital. */
function lowerDeterminer(subject: string, lang: 'fr' | 'en'): string {
  subject = subject.replace(COMMON_FIRST, (w) => w.toLowerCase());
  const re = lang === 'fr' ? /^(Le|La|Les|L['’]|Un|Une|Des|Ce|Cette|Ces)(?=[\s\p{L}])/u : /^(The|A|An|This|These|Those)(?=\s)/u;
  return subject.replace(re, (d) => d.toLowerCase());
}

// ------------------------------------------------------------------ why

// "car" is also a coach: only after a comma or before what opens a clause.
const FR_CAUSE =
  /(?:,\s*car(?![\p{L}])|(?<![\p{L}])car(?=\s+[«"“]?\s?(?:il|elle|ils|elles|on|le|la|les|l['’]|un|une|des|c['’]|ce|cette|ces|sa|son|ses|leur|leurs|nous|je|j['’])(?![\p{L}]))|(?<![\p{L}])(?:parce qu(?:e|['’])|afin (?:de|d['’]|que|qu['’])|en raison (?:de|du|des|d['’])|à cause (?:de|du|des|d['’])|faute (?:de|d['’])|puisqu(?:e|['’])|grâce (?:à|au|aux)|suite (?:à|au|aux)|à la suite (?:de|du|des|d['’])|en réaction (?:à|au|aux)|pour (?:mettre|convaincre|obtenir|réaliser|soutenir|financer|réduire|limiter|tenter|sauver|défendre|dénoncer|réclamer|exiger|arrêter|empêcher|garantir|assurer|renforcer|attirer|séduire|relancer|accélérer|protéger|aider|permettre|lutter|éviter|protester|faire face))(?![\p{L}]))/iu;
/** "condamné pour vol", "une enquête a été ouverte pour meurtre": what someone is charged with or held for (the qa pack's CHARGED_FOR). */
const FR_CHARGED_FOR =
  /(?<=(?:(?:condamn|arrêt|interpell|jug|hospitalis|inculp|accus|sanctionn|licenci|verbalis|écrou|incarcér|expuls)(?:é|ée|és|ées)|(?:poursuivi|suspendu)(?:e|s|es)?|en examen|garde à vue|(?:enquête|information judiciaire|procédure)\s(?:a\sété|avait\sété|est)\souverte)\s)pour(?![\p{L}])(?!\s+(?:\p{N}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|(?:un|une)\s+(?:an|ans|année|mois|semaine|jour|match|saison))(?![\p{L}]))/iu;
const FR_WHY = new RegExp(`${FR_CAUSE.source}|${FR_CHARGED_FOR.source}`, 'iu');
const EN_CAUSE = /(?<![\p{L}])(?:because|owing to|as a result of|thanks to|in order to|so that|so as to|in response to|in protest (?:at|against)|(?<!(?:is|are|was|were|be|been)\s)due to(?!\s+be(?![\p{L}])))(?![\p{L}])/iu;
/** "was arrested for fraud", "charged with murder", "convicted of": what someone is charged with or held for (not "suspended for two weeks"). */
const EN_CHARGED_FOR = /(?<=(?:arrested|charged|convicted|jailed|imprisoned|sentenced|fined|detained|prosecuted|indicted|accused|hospitali[sz]ed)\s)(?:for|over|of|with)(?![\p{L}])(?!\s+(?:\p{N}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|life|several)(?![\p{L}]))/iu;
const EN_WHY = new RegExp(`${EN_CAUSE.source}|${EN_CHARGED_FOR.source}`, 'iu');

/** A reporting verb in the would-be subject means the clause is someone's statement: "Police said the road...". */
const REPORTING = /^(?:said|says|told|added|explained|announced|claimed|warned|insisted|believes?|thinks?|dit|explique|affirme|estime|indique|précise|annonce|assure|déclare|souligne|rappelle|ajoute|raconte|confie|révèle|selon|according)$/iu;
const FR_PRONOUN_SUBJECT = /^(?:il|elle|ils|elles|on|cela|ça|ce|ceci|c['’]|je|j['’]|nous|vous|tu|qui|qu['’]|que|dont|où|celui-ci|celle-ci|ceux-ci|celles-ci|celui-là|celle-là|lui|eux|chacun|chacune|certains|certaines|tous|toutes)$/iu;
const EN_PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|who|which|what|one|some|many|others|both|each|all)$/iu;

const NOT_A_SUBJECT_START =
  /^(?:ce|cet|cette|ces|this|these|that|those|si|quand|lorsque|lorsqu['’].*|comme|après|avant|dans|en|pour|avec|sur|sous|depuis|pendant|lors|malgré|selon|de|d['’].*|à|au|aux|par|while|if|when|as|although|because|since|at|after|before|in|on|for|with|by|from|to|during|despite|mais|et|or|donc|ainsi|puis|alors|pourtant|cependant|enfin|aussi|hier|aujourd['’]hui|désormais|auquel|auxquels|laquelle|lequel|lesquels|quoi|son|sa|ses|leur|leurs|notre|nos|votre|vos|however|but|and|yet|also|still|so|then|yesterday|today|meanwhile|his|her|their|its|our|your|my)$/iu;
/** Words that open a subject without being a name: lower case inside a question. */
const COMMON_FIRST = /^(?:De|Des|Tous|Toutes|Plusieurs|Certains|Certaines|Chaque|Aucun|Aucune|Nombre|Deux|Trois|Quatre|Cinq|Six|Sept|Huit|Neuf|Dix|All|Several|Some|Many|Most|Each|Both|Two|Three|Four|Five|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands)(?=\s)/u;

/** French auxiliaries and modals that invert: "a" -> "a-t-il", "sont" -> "sont-ils". */
const FR_VERBS = new Map<string, 'sg' | 'pl'>([
  ...['a', 'est', 'va', 'doit', 'peut', 'veut', 'avait', 'était', 'sera', 'aura', 'serait', 'aurait', 'devra', 'pourra', 'devrait', 'pourrait', 'voulait', 'devait', 'pouvait', 'allait', 'vient', 'venait'].map((v) => [v, 'sg'] as const),
  ...['ont', 'sont', 'vont', 'doivent', 'peuvent', 'veulent', 'avaient', 'étaient', 'seront', 'auront', 'seraient', 'auraient', 'devront', 'pourront', 'devraient', 'pourraient', 'voulaient', 'devaient', 'pouvaient', 'allaient', 'viennent', 'venaient'].map((v) => [v, 'pl'] as const),
]);
const EN_AUX = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't"]);

/** The sentence's main clause before its causal marker, without a short opening phrase ("Mercredi, "). */
function clauseBefore(text: string, cause: RegExp): string | undefined {
  const m = cause.exec(text);
  if (!m || m.index < 8) return undefined;
  // "devenue un attribut de la mode en partie (à cause de…)": how much of the cause is the answer's, not the question's.
  let clause = text.slice(0, m.index).trim().replace(/[,;:]$/u, '').trim().replace(/\s+(?:en partie|notamment|surtout|principalement|essentiellement|in part|partly|mainly|largely|chiefly|partially)$/iu, '');
  const opening = /^([^,]{1,60}),\s+(.+)$/u.exec(clause);
  if (opening && words(opening[1]).length <= 6) clause = opening[2].charAt(0).toUpperCase() + opening[2].slice(1);
  if (/["«»“”„()[\]]/u.test(clause)) return undefined;
  return clause;
}

/** A subject as a reader names it: a determiner and a few words, or a name in capitals. */
function plausibleSubject(tokens: string[], lang: 'fr' | 'en'): boolean {
  if (tokens.length === 0 || tokens.length > 6 || !/^\p{Lu}/u.test(tokens[0])) return false;
  if (tokens.some((t) => /[,;:]$/u.test(t) || REPORTING.test(t))) return false;
  // A verb inside the subject means the clause was cut in the wrong place.
  if (tokens.some((t) => (lang === 'fr' ? FR_VERBS.has(t.toLowerCase()) : EN_AUX.has(t.toLowerCase().replace(/’/g, "'"))))) return false;
  if ((lang === 'fr' ? FR_PRONOUN_SUBJECT : EN_PRONOUN_SUBJECT).test(tokens[0])) return false;
  // "Mais les élus", "Yesterday ParkingEye", "Ses collègues" (whose?), "Auquel le gouvernement".
  if (NOT_A_SUBJECT_START.test(tokens[0])) return false;
  if (lang === 'fr' && tokens.some((t) => /^(?:qui|que|qu['’].*|dont|où)$/iu.test(t))) return false;
  // "Leaving the EU is...": a gerund opens a clause, not a subject to put in a question.
  if (lang === 'en' && /ing$/u.test(tokens[0]) && tokens[0] !== 'King') return false;
  if (lang === 'en' && tokens.some((t) => /^(?:who|which|that|whose)$/iu.test(t))) return false;
  // "Se préparer ne (veut pas dire)": clitics and infinitives make a clause, not a subject.
  if (tokens.some((t) => /^(?:se|ne|n['’]|s['’]|y|en|to)$/iu.test(t))) return false;
  return true;
}

/** What follows the verb reads as a whole: not too long, no relative clause, no dangling word at the end. */
function completeRest(rest: string[]): boolean {
  if (rest.length === 0 || rest.length > 12) return false;
  if (rest.some((t) => /^(?:dont|qui|que|qu['’].*|où|eux|elles|which|who|whom|whose|that|it['’]s)$/iu.test(t))) return false;
  // "Why has the industry not used it?": a pronoun whose referent the question does not give.
  if (rest.some((t) => /^(?:it|them|him|her)[.,]?$/u.test(t))) return false;
  // "Why was Smith's call played in court Chancey Luna has been charged?": a second finite verb
  // is a second clause run in (a sentence boundary the page lost).
  if (rest.some((t) => EN_AUX.has(t.toLowerCase().replace(/’/g, "'")) || /^(?:a|ont|est|sont)$/u.test(t))) return false;
  return !/^(?:de|du|des|d['’]|à|au|aux|en|le|la|les|l['’]|un|une|pour|par|avec|sur|dans|et|ou|of|the|a|an|to|in|on|for|with|by|and|or|at)$/iu.test(rest[rest.length - 1]);
}

/**
 * The pronoun that takes up a French subject in an inverted question, when the text tells:
 * "la SNCF" -> elle, "le préfet" -> il, "les pompiers se sont mobilisés" -> ils, "M. Dupont" -> il.
 * Undefined when it cannot be told (the question then uses "est-ce que").
 */
function frPronoun(subject: string[], number: 'sg' | 'pl', verb: string, after: string[], genderOf?: (name: string) => Gender | undefined): string | undefined {
  const det = subject[0].toLowerCase();
  // After "être" (and in "a été", "s'est"), the participle or adjective agrees with the subject:
  // "sont arrivées" -> elles, "est contrainte" -> elle. After "avoir" it tells nothing.
  const etre = /^(?:est|sont|était|étaient|sera|seront)$/u.test(verb) || /^s['’]/u.test(verb);
  const rest = after.filter((w) => !/^(?:pas|plus|jamais|déjà|toujours|été|bien|très)$/u.test(w));
  const agreeing = etre || /^été$/u.test(after[0] ?? '') ? rest[0] : undefined;
  const fromParticiple = !agreeing || agreeing.length < 3 ? undefined : /(?:ée|ées|ie|ies|ue|ues|te|tes|se|ses)$/u.test(agreeing) ? 'f' : /(?:é|és|i|is|u|us|t|ts)$/u.test(agreeing) ? 'm' : undefined;
  let gender: 'm' | 'f' | undefined;
  if (number === 'sg') {
    if (det === 'la' || det === 'une' || det === 'cette' || det === 'mme') gender = 'f';
    else if (det === 'le' || det === 'un' || det === 'ce' || det === 'm.') gender = 'm';
    else if (/^\p{Lu}/u.test(subject[0]) && !/^l['’]/iu.test(det)) gender = genderOf?.(subject.join(' '));
    // An agreeing participle settles "l'entreprise" and names alike.
    gender ??= fromParticiple;
    return gender === 'f' ? 'elle' : gender === 'm' ? 'il' : undefined;
  }
  return fromParticiple === 'f' ? 'elles' : fromParticiple === 'm' ? 'ils' : undefined;
}

/**
 * "Pourquoi X a-t-il ... ?" / "Why was X ...?" from a sentence that gives its reason
 * ("... parce que ...", "... because ..."); the sentence is then the answer.
 */
export function whyQuestion(text: string, lang: string, genderOf?: (name: string) => Gender | undefined, isName?: (word: string) => boolean): string | undefined {
  if (lang === 'fr') {
    const clause = clauseBefore(text, FR_WHY);
    if (!clause) return undefined;
    // "La pratique d'utiliser de l'huile pour bébé pour accélérer la pigmentation se développe":
    // the purpose sits inside the subject when the main verb comes after it.
    const cause = FR_WHY.exec(text)!;
    if (/^(?:pour|afin)/iu.test(cause[0].trim())) {
      // "afin de ne pas gêner l'enquête": the infinitive the marker opens is the cause's own.
      const after = text
        .slice(cause.index + cause[0].length)
        .split(/[,;:(«"“]/u)[0]
        .replace(/^afin d/iu.test(cause[0].trim()) ? /^\s*(?:(?:ne|n['’])\s?(?:pas|plus|jamais)?\s*)?(?:(?:se|s['’]|l['’]|le|la|les|en|y|lui|leur)\s?)*\p{L}+/u : /^$/u, '');
      if (!/(?<![\p{L}])(?:qui(?![\p{L}])|que(?![\p{L}])|qu['’]|dont(?![\p{L}])|où(?![\p{L}]))/iu.test(after) && /(?<![\p{L}])(?:se|s['’]|ne|n['’])\s?\p{Ll}|\s(?:est|sont|a|ont|était|étaient|sera|seront)(?![\p{L}])/u.test(after)) return undefined;
    }
    const tokens = words(clause);
    for (let v = 1; v < Math.min(tokens.length, 8); v++) {
      // "n'a", "s'est", "se sont", "ne peut": the clitics stay before the verb.
      const m = /^((?:n['’])?(?:s['’])?)(\p{L}+)$/u.exec(tokens[v]);
      if (!m) continue;
      const number = FR_VERBS.get(m[2].toLowerCase());
      if (!number) continue;
      let subjectEnd = v;
      while (subjectEnd > 0 && /^(?:ne|se|n['’]se)$/iu.test(tokens[subjectEnd - 1])) subjectEnd--;
      const subject = tokens.slice(0, subjectEnd);
      const clitics = tokens.slice(subjectEnd, v);
      const rest = tokens.slice(v + 1);
      if (!plausibleSubject(subject, 'fr') || !completeRest(rest)) return undefined;
      const subjectText = lowerDeterminer(subject.join(' '), 'fr');
      const pronoun = frPronoun(subject, number, tokens[v].toLowerCase().replace(/^n['’]/u, ''), rest.slice(0, 3), genderOf);
      const verb = [...clitics, tokens[v]].join(' ');
      if (pronoun) {
        const t = /[aeé]$/u.test(m[2]) ? '-t-' : '-';
        return `Pourquoi ${subjectText} ${verb}${t}${pronoun} ${rest.join(' ')}${NBSP_Q}`;
      }
      return `Pourquoi est-ce ${elide('que', subjectText)} ${verb} ${rest.join(' ')}${NBSP_Q}`;
    }
    // A simple tense ("Les syndicats dénoncent la réforme"): "est-ce que" keeps the clause as it is.
    if (tokens.length < 3 || tokens.length > 14 || /[,;:«»"“”]/u.test(clause)) return undefined;
    const first = tokens[0];
    const determiner = /^(?:le|la|les|l['’]\p{L}+|un|une|des|ce|cet|cette|ces|plusieurs|certains|certaines)$/iu.test(first);
    const name = /^\p{Lu}\p{Ll}/u.test(first) && !!isName?.(first) && !FR_PRONOUN_SUBJECT.test(first) && !NOT_A_SUBJECT_START.test(first);
    if (!determiner && !name) return undefined;
    if (!plausibleSubject(tokens.slice(0, Math.min(2, tokens.length - 1)), 'fr') && !determiner) return undefined;
    if (!completeRest(tokens.slice(2))) return undefined;
    return `Pourquoi est-ce ${elide('que', lowerDeterminer(clause, 'fr'))}${NBSP_Q}`;
  }
  if (lang === 'en') {
    // "The protests began peacefully in June and were sparked by proposed legislation": what set
    // the subject's action off is its cause ("Why did the protests begin?").
    const set = /^((?:The|A|An)\s+\p{Ll}+(?:\s\p{Ll}+)??|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)??)\s+(\p{Ll}+)\s[^,;:]*?\s?and\s(?:were|was|had\s+been|have\s+been|has\s+been)\s(?:sparked|triggered|prompted|caused|fuelled|fueled)\sby\s/u.exec(text);
    if (set && isSimplePast(set[2]) && baseForm(set[2]) && plausibleSubject(words(set[1]), 'en')) {
      let who = lowerDeterminer(set[1], 'en');
      if (isName && !words(set[1]).every((w) => /^(?:The|A|An)$/u.test(w) || isName(w) || /^\p{Ll}/u.test(w))) who = who.toLowerCase();
      return `Why did ${who} ${baseForm(set[2])}?`;
    }
    const clause = clauseBefore(text, EN_WHY);
    if (!clause) return undefined;
    const tokens = words(clause);
    for (let v = 1; v < Math.min(tokens.length, 8); v++) {
      const word = tokens[v].toLowerCase().replace(/’/g, "'");
      const aux = EN_AUX.has(word);
      // "The council closed the road": a simple past asks with "did" and the verb's base form.
      const base = aux ? undefined : isSimplePast(word) ? baseForm(word) : undefined;
      if (!aux && !base) continue;
      // "Police said the road was closed because…": someone's statement, not the article's.
      if (REPORTING.test(word)) return undefined;
      const subject = tokens.slice(0, v);
      const rest = tokens.slice(v + 1);
      if (!plausibleSubject(subject, 'en') || !completeRest(rest)) return undefined;
      // "Police arrested…": a capitalised first word the article never writes as a name is lower case in the question.
      let who = lowerDeterminer(subject.join(' '), 'en');
      if (isName && subject.length === 1 && !isName(subject[0])) who = who.toLowerCase();
      return aux ? `Why ${word} ${who} ${rest.join(' ')}?` : `Why did ${who} ${base} ${rest.join(' ')}?`;
    }
    return undefined;
  }
  return undefined;
}

// ------------------------------------------------------------------ how many

/** Nouns after a number that a "how many" question would get wrong: ages, durations, money, units, adjectives. */
const NOT_COUNTED = new Set([
  ...'ans années mois semaines jours heures minutes secondes fois euros dollars livres francs centimes pourcent points kilomètres mètres centimètres kilos kilogrammes tonnes litres degrés millions milliards milliers centaines dizaines mille autres nouveaux nouvelles premiers premières derniers dernières grands grandes petits petites jeunes seuls seules mêmes plus moins'.split(' '),
  ...'years months weeks days hours minutes seconds times euros dollars pounds pence cents percent points miles kilometres kilometers metres meters feet inches kilos kilograms tons tonnes litres degrees millions billions thousands hundreds dozens others more less other new young old former first last top major small large big main different additional extra further separate consecutive straight previous'.split(' '),
]);
const COUNT_RE: Record<string, RegExp> = {
  fr: /(?<![\p{L}\p{N},.])(\p{N}{1,3}(?:[\s\u00a0\u202f.]\p{N}{3})*|\p{N}+)\s+(\p{Ll}[\p{Ll}-]{3,}[sx])(?![\p{L}])/gu,
  en: /(?<![\p{L}\p{N},.])(\p{N}{1,3}(?:,\p{N}{3})*|\p{N}+)\s+(\p{Ll}[\p{Ll}-]{3,}s|people|children|men|women)(?![\p{L}'’])/gu,
};

const NUMBER_WORDS: Record<string, string> = {
  fr: 'deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille',
  en: 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred',
};
/** Participles that leave the question hanging without their complement: "ont été placés (en garde à vue)". */
const NEEDS_COMPLEMENT = /^(?:placé|mis|situé|amené|présenté|labellisé|abordé|classé|inscrit|installé|transféré|conduit|envoyé|appelé|invité|soumis|exposé|prévu|annoncé|indiqué|estimé|passé|devenu|resté|placed|put|taken|sent|moved|given|called|expected|set|due)(?:e|s|es)?$/u;
const COUNTED_THEN_VERB: Record<string, RegExp> = {
  fr: new RegExp(
    `(?<![\\p{L}\\p{N},.])(?:\\p{N}{1,3}(?:[\\s\\u00a0\\u202f.]\\p{N}{3})*|\\p{N}+|${NUMBER_WORDS.fr})\\s+(\\p{Ll}[\\p{Ll}-]{3,}[sx](?:\\s(?:de|des|du|d['’])\\s?(?:l['’]|la\\s|le\\s|les\\s)?\\p{Ll}[\\p{L}'’-]+(?:\\s(?:de|du|des|d['’])\\s?(?:l['’]|la\\s)?\\p{Ll}[\\p{L}'’-]+)?)?)\\s+((?:(?:ont|avaient|auront)\\s+été|sont|étaient|seront|ont\\s+dû\\s+être)\\s+\\p{Ll}{3,}(?:é|ée|és|ées|is|ies|ts|tes|us|ues))(?![\\p{L}])`,
    'u',
  ),
  en: new RegExp(
    `(?<![\\p{L}\\p{N},.])(?:\\p{N}{1,3}(?:,\\p{N}{3})*|\\p{N}+|${NUMBER_WORDS.en})\\s+(\\p{Ll}[\\p{Ll}-]{3,}s|people|children|men|women)\\s+((?:were|have been|had been|are|will be|have|had)\\s+\\p{Ll}{3,}(?:ed|en|wn|nt)|\\p{Ll}{2,}ed)(?![\\p{L}])`,
    'u',
  ),
};

/**
 * "Combien de personnes ont été évacuées ?" / "How many people were injured?" from "près de
 * 1.000 personnes ont été évacuées": the counted noun with what happened to it. A bare
 * "Combien de sauvetages ?" reads like a form, not a reader's question: none.
 */
export function countQuestion(text: string, lang: string, isName?: (word: string) => boolean): string | undefined {
  const re = COUNT_RE[lang];
  if (!re) return undefined;
  const objectCount = objectCountQuestion(text, lang, isName);
  if (objectCount) return objectCount;
  const full = COUNTED_THEN_VERB[lang].exec(text.charAt(0).toLowerCase() + text.slice(1));
  if (full && !NOT_COUNTED.has(full[1].split(/\s/u)[0].toLowerCase())) {
    const [, noun, verb] = full;
    if (NEEDS_COMPLEMENT.test(verb.split(/\s/u).pop()!)) return undefined;
    // "The 25 primates tested included…": a participle after the noun describes it when a verb follows,
    // or when the number counts a set the article already has ("the 25").
    if (lang === 'en' && !verb.includes(' ')) {
      const next = text.slice(full.index + full[0].length).trimStart().split(/\s+/u)[0] ?? '';
      if (/^\p{Ll}{2,}ed$/u.test(next) || EN_AUX.has(next.toLowerCase()) || /(?:^|\s)(?:the|these|those|its|their)\s+$/iu.test(text.slice(0, full.index))) return undefined;
    }
    return lang === 'fr' ? `Combien ${elide('de', noun)} ${verb}${NBSP_Q}` : `How many ${noun} ${verb}?`;
  }
  return undefined;
}

/**
 * A count the subject acts on: "Le groupe va supprimer 1.200 postes en France" -> "Combien de
 * postes est-ce que le groupe va supprimer en France ?"; "Police arrested 12 people on
 * Tuesday" -> "How many people did police arrest on Tuesday?".
 */
function objectCountQuestion(text: string, lang: string, isName?: (word: string) => boolean): string | undefined {
  const m = /(?<![\p{L}\p{N},.])(\p{N}{1,3}(?:[\s\u00a0\u202f.,]\p{N}{3})*|\p{N}+)\s+(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}'’])/u.exec(text);
  if (!m) return undefined;
  const [, number, noun] = m;
  if (/^(?:1[89]|20)\d\d$/.test(number) || NOT_COUNTED.has(noun) || Number(number.replace(/\D/g, '')) < 2) return undefined;
  const before = words(text.slice(0, m.index));
  const after = words(text.slice(m.index + m[0].length).replace(/[.!?…]+["»”]?\s*$/u, '').split(/[,;:(«"“]/u)[0]);
  // "16 membres des forces de l'ordre": the noun alone would ask about the wrong thing.
  if (/^(?:de|des|du|d['’]|of)$/iu.test(after[0] ?? '') || after.length > 6 || before.length < 2 || before.length > 8 || /[,;:«»"“”()]/u.test(before.join(' '))) return undefined;
  if (!plausibleSubject(before.slice(0, 1), lang === 'fr' ? 'fr' : 'en') && !/^(?:le|la|les|l['’]\p{L}+|the)$/iu.test(before[0])) return undefined;
  if (FR_PRONOUN_SUBJECT.test(before[0]) || EN_PRONOUN_SUBJECT.test(before[0])) return undefined;
  const rest = after.join(' ');
  if (lang === 'fr') {
    // The verb right before the number: "a supprimé", "va supprimer", "compte".
    if (!/^\p{Ll}/u.test(before[before.length - 1]) || /^(?:de|du|des|à|au|aux|en|par|pour|sur|avec|plus|moins|près|environ|quelque|quelques|les|la|le)$/iu.test(before[before.length - 1])) return undefined;
    // "ont secouru 45 personnes": the participle would have to agree with "combien de personnes" put before it.
    if (before.length >= 2 && /^(?:a|ont|avait|avaient|aura|auront|aurait|auraient)$/iu.test(before[before.length - 2])) return undefined;
    const clause = lowerDeterminer(before.join(' '), 'fr');
    return `Combien ${elide('de', noun)} est-ce ${elide('que', clause)}${rest ? ' ' + rest : ''}${NBSP_Q}`;
  }
  const last = before[before.length - 1].toLowerCase();
  for (let v = 1; v < before.length; v++) {
    const word = before[v].toLowerCase();
    const subject = before.slice(0, v);
    if (!plausibleSubject(subject, 'en')) continue;
    let who = lowerDeterminer(subject.join(' '), 'en');
    if (isName && subject.length === 1 && !isName(subject[0])) who = who.toLowerCase();
    const between = before.slice(v + 1).join(' ');
    if (EN_AUX.has(word) && v + 1 < before.length) return `How many ${noun} ${word} ${who} ${between}${rest ? ' ' + rest : ''}?`;
    if (v === before.length - 1 && isSimplePast(word) && baseForm(word) && !/^(?:of|to|by|than|about|nearly|almost|over|some|around)$/u.test(last)) return `How many ${noun} did ${who} ${baseForm(word)}${rest ? ' ' + rest : ''}?`;
  }
  return undefined;
}

// ------------------------------------------------------------------ what is

/**
 * "Qu'est-ce que l'IGPN ?" / "What is the IAEA?" from a sentence that spells an acronym out:
 * "l'Inspection générale de la police nationale (IGPN)".
 */
export function acronymQuestion(text: string, lang: string): string | undefined {
  if (lang !== 'fr' && lang !== 'en') return undefined;
  for (const m of text.matchAll(/\((\p{Lu}{2,7})\)/gu)) {
    const acronym = m[1];
    const before = words(text.slice(0, m.index));
    // Walk back to the word that starts the spelled-out name (same first letter, capitalised).
    let start = -1;
    for (let i = before.length - 1; i >= Math.max(0, before.length - 9); i--) {
      const w = before[i].replace(/^(?:l['’]|d['’])/iu, '');
      if (w.normalize('NFD').startsWith(acronym[0]) && /^\p{Lu}\p{Ll}/u.test(w)) {
        start = i;
        break;
      }
    }
    if (start < 0 || before.length - start < 2) continue;
    const first = before[start];
    const det = /^l['’]/iu.test(first) ? 'l’' : (before[start - 1] ?? '').toLowerCase();
    if (lang === 'fr') {
      if (det === 'l’') return `Qu'est-ce que l'${acronym}${NBSP_Q}`;
      if (det === 'la' || det === 'le') return `Qu'est-ce que ${det} ${acronym}${NBSP_Q}`;
      if (det === 'les' || det === 'des') continue;
      return `Qu'est-ce ${elide('que', acronym)}${NBSP_Q}`;
    }
    return det === 'the' ? `What is the ${acronym}?` : `What is ${acronym}?`;
  }
  // The other way round: "l'association APESA (Aide psychologique aux entrepreneurs...)".
  for (const m of text.matchAll(/(?<![\p{L}'’])(l['’])?(\p{Lu}{3,7})\s+\((\p{Lu}[^()]{8,90})\)/gu)) {
    const [, elided, acronym, expansion] = m;
    if (expansion.normalize('NFD')[0] !== acronym[0] || words(expansion).length < 2) continue;
    if (lang === 'fr') return elided ? `Qu'est-ce que l'${acronym}${NBSP_Q}` : `Qu'est-ce ${elide('que', acronym)}${NBSP_Q}`;
    return `What is ${acronym}?`;
  }
  return undefined;
}

// ------------------------------------------------------------------ what did X do

const FR_DONE = new Set('annoncé décidé proposé révélé promis dévoilé confirmé présenté demandé obtenu lancé prévu recommandé ordonné exigé réclamé découvert trouvé choisi adopté voté signé publié retenu interdit suspendu annulé nommé désigné débloqué accordé infligé rejeté refusé approuvé validé autorisé'.split(' '));
const FR_DOES = new Set('annonce propose prévoit demande réclame envisage veut souhaite recommande exige préconise attend craint espère promet dévoile'.split(' '));
const FR_DOES_PL = new Set('annoncent proposent prévoient demandent réclament envisagent veulent souhaitent recommandent exigent préconisent attendent craignent espèrent promettent'.split(' '));
const FR_REACTED = /^(?:réagi|salué|condamné|dénoncé|critiqué|fustigé|regretté|déploré)$/u;
/** "s'est félicité", "se sont réjouis": a reaction told with a reflexive verb. */
const FR_REACTED_SELF = /^(?:félicité|réjoui|indigné|ému|inquiété|insurgé|offusqué|alarmé)e?s?$/u;
const EN_DID: Record<string, string> = Object.fromEntries(
  'announced:announce decided:decide proposed:propose revealed:reveal promised:promise unveiled:unveil confirmed:confirm presented:present demanded:demand launched:launch ordered:order recommended:recommend approved:approve rejected:reject found:find discovered:discover chose:choose signed:sign published:publish agreed:agree planned:plan banned:ban suspended:suspend cancelled:cancel canceled:cancel appointed:appoint named:name awarded:award imposed:impose introduced:introduce passed:pass blocked:block'
    .split(' ')
    .map((p) => p.split(':')),
);
const EN_DONE = new Set('announced decided proposed revealed promised unveiled confirmed presented demanded launched ordered recommended approved rejected found discovered chosen signed published agreed planned banned suspended cancelled canceled appointed named awarded imposed introduced passed blocked'.split(' '));
const EN_DOES: Record<string, string> = Object.fromEntries(
  'announces:announce proposes:propose plans:plan wants:want demands:demand recommends:recommend expects:expect hopes:hope fears:fear promises:promise intends:intend'.split(' ').map((p) => p.split(':')),
);
const EN_REACTED = /^(?:reacted|responded|welcomed|condemned|criticised|criticized|slammed|praised|hailed|denounced)$/u;

/** The sentence's subject and what follows it, when it opens on a subject the reader can name. */
function subjectAndVerb(
  text: string,
  lang: 'fr' | 'en',
  isVerb: (token: string, next: string | undefined) => boolean,
  isName: (word: string) => boolean = () => true,
): { subject: string; tokens: string[]; v: number } | undefined {
  // An adverb between the auxiliary and the participle ('a "instamment" demandé', "a déjà annoncé") is left out.
  text = text.replace(/(\s(?:a|ont|has|have)\s)["«“]?\s?(?:\p{Ll}+ment|déjà|aussi|encore|finalement|already|also|now|finally|\p{Ll}+ly)\s?["»”]?\s(?=\p{Ll})/u, '$1');
  let clause = text.replace(/[.!?…]+$/u, '');
  // The subject as the sentence writes it: "researchers" after "According to Vilsboll," stays lower case.
  let wasLower = false;
  const opening = /^([^,]{1,60}),\s+(.+)$/u.exec(clause);
  // Not a main clause before its comma ("Ford will display its first SUV, marking…"): its verb is the one asked about.
  const openingWords = opening ? words(opening[1]) : [];
  // ("First published in 2003, the study found…" opens on a participle: no subject before it.)
  const subjectFirst = openingWords.length > 0 && (isName(openingWords[0]) || /^\p{Lu}{2,}/u.test(openingWords[0]) || /^(?:the|le|la|les|l['’]\p{L}+)$/iu.test(openingWords[0]));
  const hasVerb = subjectFirst && openingWords.some((t, k) => k > 0 && isVerb(t.toLowerCase(), openingWords[k + 1]?.toLowerCase()));
  if (opening && openingWords.length <= 8 && !hasVerb && !/^\p{Lu}\p{Ll}+\s\p{Lu}/u.test(opening[1])) {
    wasLower = /^\p{Ll}/u.test(opening[2]);
    clause = opening[2].charAt(0).toUpperCase() + opening[2].slice(1);
  }
  // "Eric Piolle, le maire écologiste de Grenoble, a salué...": the name is the subject.
  const named = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s[^,]{3,90},\s(.+)$/u.exec(clause);
  if (named) clause = `${named[1]} ${named[2]}`;
  // "Mr Lansley also announced": the adverb before the verb is not the subject's ("What did Mr Lansley also announce?").
  clause = clause.replace(/^([^,]{2,60}?)\s(?:also|then|later|finally|already|now|aussi|également|ensuite|enfin|déjà)\s(?=\p{Ll})/u, '$1 ');
  const tokens = words(clause);
  for (let v = 1; v < Math.min(tokens.length, 7); v++) {
    if (!isVerb(tokens[v].toLowerCase(), tokens[v + 1]?.toLowerCase())) continue;
    const subject = tokens.slice(0, v);
    if (!plausibleSubject(subject, lang) || subject.some((t) => /["«»“”„()[\]]/u.test(t))) return undefined;
    // One capitalised word that the article never writes mid-sentence is no name ("First published in 2003").
    if (subject.length === 1 && !isName(subject[0]) && !/^\p{Lu}{2,}/u.test(subject[0])) return undefined;
    // "A performance GT version will…": someone indefinite does nothing a reader asks about.
    if (/^(?:a|an|un|une|some|des)$/iu.test(subject[0])) return undefined;
    const named = lowerDeterminer(subject.join(' '), lang);
    return { subject: wasLower ? named.charAt(0).toLowerCase() + named.slice(1) : named, tokens, v };
  }
  return undefined;
}

/**
 * "Qu'a annoncé le gouvernement ?", "Que propose la CGT ?", "Comment a réagi Emmanuel Macron ?",
 * "What did the council decide?", "How did Apple react?": from a sentence whose named subject
 * announces, decides, proposes or reacts. French puts the noun after the verb (stylistic
 * inversion), so no pronoun has to agree with it.
 */
export function actionQuestion(text: string, lang: string, isName?: (word: string) => boolean, isActor: (subject: string) => boolean = () => true): string | undefined {
  if (lang === 'fr') {
    const found = subjectAndVerb(
      text,
      'fr',
      (t, next) =>
        ((t === 'a' || t === 'ont') && !!next && (FR_DONE.has(next) || FR_REACTED.test(next))) ||
        (/^(?:s['’]est|sont)$/u.test(t) && !!next && FR_REACTED_SELF.test(next)) ||
        FR_DOES.has(t) ||
        FR_DOES_PL.has(t), isName);
    if (!found || !isActor(found.subject)) return undefined;
    const { subject, tokens, v } = found;
    const verb = tokens[v].toLowerCase();
    if (/^(?:s['’]est|sont)$/u.test(verb)) {
      // "se sont félicités": the "se" was taken for part of the subject.
      const who = subject.replace(/\s+se$/u, '');
      return who === subject && verb === 'sont' ? undefined : `Comment ${verb === 'sont' ? 'ont' : 'a'} réagi ${who}${NBSP_Q}`;
    }
    if (verb === 'a' || verb === 'ont') {
      const participle = tokens[v + 1].toLowerCase();
      if (FR_REACTED.test(participle)) return `Comment ${verb} réagi ${subject}${NBSP_Q}`;
      return `Qu'${verb} ${participle} ${subject}${NBSP_Q}`;
    }
    return `${elide('que', verb).replace(/^q/u, 'Q')} ${subject}${NBSP_Q}`;
  }
  if (lang === 'en') {
    const found = subjectAndVerb(text, 'en', (t, next) => t in EN_DID || EN_REACTED.test(t) || t in EN_DOES || ((t === 'has' || t === 'have') && !!next && EN_DONE.has(next)), isName);
    if (!found || !isActor(found.subject)) return undefined;
    const { subject, tokens, v } = found;
    const verb = tokens[v].toLowerCase();
    if (EN_REACTED.test(verb)) return `How did ${subject} react?`;
    if (verb === 'has' || verb === 'have') return `What ${verb} ${subject} ${tokens[v + 1].toLowerCase()}?`;
    if (verb in EN_DOES) return `What does ${subject} ${EN_DOES[verb]}?`;
    return `What did ${subject} ${EN_DID[verb]}?`;
  }
  return undefined;
}


// ------------------------------------------------------------------ what next

const FR_NEXT = new Map<string, 'sg' | 'pl'>([
  ...'va doit devrait compte prévoit entend envisage souhaite veut'.split(' ').map((v) => [v, 'sg'] as const),
  ...'vont doivent devraient comptent prévoient entendent envisagent souhaitent veulent'.split(' ').map((v) => [v, 'pl'] as const),
]);
/** French simple futures of 5 letters or more ("annoncera", "se réuniront"); not "caméra", "opéra", "front". */
const FR_FUTURE_SG = /^\p{Ll}{2,}(?:era|ira|dra|ra)$/u;
const FR_FUTURE_PL = /^\p{Ll}{2,}(?:eront|iront|dront|ront)$/u;
const FR_NOT_FUTURE = new Set(['caméra', 'opéra', 'sera', 'aura', 'fera', 'ira', 'extra', 'sierra', 'riviera', 'front', 'affront', 'pourra', 'pourront', 'faudra', 'vaudra']);
const EN_PLANS: Record<string, 'sg' | 'pl'> = { plans: 'sg', intends: 'sg', aims: 'sg', plan: 'pl', intend: 'pl', aim: 'pl' };

/**
 * "Que va faire le gouvernement ?", "What will the council do next?", "What does Apple plan to
 * do?" from a sentence saying what its named subject will do. Undefined otherwise.
 */
export function nextQuestion(text: string, lang: string, isName?: (word: string) => boolean, isActor: (subject: string) => boolean = () => true): string | undefined {
  if (lang === 'fr') {
    // "compte", "veut", "souhaite" state a plan before an infinitive only ("la communauté compte 400.000 personnes" does not).
    const plan = (t: string, next: string | undefined) => FR_NEXT.has(t) && (!/^(?:compte|comptent|veut|veulent|souhaite|souhaitent|entend|entendent)$/u.test(t) || /^(?:\p{Ll}+(?:er|ir|re)|s['’]\p{Ll}+)$/u.test(next ?? ''));
    const found = subjectAndVerb(text, 'fr', (t, next) => plan(t, next) || ((FR_FUTURE_SG.test(t) || FR_FUTURE_PL.test(t)) && t.length >= 6 && !FR_NOT_FUTURE.has(t)), isName);
    if (!found || !isActor(found.subject)) return undefined;
    const verb = found.tokens[found.v].toLowerCase();
    const number = FR_NEXT.get(verb) ?? (FR_FUTURE_PL.test(verb) ? 'pl' : 'sg');
    return `Que ${number === 'pl' ? 'vont' : 'va'} faire ${found.subject}${NBSP_Q}`;
  }
  if (lang === 'en') {
    const found = subjectAndVerb(text, 'en', (t) => t === 'will' || t in EN_PLANS, isName);
    if (!found || !isActor(found.subject)) return undefined;
    const verb = found.tokens[found.v].toLowerCase();
    if (verb === 'will') return `What will ${found.subject} do next?`;
    return `What ${EN_PLANS[verb] === 'pl' ? 'do' : 'does'} ${found.subject} ${verb.replace(/s$/u, '')} to do?`;
  }
  return undefined;
}

// ------------------------------------------------------------------ who says

/** Nouns that take a plural verb in English although they end in no "s": "the police say". */
const EN_PLURAL_NOUNS = /^(?:police|people|staff|crew|authorities|officials)$/iu;

/** "Que dit Olivier Véran ?", "Que disent les syndicats ?", "What does the ministry say?", "What do the police say?" */
export function saysQuestion(name: string, lang: string): string {
  const words = name.split(/\s+/u);
  const det = words[0].toLowerCase();
  if (lang === 'fr') return `${det === 'les' ? 'Que disent' : 'Que dit'} ${lowerDeterminer(name, 'fr')}${NBSP_Q}`;
  const last = words[words.length - 1];
  const plural = det === 'the' && (EN_PLURAL_NOUNS.test(last) || (/s$/u.test(last) && !/ss$/u.test(last) && /^\p{Ll}/u.test(last)));
  return `What ${plural ? 'do' : 'does'} ${lowerDeterminer(name, 'en')} say?`;
}

// ------------------------------------------------------------------ who leads

const FR_LED = /^(?:présidée?s?|dirigée?s?)$/u;
const EN_LED: Record<string, string> = { led: 'leads', headed: 'heads', chaired: 'chairs', run: 'runs' };

/**
 * "Qui préside le Comité national d'organisation ?" from "…le Comité national d'organisation
 * présidé par Wang Qishan…"; "Who leads the task force?" from "the task force, led by Jane Doe":
 * the body the sentence names, and the person at its head right after "par" / "by".
 */
export function leaderQuestion(text: string, lang: string): string | undefined {
  if (lang !== 'fr' && lang !== 'en') return undefined;
  const re =
    lang === 'fr'
      ? /(?<![\p{L}])([Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s?(\p{L}[\p{L}'’-]*(?:\s(?:de|du|des|d['’]|la|le|l['’])?\s?\p{L}[\p{L}'’-]*){0,5}?),?\s(présidée?s?|dirigée?s?)\spar\s(?:l['’]|le\s|la\s)?\p{Lu}/gu
      : /(?<![\p{L}])([Tt]he)\s(\p{L}[\p{L}'’-]*(?:\s(?:of|for|on)?\s?\p{L}[\p{L}'’-]*){0,5}?),?\s(led|headed|chaired|run)\sby\s(?:the\s)?\p{Lu}/gu;
  for (const m of text.matchAll(re)) {
    const [, det, body, participle] = m;
    const parts = words(body);
    // A body named by a noun ("comité", "commission", "task force"), not a clause or a pronoun.
    if (parts.some((w) => (lang === 'fr' ? FR_VERBS.has(w.toLowerCase()) : EN_AUX.has(w.toLowerCase())) || REPORTING.test(w) || /^(?:qui|que|dont|who|which|that)$/iu.test(w))) continue;
    if (!/^\p{L}{4,}/u.test(parts[0]) || /ment$|ly$/u.test(parts[parts.length - 1])) continue;
    if (lang === 'fr') {
      const d = det.toLowerCase();
      const named = /^l['’]/u.test(d) ? `l'${body}` : `${d} ${body}`;
      const verb = FR_LED.test(participle) && participle.startsWith('prés') ? 'préside' : 'dirige';
      return `Qui ${verb} ${named}${NBSP_Q}`;
    }
    return `Who ${EN_LED[participle]} the ${body}?`;
  }
  return undefined;
}
