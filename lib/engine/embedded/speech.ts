/**
 * Quotations and who says them: what makes a sentence someone's words rather than the
 * article's, and whether the sentence itself names that someone.
 */
import { languagePack, type LanguagePack } from '../../text/lang';
import { escapeRegExp } from '../../text/regexp';

/** Quoted spans: guillemets, curly and straight double quotes, German „…“, CJK corner brackets. */
/**
 * Quoted spans: guillemets, curly and straight double quotes, German „…“, CJK corner brackets,
 * and the single quotes British papers use (‘…’, or '…' between non-letters, so that an
 * apostrophe in "didn't" is not one).
 */
const QUOTED = /«[^»]*»|“[^”“]*”|„[^“”]*[“”]|"[^"]*"|「[^」]*」|『[^』]*』|(?<![\p{L}])‘[^’]*’(?![\p{L}])|(?<![\p{L}])'[^']{8,}'(?![\p{L}])/gu;
const OPENS_QUOTE = /^[\s(]*[«“„"「『‘']/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export interface Speech {
  /** Share of the sentence's characters inside quotation marks (0..1). */
  quoted: number;
  /** The sentence opens on a quotation mark. */
  opensQuote: boolean;
  /** A quotation mark is left open (the quote goes on in another sentence, or began in one). */
  unbalanced: boolean;
  /** The sentence has a reporting verb or an "according to" outside its quotation marks. */
  reported: boolean;
  /**
   * Someone is named as saying it: a name, a title or a noun next to the reporting words,
   * not only a pronoun ("a-t-il ajouté", "he said" name nobody).
   */
  speakerNamed: boolean;
}

const phraseCache = new Map<string, RegExp | null>();

/** One regular expression for a list of words and phrases, matched on whole words (any position). */
export function phraseRegExp(key: string, phrases: readonly string[]): RegExp | null {
  const cached = phraseCache.get(key);
  if (cached !== undefined) return cached;
  const list = [...new Set(phrases.filter(Boolean))].sort((a, b) => b.length - a.length);
  const escaped = list.map((p) => escapeRegExp(p).replace(/'/g, "['’]"));
  // Words of scripts without spaces need no boundary; others end and start at one.
  const re = list.length ? new RegExp(`(?:^|[^\\p{L}\\p{N}]|(?<=\\p{Script=Han}))(?:${escaped.join('|')})(?=$|[^\\p{L}\\p{N}]|\\p{Script=Han})`, 'iu') : null;
  phraseCache.set(key, re);
  return re;
}

/** Reporting verbs and "according to" phrases of a language. */
export function reportingRegExp(pack: LanguagePack): RegExp | null {
  return phraseRegExp(`speech:${pack.code}`, [...(pack.speech?.verbs ?? []), ...(pack.speech?.according ?? [])]);
}

/** The sentence with its quotations blanked out: the article's own words around them. */
export const outsideQuotes = (text: string): string => text.replace(QUOTED, ' ');

/** Whether a stretch of the article's own words names someone (more than a pronoun). */
function namesSomeone(outside: string, pack: LanguagePack): boolean {
  const anaphora = new Set(pack.grammar?.anaphora ?? []);
  if (CJK.test(outside)) return /[\p{Script=Han}\p{Script=Katakana}]{2,}/u.test(outside.replace(/[说說表示称稱指出认为認為透露强调強調据據]/gu, ''));
  const tokens = outside.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    // A capitalised word that is not a pronoun or the first word of the line: a name.
    if (/^\p{Lu}/u.test(t) && !anaphora.has(lower) && !pack.stopwords.has(lower)) return true;
    // "le ministre", "the police", "die Polizei" (German nouns are capitalised, above).
    if (i > 0 && (pack.grammar?.determiners ?? []).includes(tokens[i - 1].toLowerCase()) && !pack.stopwords.has(lower) && lower.length > 3) return true;
  }
  return false;
}

export function speechOf(text: string, lang: string): Speech {
  const pack = languagePack(lang);
  let quotedChars = 0;
  for (const m of text.matchAll(QUOTED)) quotedChars += m[0].length;
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  // A single quote that opens the sentence and never closes is half a quotation too (‘I had a taste of it.).
  const singleOpen = /^[\s(]*[‘']/u.test(text) && !/[’'](?![\p{L}])/u.test(text.replace(/^[\s(]*[‘']/u, ''));
  const unbalanced = count(/«/gu) !== count(/»/gu) || count(/[“”„]/gu) % 2 === 1 || count(/"/g) % 2 === 1 || count(/「/gu) !== count(/」/gu) || singleOpen;
  const outside = outsideQuotes(text);
  const reporting = reportingRegExp(pack);
  const reported = !!reporting?.test(outside) || /[»"”」]\s*[,，]\s*\p{Ll}/u.test(text) || /:\s*[«"“„「]/u.test(text);
  // An open quotation without its end: everything after the mark is quoted.
  if (unbalanced && quotedChars === 0) {
    const at = text.search(/[«“„"「‘']/u);
    if (at >= 0) quotedChars = text.length - at;
  }
  return {
    quoted: text.length ? quotedChars / text.length : 0,
    opensQuote: OPENS_QUOTE.test(text),
    unbalanced,
    reported,
    speakerNamed: reported && namesSomeone(outside, pack),
  };
}

/** Mostly someone's words (a quotation), whoever says them. */
export const isQuotation = (s: Speech): boolean => s.quoted >= 0.5 || (s.opensQuote && s.quoted > 0.3) || (s.unbalanced && s.quoted > 0.3);
