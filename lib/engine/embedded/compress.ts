/**
 * Makes an article sentence read like an EN BREF line: short, and saying what the sentence
 * says. Only deletions, so every line is a word subsequence of its sentence (isTrimOf):
 * an agency dateline, a leading connective ("Cependant,"), then, while the line is long,
 * asides (parentheses, a relative clause or an apposition between commas), a scene-setting
 * phrase before the first comma, a trailing clause. Never the attribution ("selon son
 * avocat", "the police said"), a quotation, a negation of the main clause, or, while anything
 * else can go, a figure.
 */
import { languagePack, type LanguagePack } from '../../text/lang';
import { wordCount } from '../../text/tokens';
import { phraseRegExp, reportingRegExp } from './speech';
import { escapeRegExp } from '../../text/regexp';

/** Agency datelines at the start: "PARIS (AFP) - ", "(CNN) -- ", "LONDON (Reuters) - ". */
const DATELINE =
  /^(?:[\p{Lu}][\p{Lu}\s.,'’-]{1,40}\s)?\((?:AFP|Reuters|AP|CNN|dpa|ANSA|EFE|Lusa|Belga|ATS|PAP|TASS|РИА Новости|ΑΠΕ|ANP|Xinhua|新华社|The Hollywood Reporter|EW\.com|Mashable|CNN Money)\)(?:\s*[-–—]+\s*|(?=\p{Lu}))/u;
/** A Chinese reporting frame opening the sentence: "证券时报网综合报道，", "据新华社报道，". */
const CJK_FRAME = /^[^，。]{0,16}(?:综合报道|綜合報導|报道|報導|报导|電|电)[，,]\s*/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const QUOTE_MARKS = /[«»“”„"「」『』]/gu;
const QUOTED_WORDS = /«[^»]*»|“[^”]*”|„[^“”]*[“”]|"[^"]*"|「[^」]*」|(?<![\p{L}])‘[^’]*(?:’(?![\p{L}])|$)/gu;
const DIGIT = /\p{N}/u;
/** "premier", "last", "erste"…: a word that opens a noun phrase in apposition ("…, première action en justice"). */
const ORDINAL_HEAD = /^(?:premi|derni|seul|first|last|only|erste|letzte|primer|últim|prim|ultim|eerste|laatste)/u;

/** Words of a line as the EN BREF length counts them (CJK: characters / 2). */
export function lineLength(text: string, lang: string): number {
  if (CJK.test(text)) return Math.ceil((text.match(/[\p{L}\p{N}]/gu) ?? []).length / 2);
  return wordCount(text, lang);
}

export interface CompressOptions {
  /** Aim: the line stops being cut once it is this short (words). */
  target?: number;
  /**
   * How much a stretch of text matters to the article (the engine gives the mean weight of its
   * content terms across the article): of the asides a line can lose, the ones that matter
   * least go first.
   */
  salience?: (text: string) => number;
  /** A stretch the line must keep whatever its length (the headline's fact). */
  keep?: (span: string) => boolean;
}

/** Cuts of this rank and above take a clause (a second verb, a participle clause, a closing segment). */
const CLAUSE_RANK = 6;
/** Words over the target a line may keep rather than lose a clause. */
const CLAUSE_SLACK = 4;
/** Words over the target a line may keep rather than lose a figure. */
const FIGURE_SLACK = 6;

/** How much a cut's kind counts against what its words weigh (salience is about 0..1). */
const RANK_WEIGHT = 0.15;

interface Cut {
  start: number;
  end: number;
  /** What replaces the span (a space, or the sentence's final mark when the span ends it). */
  with: string;
  /** Lower goes first. */
  rank: number;
}

const upperFirst = (s: string) => s.replace(/^([«"“'‘(\s]*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());

/** Spaces a cut leaves before punctuation go; French keeps its own before ";:!?" (a page's typography). */
function tidy(text: string, french = false): string {
  return text
    .replace(french ? /\s+([,.…])(?=[\s"»”’)\]]|$)/gu : /\s+([,.;:!?…])(?=[\s"»”’)\]]|$)/gu, '$1')
    .replace(/([,;:])\s*(?=[,.;:!?])/gu, '')
    .replace(/\s{2,}/gu, ' ')
    .replace(/^[\s,;:]+/u, '')
    .trim();
}

const finalMark = (text: string) => /[.!?…。！？]["»”」』)]*$/u.exec(text)?.[0] ?? '.';

/** Does a span carry what must stay: attribution, a quotation, a negation, or (when `keepFigures`) a figure? */
function protectedSpan(span: string, pack: LanguagePack, keepFigures: boolean): boolean {
  // Someone's words (a scare-quoted word is not a quotation), or half of them.
  if ([...span.matchAll(QUOTED_WORDS)].some((m) => m[0].split(/\s+/u).length >= 3) || (span.match(QUOTE_MARKS) ?? []).length % 2 === 1) return true;
  if (reportingRegExp(pack)?.test(span)) return true;
  if (keepFigures && DIGIT.test(span)) return true;
  // "…, but it will not replace them": a negation is never cut away, whatever clause holds it.
  if (negationCount(span, pack) > 0) return true;
  return false;
}

function negationCount(text: string, pack: LanguagePack): number {
  const re = phraseRegExp(`neg:${pack.code}`, pack.grammar?.negations ?? []);
  if (!re) return 0;
  return (text.match(new RegExp(re.source, 'giu')) ?? []).length;
}

/**
 * Coordinating conjunctions: a span that opens or closes on one, or a line that would open on
 * one, is a clause or a list cut in half ("…, и им была передана", "επίκαιρη ή, καλύτερα").
 */
const COORDINATORS: Record<string, string[]> = {
  fr: ['et', 'ou', 'mais', 'ni'],
  en: ['and', 'or', 'but', 'nor'],
  de: ['und', 'oder', 'aber', 'sowie'],
  es: ['y', 'e', 'o', 'u', 'pero'],
  it: ['e', 'ed', 'o', 'ma'],
  pt: ['e', 'ou', 'mas'],
  nl: ['en', 'of', 'maar'],
  ru: ['и', 'или', 'а', 'но'],
  pl: ['i', 'lub', 'albo', 'oraz', 'a', 'ale'],
  el: ['και', 'κι', 'ή', 'αλλά'],
};
/** Conjunctions of contrast: the clause they open is written after a comma. */
const CONTRASTS = new Set(['mais', 'but', 'aber', 'sondern', 'pero', 'sino', 'ma', 'mas', 'maar', 'но', 'ale', 'lecz', 'αλλά']);
const coordinator = (word: string, pack: LanguagePack) => (COORDINATORS[pack.code] ?? []).includes(word);
/** Languages whose case endings tie a conjunct to a word outside an aside ("посещение … и целую серию совещаний"). */
const CASE_LANGS = new Set(['de', 'ru', 'pl', 'el', 'uk', 'cs', 'bg', 'sr', 'hr', 'sk', 'sl']);
/**
 * Pronouns that may point into an aside the cut removes ("…, which fitted more PIP implants, says
 * it will not replace them"); not the ones that are also articles (French "les", Greek "τους").
 */
const BACK_POINTERS: Record<string, string[]> = {
  en: ['them', 'they', 'their', 'theirs', 'him', 'her', 'its'],
  fr: ['leur', 'leurs', 'lui', 'eux', 'celle-ci', 'celui-ci', 'ceux-ci', 'celles-ci'],
  de: ['sie', 'ihn', 'ihm', 'ihnen'],
  ru: ['их', 'им', 'ими', 'его', 'ему', 'ей', 'её', 'ее', 'они'],
  pl: ['ich', 'im', 'nimi', 'go', 'mu', 'jej', 'je'],
};

/** Is `word` one of the determiners, elided ones included ("l'un")? */
const isDeterminer = (word: string, determiners: string[]) => determiners.includes(word) || determiners.some((d) => /['’]$/u.test(d) && word.startsWith(d));

/** Does `after` hold a pronoun that may stand for a noun in the span cut before it? */
function pointsBack(after: string, pack: LanguagePack): boolean {
  const pointers = BACK_POINTERS[pack.code] ?? [];
  return (
    pointers.length > 0 &&
    after
      .toLowerCase()
      .split(/[^\p{L}'’-]+/u)
      .some((w) => pointers.includes(w))
  );
}

/**
 * Is `role`, between commas after a name, who a speaker is ("Dr. Denise McAloose, chief
 * pathologist for …, said", "a expliqué Rachel Neis, la coordinatrice …")? Readers count a
 * speaker stripped of a short role as a speaker not named.
 */
function speakerRole(before: string, after: string, role: string, pack: LanguagePack): boolean {
  if (role.split(/\s+/u).length > 12) return false;
  const reporting = reportingRegExp(pack);
  if (!reporting) return false;
  const near = (s: string) => reporting.test(` ${s} `);
  return near(before.split(/\s+/u).slice(-7).join(' ')) || near(after.split(/\s+/u).slice(0, 3).join(' '));
}

/** Is `word` (lower case) a scene opener ("pendant"), elided ones included ("jusqu'au")? */
function opensScene(word: string, g: NonNullable<LanguagePack['grammar']>): boolean {
  return g.sceneOpeners.includes(word) || g.sceneOpeners.some((o) => o.endsWith("'") && word.startsWith(o));
}

/** Does the span open on an adverb of the language's asides ("parfois", "of course", "reportedly")? */
function opensAside(inner: string, g: NonNullable<LanguagePack['grammar']>): boolean {
  const a = g.asideAdverbs;
  if (!a) return false;
  const lower = inner.toLowerCase();
  if (a.words.some((w) => lower.startsWith(w) && !/[\p{L}]/u.test(lower.charAt(w.length)))) return true;
  const first = lower.split(/\s+/u)[0];
  return !!a.ending && first.endsWith(a.ending) && first.length >= a.ending.length + 5;
}

/** A fronted participle: "Née à Tarbes, …", "Frappés par …", "Following …". */
function participle(word: string, lang: string): boolean {
  const w = word.replace(/^[«"“„(]+/u, '');
  if (lang === 'fr') return /^\p{Lu}\p{Ll}*(?:ée?s?|ant|is|ise|ises)$/u.test(w) && !/^(?:Paris|Mais|Depuis|Puis|Alors|Avant)$/u.test(w);
  if (lang === 'en') return /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w);
  if (lang === 'el') return /^\p{Lu}\p{Ll}+(?:θηκε|θηκαν|ώντας|οντας|μένος|μένη|μένο|μένοι|μένες|μένα)$/u.test(w);
  return false;
}

/**
 * Where quotations run: a cut never starts or ends inside one ("…trouver des solutions, grâce
 * aux communes, des préfectures\" et du ministère"). A closing mark with no opener closes a
 * quotation opened in an earlier sentence; a straight quote left unpaired could open or close
 * one, so the whole line counts as quoted.
 */
function quotedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const open: Array<{ c: string; at: number }> = [];
  const closes: Record<string, string[]> = { '»': ['«'], '”': ['“', '„'], '“': ['„'], '」': ['「'], '』': ['『'], '"': ['"'] };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!'«»“”„"「」『』'.includes(c)) continue;
    const top = open[open.length - 1];
    if (closes[c] && top && closes[c].includes(top.c)) {
      open.pop();
      out.push([top.at, i + 1]);
    } else if (c === '»' || c === '”' || c === '」' || c === '』') out.push([0, i + 1]);
    else open.push({ c, at: i });
  }
  for (const o of open) out.push(o.c === '"' ? [0, text.length] : [o.at, text.length]);
  return out;
}

/** Spans a long line can lose, each with its rank. */
export function cuts(text: string, pack: LanguagePack, keepFigures: boolean): Cut[] {
  const quoted = quotedRanges(text);
  return candidateCuts(text, pack, keepFigures).filter((c) => !inside(c.start, quoted) && !inside(c.end, quoted));
}

/** Is offset `at` strictly inside one of the quotations (quotedRanges)? */
const inside = (at: number, ranges: ReadonlyArray<[number, number]>) => ranges.some(([a, b]) => at > a && at < b);

function candidateCuts(text: string, pack: LanguagePack, keepFigures: boolean): Cut[] {
  const out: Cut[] = [];
  const g = pack.grammar;
  const end = finalMark(text);
  const bodyEnd = text.length - end.length;
  // Parentheses and brackets: asides by definition.
  for (const m of text.matchAll(/\s*[(（][^()（）]{1,160}[)）]/gu)) {
    if (m.index === 0) continue;
    // Glued to the word before it ("alert('x')", "ami(e)s", "](url)"): part of that word, not an aside.
    if (m[0].startsWith('(') && /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\]'’]$/u.test(text.slice(0, m.index))) continue;
    // "(IGPN)", "(vitamine D3)": a term or an acronym a later line may name.
    if (/^\s*[(（]\s*(?:\S+\s+){0,2}\S*[\p{Lu}\p{N}]\S*\s*[)）]$/u.test(m[0]) && !/^\s*[(（]\s*(?:AFP|Reuters|AP|photo|vidéo|video)\b/iu.test(m[0])) continue;
    if (!protectedSpan(m[0], pack, false)) out.push({ start: m.index!, end: m.index! + m[0].length, with: ' ', rank: 1 });
  }
  // An aside between hyphens glued to it, as AFP writes them: " -du coronavirus ou autre- ".
  for (const m of text.matchAll(/\s-[^\s-][^-]{2,80}[^\s-]-(?=\s)/gu)) {
    if (!protectedSpan(m[0], pack, keepFigures)) out.push({ start: m.index!, end: m.index! + m[0].length, with: ' ', rank: 2 });
  }
  // Dashes around an aside: " – qui … – ", " — … — ", " - which … - " (hyphens also write lists: "КПРФ - 19,65%, …").
  for (const m of text.matchAll(/\s[–—]\s[^–—]{3,120}?\s[–—](?=\s)|\s-\s\p{Ll}[^–—,\-]{2,120}?\s-(?=\s)/gu)) {
    // "посещение двух объектов - комплекса и больницы и целую серию совещаний - с силовиками": with
    // case endings a conjunct inside the dashes may belong to a word outside them.
    if (
      CASE_LANGS.has(pack.code) &&
      m[0]
        .toLowerCase()
        .split(/\s+/u)
        .some((w) => coordinator(w, pack))
    )
      continue;
    if (!protectedSpan(m[0], pack, keepFigures)) out.push({ start: m.index!, end: m.index! + m[0].length, with: ' ', rank: 2 });
  }
  if (g && !CJK.test(text)) {
    // A relative clause or an apposition between commas, or from a comma to the end.
    const relatives = phraseRegExp(`rel:${pack.code}`, g.relatives);
    const determiners = g.determiners;
    const co = g.coordination;
    const lineFirst = text.split(/\s+/u)[0];
    const lineFirstLower = lineFirst.toLowerCase().replace(/^[«"“(]+/u, '');
    const frontedLine = opensScene(lineFirstLower, g) || participle(lineFirst, pack.code) || opensAside(text, g);
    // Each comma, to the next comma or to the end (lookahead: one span's closing comma opens the next).
    for (const m of text.matchAll(/,\s+([^,;:]{3,160}?)(?=(,\s+)|[.!?…]["»”]?$)/gu)) {
      const inner = m[1];
      const first = inner.split(/\s+/u)[0].toLowerCase();
      const before = text.slice(0, m.index!);
      const atEnd = m[2] === undefined;
      const spanEnd = m.index! + m[0].length + (m[2]?.length ?? 0);
      const after = text.slice(spanEnd);
      // A relative pronoun alone between commas ("które, powodując …, sprzyjają") is a clause interrupted, not one.
      const relative =
        !!relatives &&
        inner.split(/\s+/u).length >= 2 &&
        relatives.test(` ${inner.split(/\s+/u).slice(0, 2).join(' ')}`) &&
        (relatives.exec(` ${inner}`)?.index ?? 9) <= 1;
      // ", dans le nord de l'Italie,": a place or a time between commas, inside the sentence.
      const adjunct = !atEnd && g.sceneOpeners.includes(first) && inner.split(/\s+/u).length <= 10 && /^\p{Ll}/u.test(after);
      // "ce qui", "which": a clause about the whole sentence; "qui" after a noun: about the noun.
      // An apposition after a name: ", un Sud-Coréen de 33 ans," before the verb, or closing the sentence.
      const afterFirst = after.split(/\s+/u)[0]?.toLowerCase() ?? '';
      const joins = (pack.connectives?.always ?? []).includes(afterFirst) || ['ou', 'or', 'oder', 'o', 'of', 'или', 'lub', 'ή'].includes(afterFirst);
      const apposition =
        determiners.includes(first) &&
        /\p{Lu}[\p{L}'’.-]*\s*$/u.test(before) &&
        (atEnd || (/^\p{Ll}/u.test(after) && !joins)) &&
        inner.split(/\s+/u).length <= 14;
      const age =
        !atEnd && /^\p{N}{1,3}(?:\s+(?:ans|years?\s+old|jahre|años|anni|anos|jaar|лет|года|lat|ετών))?$/u.test(inner) && /\p{Lu}[\p{L}'’-]*\s*$/u.test(before);
      // ", parfois de façon dramatique,", ", of course,": an adverb's aside inside the sentence.
      const adverbial = !atEnd && inner.split(/\s+/u).length <= 6 && opensAside(inner, g);
      if (!relative && !apposition && !age && !adjunct && !adverbial) continue;
      // "À deux jours des législatives au Royaume-Uni, la bataille fait rage…", "D'abord sur Twitter, puis
      // au micro de i-TÉLÉ, le vice-président … a exprimé sa joie": after a fronted phrase with no verb,
      // the noun phrase closing the sentence is its main clause, not an apposition.
      if (
        apposition &&
        atEnd &&
        frontedLine &&
        !(co?.auxiliaries ?? []).some((a) =>
          before
            .toLowerCase()
            .split(/[\s,]+/u)
            .includes(a),
        )
      )
        continue;
      // "…, a expliqué Rachel Neis, la coordinatrice en Lorraine de la CGT": who the speaker is belongs to the attribution.
      if (apposition && speakerRole(before, after, inner, pack)) continue;
      if (protectedSpan(inner, pack, keepFigures && !age)) continue;
      // Verb-final languages write lists with commas too ("die SPD, die Grünen"), and a relative clause
      // holding an apposition ("welcher seine eigene Quelle, einen ICSI-Bericht …, falsch zitiert hat")
      // reaches its first comma before its verb: a whole clause ends on a verb, a lower-case word.
      if (relative && (pack.code === 'de' || pack.code === 'nl') && !/(?:^|\s)\p{Ll}[\p{L}-]*\s*$/u.test(inner)) continue;
      // "…, die Konzentration der Treibhausgase … erhöhen": "die" before a noun is its article, not a relative pronoun.
      if (relative && (pack.code === 'de' || pack.code === 'nl') && /^\S+\s+\p{Lu}/u.test(inner)) continue;
      if (!atEnd) {
        const next = after.split(/,\s/u)[0];
        // A clause between commas, then a noun phrase or a conjunction: the clause may go on past its
        // comma (a list, an apposition, a second verb of its own), so what follows may be its own.
        // A name after it too: "…, qui a rencontré le ministre, Paul Martin et …" may be the clause's list.
        if (relative && (isDeterminer(afterFirst, determiners) || coordinator(afterFirst, pack) || /^\p{Lu}/u.test(after))) continue;
        // "…, der dem Himmel die Schuld gab, durch eine Konstellation … ausgelöst zu haben": the
        // infinitive that follows belongs to the relative clause.
        if (relative && (pack.code === 'de' || pack.code === 'nl') && /\s(?:zu|te)\s+\p{Ll}+[.!?…"»”“]*\s*$/u.test(next)) continue;
        // "…, which fitted more PIP breast implants …, says it will not replace them": a pronoun
        // after the aside may stand for a noun inside it.
        if ((relative || apposition) && pointsBack(after, pack)) continue;
      }
      if (atEnd) out.push({ start: m.index!, end: bodyEnd, with: '', rank: 4 });
      else {
        // "Pendant la pandémie, avec l'interruption des vols, les corps", "Née à Tarbes, le 22 septembre
        // 1922, celle qui…": the opening phrase keeps its comma; so does a comma before another
        // apposition (", dans le nord de l'Italie, première action en justice…").
        const beforeFirst = before.split(/\s+/u)[0];
        const opensSentence =
          !before.includes(', ') && (g.sceneOpeners.includes(beforeFirst.toLowerCase().replace(/^[«"“(]+/u, '')) || participle(beforeFirst, pack.code));
        const nextIsApposition = isDeterminer(afterFirst, determiners) || ORDINAL_HEAD.test(afterFirst) || g.relatives.includes(afterFirst);
        // "…en Wiltshire, en 1774, pero a Priestley…": "but" opens a clause of its own and keeps its comma.
        const nextIsClause = CONTRASTS.has(afterFirst) || g.clauseLinks.includes(afterFirst);
        // "…les Provinces Unies, deux autres ennemies de la Grande-Bretagne, à cause des colonies, d'aider…":
        // the segment before is itself an aside, whose closing comma this one would take.
        const prev = before.includes(', ') ? before.slice(before.lastIndexOf(', ') + 2) : '';
        const prevFirst = prev.split(/\s+/u)[0]?.toLowerCase() ?? '';
        const closesAside =
          !!prev &&
          (isDeterminer(prevFirst, determiners) ||
            /^\p{N}/u.test(prevFirst) ||
            /^(?:deux|trois|quatre|cinq|two|three|four|five|zwei|drei|vier|dos|tres|cuatro|due|tre|quattro)$/u.test(prevFirst));
        out.push({
          start: m.index!,
          end: spanEnd,
          with: (adverbial ? frontedLine && !before.includes(', ') : opensSentence || nextIsApposition || nextIsClause || closesAside) ? ', ' : ' ',
          rank: age || adverbial ? 2 : 3,
        });
      }
    }
    // A long apposition after the name that opens the sentence, up to its verb: "Chris Beyrer,
    // director of … and director of …, will receive …" (commas inside the apposition too).
    if (co) {
      const name = /^[«"“]?(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*,\s/u.exec(text);
      if (name) {
        const verb = new RegExp(`,\\s+(?:${co.auxiliaries.join('|')})\\s`, 'u').exec(text.slice(name[0].length));
        if (verb) {
          const start = name[0].length - 2;
          const end = name[0].length + verb.index;
          const inner = text.slice(start, end);
          if (
            inner.split(/\s+/u).length <= 40 &&
            !pointsBack(text.slice(end), pack) &&
            !speakerRole(name[0], text.slice(end + 1), inner.replace(/^,\s*/u, ''), pack) &&
            !protectedSpan(inner, pack, keepFigures)
          )
            out.push({ start, end: end + 1, with: ' ', rank: 3 });
        }
      }
    }
    // A place or a time closing the sentence after a comma: ", dans le sillage d'une série de revers".
    const endComma = text.lastIndexOf(', ');
    if (endComma > 0) {
      const tail = text.slice(endComma + 2, bodyEnd);
      const tailFirst = tail.split(/\s+/u)[0]?.toLowerCase() ?? '';
      if (
        g.sceneOpeners.includes(tailFirst) &&
        !g.objectPrepositions?.includes(tailFirst) &&
        tail.split(/\s+/u).length <= 16 &&
        text.slice(0, endComma).split(/\s+/u).length >= 8 &&
        !protectedSpan(tail, pack, keepFigures)
      )
        out.push({ start: endComma, end: bodyEnd, with: '', rank: 5 });
    }
    // A scene-setting phrase before the first comma: "Pendant la pandémie, …", "Frappés par …, …".
    const comma = text.indexOf(', ');
    if (comma > 0 && comma < text.length * 0.6) {
      const lead = text.slice(0, comma);
      const rest = text.slice(comma + 2);
      const firstWord = lead
        .split(/\s+/u)[0]
        .toLowerCase()
        .replace(/^[«"“(]+/u, '');
      const words = lead.split(/\s+/u).length;
      const opener = opensScene(firstWord, g);
      const fronted = participle(lead.split(/\s+/u)[0], pack.code);
      const restFirst =
        rest
          .split(/\s+/u)[0]
          ?.toLowerCase()
          .replace(/[^\p{L}'’-]/gu, '') ?? '';
      // "В Великобритании роль аптекарей возросла, и им была передана…": a rest opening on a conjunction
      // is a second clause, and a lead closing on one ("Με μια τραγωδία… επίκαιρη ή, καλύτερα, …") or
      // trailing off ("…") is not a phrase.
      const leadLast = lead.split(/\s+/u).pop()!.toLowerCase();
      const restStandsAlone =
        !g.anaphora.includes(restFirst) &&
        !g.relatives.includes(restFirst) &&
        !coordinator(restFirst, pack) &&
        !coordinator(leadLast, pack) &&
        !/\.\.\.|…/u.test(lead) &&
        /^[«"“]?[\p{L}]/u.test(rest);
      // "Since the AirPods first launched in 2016, users … have been asking": the lead names what the
      // rest is about; cut, the line no longer says which product.
      const restLower = rest.toLowerCase();
      const namesItsSubject =
        !g.clauseLinks.includes(firstWord) &&
        lead
          .split(/\s+/u)
          .slice(1)
          .some((w) => /^\p{Lu}[\p{L}-]{2,}/u.test(w) && !restLower.includes(w.replace(/[^\p{L}-]/gu, '').toLowerCase()));
      // Short, and before a main clause of some length: a long "lead" holds the main clause itself.
      // Short, or a whole subordinate clause ("Alors que le président se rendra à Amboise jeudi") before a long main clause.
      const restWords = rest.split(/\s+/u).length;
      // "Cible des critiques de …, le gestionnaire d'actifs BlackRock a vu…": a bare noun and its
      // complement in front, in apposition to the subject that opens the rest, may be long too.
      const leadWords = lead.split(/\s+/u);
      const nounLead =
        /^\p{Lu}\p{Ll}+$/u.test(leadWords[0]) &&
        !pack.stopwords.has(firstWord) &&
        !g.anaphora.includes(firstWord) &&
        !isDeterminer(firstWord, g.determiners) &&
        ['de', 'des', 'du', 'of', 'del', 'della', 'di', 'da', 'do'].includes(leadWords[1]?.toLowerCase() ?? '') &&
        isDeterminer(restFirst, g.determiners);
      const subordinate = g.clauseLinks.includes(firstWord) || nounLead;
      if (
        (opener || fronted || nounLead) &&
        !namesItsSubject &&
        words >= 3 &&
        (words <= 8 || ((subordinate || fronted) && words <= (fronted ? 12 : 20) && restWords >= 12)) &&
        restWords >= 8 &&
        restStandsAlone &&
        !protectedSpan(lead, pack, keepFigures)
      )
        out.push({ start: 0, end: comma + 2, with: '', rank: 5 });
    }
    // The last segment after a comma, when the line is still long: an afterthought
    // (", première action en justice du genre en Italie"), never the main clause.
    const lastComma = text.lastIndexOf(', ');
    if (lastComma > 0) {
      const head = text.slice(0, lastComma);
      const tail = text.slice(lastComma + 2, bodyEnd);
      const headFirst = head
        .split(/\s+/u)[0]
        .toLowerCase()
        .replace(/^[«"“(]+/u, '');
      const headIsOpener = !head.includes(', ') && g.sceneOpeners.includes(headFirst);
      // Only a noun phrase in apposition: a complement of the verb after an aside is the main clause going on.
      const tailFirst = tail.split(/\s+/u)[0]?.toLowerCase() ?? '';
      const nounPhrase = g.determiners.includes(tailFirst) || ORDINAL_HEAD.test(tailFirst);
      // "Cible des critiques de …, le gestionnaire d'actifs BlackRock a vu son siège envahi", "Δημοσιεύθηκε
      // σε μια εποχή …, η έκδοση του Λούθερ έγινε …": after a fronted phrase the last segment is the
      // main clause. Told by the head opening on a participle, or by the tail's own verb before any
      // relative pronoun.
      // Up to a semicolon: what follows it is a sentence of its own, cut with the tail.
      const tailWords = tail.split(/[;:]/u)[0].toLowerCase().split(/\s+/u);
      const relAt = tailWords.findIndex((w) => g.relatives.includes(w) || (/^(?:that|que|qu['’]|dass|che)/u.test(w) && !/^(?:that's|quel)/u.test(w)));
      const tailVerb = (co?.auxiliaries ?? []).some((a) => tailWords.slice(0, relAt < 0 ? undefined : relAt).includes(a));
      const frontedHead = !head.includes(', ') && participle(head.split(/\s+/u)[0], pack.code);
      const role = /\p{Lu}[\p{L}'’.-]*\s*$/u.test(head) && speakerRole(head, '', tail, pack);
      if (
        nounPhrase &&
        !headIsOpener &&
        !frontedHead &&
        !tailVerb &&
        !role &&
        tail.split(/\s+/u).length >= 3 &&
        head.split(/\s+/u).length >= 8 &&
        !protectedSpan(tail, pack, keepFigures)
      )
        out.push({ start: lastComma, end: bodyEnd, with: '', rank: 7 });
    }
    // A second verb phrase after "et"/"and" closing the sentence: "a salué X et a réclamé Y".
    if (co) {
      const m = new RegExp(`\\s${co.conjunction}\\s+(?:${co.auxiliaries.join('|')})\\s[^,;:]{3,}$`, 'iu').exec(text.slice(0, bodyEnd));
      if (m && m.index > 30 && !protectedSpan(m[0], pack, keepFigures)) out.push({ start: m.index, end: bodyEnd, with: '', rank: 7 });
    }
    // A second clause closing a long sentence: ", but coach del Bosque will not…", ", mais…", " - if clients…".
    const links = phraseRegExp(`links:${pack.code}`, g.clauseLinks);
    for (const m of text.slice(0, bodyEnd).matchAll(/(?:,|\s[-–—])\s+(?=\S)/gu)) {
      const at = m.index!;
      const tail = text.slice(at + m[0].length, bodyEnd);
      const dash = m[0].trim().startsWith('-') || /[–—]/u.test(m[0]);
      if (!dash && !(links && (links.exec(` ${tail}`)?.index ?? 9) === 0)) continue;
      // A dash that opens an aside closed further on: the sentence goes on after it.
      if (dash && /\s[-–—]\s/u.test(tail)) continue;
      // A dash that closes an aside opened before it ("двух объектов - комплекса … - с силовиками"): what follows is the sentence going on.
      if (dash && /\s[-–—]\s/u.test(text.slice(0, at))) continue;
      const head = text.slice(0, at);
      if (head.split(/\s+/u).length < 8 || tail.split(/\s+/u).length < 3) continue;
      if (!protectedSpan(tail, pack, keepFigures)) out.push({ start: at, end: bodyEnd, with: '', rank: 6 });
    }
    // A participle clause closing the sentence: ", laissant …", ", leaving …".
    // Also an absolute clause whose participle comes a few words in: ", son chef se disant …"; or
    // one between commas before an attribution (", provoquant une hausse …, selon une étude").
    const body = text.slice(0, bodyEnd);
    for (const m of body.matchAll(/,\s+(?:[^\s,;:]+\s){0,6}?(\p{Ll}+(?:ant|ing|end|ando|endo|ndo))\s[^,;:]{3,220}?(?=,\s|$)/gu)) {
      // "pendant", "during", "including": prepositions with a participle's ending.
      if (pack.stopwords.has(m[1]) || g.sceneOpeners.includes(m[1]) || g.objectPrepositions?.includes(m[1])) continue;
      const atEnd = m.index! + m[0].length === body.length;
      if (!atEnd && !reportingRegExp(pack)?.test(body.slice(m.index! + m[0].length))) continue;
      // ", users have been asking for …" has a verb of its own: a main clause, not an absolute one.
      const lead = m[0]
        .slice(0, m[0].lastIndexOf(m[1]))
        .toLowerCase()
        .split(/[\s,]+/u);
      if (lead.some((w) => co?.auxiliaries.includes(w) || w === 'been' || w === 'be' || w === 'été')) continue;
      // ", estimant qu'en parler était prématuré", ", saying that …": a participle of saying or
      // thinking carries the claim itself (the readers' point of the story), not an afterthought.
      if (/^\s*(?:que|qu['’]|that|dass|que|che)/u.test(m[0].slice(m[0].indexOf(m[1]) + m[1].length))) continue;
      if (!protectedSpan(m[0], pack, keepFigures)) out.push({ start: m.index!, end: m.index! + m[0].length, with: '', rank: 6 });
    }
  }
  // A kicker quotation before a colon, then the news: "«On dirait un décor de film»: Luisa Amoura contemple …".
  const kicker = /^[«"“„][^«»"“”„]{3,100}[»"”][^:]{0,20}:\s+(?=[\p{Lu}\p{Ll}])/u.exec(text);
  if (kicker && text.slice(kicker[0].length).split(/\s+/u).length >= 10) out.push({ start: 0, end: kicker[0].length, with: '', rank: 4 });
  // A phrase that announces the news before a colon, then the news with its own subject: "Il fut
  // l'un des combattants les plus efficaces contre le sida: Larry Kramer … est mort mercredi".
  // Not someone's words announced ("Le ministre a annoncé : …"), not a list after the colon.
  const announce = /^[^:«»"“”„]{12,200}?\s?:\s+(?=\p{L})/u.exec(text);
  // After the colon, a capital, or (French writes on in lower case) a noun phrase: "… une riche carrière : l'accordéoniste a donné …".
  const opensNews = (after: string) => /^\p{Lu}\p{Ll}/u.test(after) || isDeterminer(after.split(/\s+/u)[0].toLowerCase(), g?.determiners ?? []);
  if (announce && !kicker && opensNews(text.slice(announce[0].length))) {
    const after = text.slice(announce[0].length, bodyEnd);
    const afterWords = after.split(/\s+/u).length;
    const firstAfter = after
      .split(/\s+/u)[0]
      .toLowerCase()
      .replace(/[^\p{L}'’-]/gu, '');
    // Only where the phrase opens on a pronoun whose name the news gives, and no capitalised word
    // just before the colon (a title or a name running across it: "publie La France aux colonies :
    // Acadiens et Canadiens").
    const firstBefore = announce[0]
      .split(/\s+/u)[0]
      .toLowerCase()
      .replace(/[^\p{L}'’-]/gu, '');
    // "C'est ainsi qu'elle …": an elided pronoun opens the phrase too.
    const pronounFirst = (g?.anaphora ?? []).some((a) => a === firstBefore || (/['’]$/u.test(a) && firstBefore.startsWith(a)));
    const titled = announce[0]
      .replace(/\s?:\s+$/u, '')
      .split(/\s+/u)
      .slice(1)
      .slice(-3)
      .some((w) => /^\p{Lu}/u.test(w));
    if (
      !titled &&
      pronounFirst &&
      afterWords >= 10 &&
      afterWords >= 0.7 * announce[0].split(/\s+/u).length &&
      !/[;:]/u.test(after) &&
      !(g?.anaphora ?? []).includes(firstAfter) &&
      !pack.stopwords.has(firstAfter) &&
      !protectedSpan(announce[0], pack, false)
    )
      out.push({ start: 0, end: announce[0].length, with: '', rank: 4 });
  }
  return out;
}

function apply(text: string, cut: Cut): string {
  return text.slice(0, cut.start) + cut.with + text.slice(cut.end);
}

/**
 * The sentence as an EN BREF line. Short sentences only lose their dateline and connective;
 * long ones lose asides until they reach the target length.
 */
export function compressSentence(sentence: string, lang: string, options: CompressOptions = {}): string {
  const pack = languagePack(lang);
  const target = options.target ?? 16;
  const salience = options.salience;
  const keep = options.keep;
  // Kind first (a parenthesis before a clause), then what the article makes of the words cut.
  const cost = (t: string, c: Cut) => c.rank * RANK_WEIGHT + (salience ? salience(t.slice(c.start, c.end)) : 0);
  let t = sentence.trim().replace(DATELINE, '');
  if (CJK.test(t)) t = t.replace(CJK_FRAME, '');
  t = dropConnective(t, pack);
  t = dropInnerConnectives(t, pack);
  // A figure (a date, a count) goes only from a line that stays long without it.
  for (const [keepFigures, goal] of [
    [true, target],
    [false, target + FIGURE_SLACK],
  ] as const) {
    for (let guard = 0; guard < 12 && lineLength(t, lang) > goal; guard++) {
      const current = t;
      const negations = negationCount(t, pack);
      const options = cuts(t, pack, keepFigures).sort((a, b) => cost(current, a) - cost(current, b) || b.end - b.start - (a.end - a.start));
      let done = false;
      for (const cut of options) {
        if (keep?.(t.slice(cut.start, cut.end))) continue;
        // A clause of its own ("et ont réclamé le retrait du projet") is a fact: it goes only from a line well over the aim.
        if (cut.rank >= CLAUSE_RANK && lineLength(t, lang) <= target + CLAUSE_SLACK) continue;
        const next = tidy(apply(t, cut), pack.code === 'fr');
        // Too little left to say anything, or a negation gone from the main clause.
        if (lineLength(next, lang) < 6 || negationCount(next, pack) < negations - negationCount(t.slice(cut.start, cut.end), pack)) continue;
        t = next;
        done = true;
        break;
      }
      if (!done) break;
    }
  }
  return upperFirst(tidy(t, pack.code === 'fr'));
}

/** Drops an opener that ties the sentence to the one before ("However,", "Cependant", "Aber"). */
export function dropConnective(text: string, pack: LanguagePack): string {
  const c = pack.connectives;
  if (!c) return text;
  const lower = text.toLowerCase();
  for (const word of [...c.always, ...c.withComma].sort((a, b) => b.length - a.length)) {
    if (!lower.startsWith(word)) continue;
    const rest = text.slice(word.length);
    if (CJK.test(word)) {
      const r = rest.replace(/^[，,\s]+/u, '');
      return r.length >= 8 ? r : text;
    }
    const comma = /^\s*,\s+/u.exec(rest);
    const space = /^\s+/u.exec(rest);
    if (comma) return upperFirst(rest.slice(comma[0].length));
    // "Même son de cloche aux Pays-Bas, où…": a phrase with no comma after it is the sentence's head, not a connective.
    if (space && c.always.includes(word) && !word.includes(' ') && !/^\s+[,.;:]/u.test(rest)) return upperFirst(rest.slice(space[0].length));
    return text;
  }
  return text;
}

/**
 * Drops what ties a line to the sentence before from inside it: a connective between commas
 * ("The company, however, said", "Le ministre a, par ailleurs, annoncé") and an additive adverb
 * ("a également annoncé", "also said"). The line stands alone; the sentence before is not there.
 */
export function dropInnerConnectives(text: string, pack: LanguagePack): string {
  const { between, additives } = innerPatterns(pack);
  let t = text;
  // Never inside someone's words.
  if (between) {
    const quoted = quotedRanges(t);
    t = t.replace(between, (m, at: number) => (inside(at, quoted) ? m : ''));
  }
  if (additives) {
    const quoted = quotedRanges(t);
    // "not only … but also", "а также", "ainsi que", "C'est ainsi qu'", "ook al", "además de": the adverb belongs to a phrase of its own.
    // "aussi grand que": an adverb that also compares (the pack's comparatives) is its own before "que".
    const comparatives = pack.grammar?.comparatives ?? [];
    const comparison = (adverb: string, whole: string, end: number) =>
      comparatives.includes(adverb.toLowerCase()) && /^\S+(?:\s+\S+)?\s+(?:que(?![\p{L}])|qu['’]|as(?![\p{L}]))/iu.test(whole.slice(end));
    t = t.replace(additives, (m, before: string, adverb: string, after: string, at: number, whole: string) =>
      inside(at, quoted) ||
      /^(?:but|mais|pero|mas|maar)$/iu.test(before) ||
      /^(?:que|qu|al|known|di|de|of)$/iu.test(after) ||
      comparison(adverb, whole, at + m.length - after.length)
        ? m
        : `${before} ${after}`,
    );
  }
  return t;
}

const innerCache = new Map<string, { between: RegExp | null; additives: RegExp | null }>();

/** dropInnerConnectives' patterns for a language, built once (every candidate line goes through them). */
function innerPatterns(pack: LanguagePack): { between: RegExp | null; additives: RegExp | null } {
  const cached = innerCache.get(pack.code);
  if (cached) return cached;
  const c = pack.connectives;
  const coordinators = COORDINATORS[pack.code] ?? [];
  const between = [...(c?.always ?? []), ...(c?.withComma ?? [])].filter((w) => !coordinators.includes(w) && !CJK.test(w));
  const additives = pack.grammar?.additives ?? [];
  const patterns = {
    between: between.length ? new RegExp(`,\\s+(?:${between.map((w) => escapeRegExp(w).replace(/'/g, "['’]")).join('|')})\\s*,(?=\\s)`, 'giu') : null,
    additives: additives.length ? new RegExp(`(\\p{L}+)\\s+(${additives.map(escapeRegExp).join('|')})\\s+(\\p{L}+)`, 'giu') : null,
  };
  innerCache.set(pack.code, patterns);
  return patterns;
}

/** True when every word of `short` is a word of `long`, in order: a cut never adds or reorders. */
export function isTrimOf(short: string, long: string): boolean {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = words(short);
  const b = words(long);
  let j = 0;
  for (const w of a) {
    while (j < b.length && b[j] !== w) j++;
    if (j === b.length) return false;
    j++;
  }
  return a.length > 0;
}
