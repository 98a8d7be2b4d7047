import { wordCount } from '../../text/tokens';

/** Openers that tie a sentence to the one before; dropped from a bullet that stands alone. */
const CONNECTIVES: Record<string, { always: string[]; withComma: string[] }> = {
  en: {
    always: ['but', 'and', 'yet', 'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless'],
    withComma: ['also', 'in addition', 'still', 'indeed', 'so', 'instead', 'besides', 'additionally', 'in fact', 'now', 'then', 'overall', 'of course', 'for its part', 'for his part', 'for her part'],
  },
  fr: {
    always: ['mais', 'et', 'cependant', 'toutefois', 'néanmoins', 'pourtant', 'par ailleurs', 'en outre', 'de plus', "d'ailleurs", 'd’ailleurs'],
    withComma: ['ainsi', 'or', 'enfin', 'en effet', 'donc', 'alors', 'aussi', 'dès lors', 'de son côté', 'pour sa part', 'en revanche', 'quant à lui', 'quant à elle', 'bref'],
  },
  // German and Dutch adverbs ("Allerdings will...") put the verb second: without them the
  // sentence would start with its verb. Only the conjunctions go.
  de: { always: ['aber', 'und'], withComma: [] },
  es: { always: ['pero', 'y', 'sin embargo', 'además', 'no obstante', 'asimismo'], withComma: ['así', 'entonces', 'por otra parte', 'por su parte', 'en cambio'] },
  it: { always: ['ma', 'e', 'però', 'tuttavia', 'inoltre', 'comunque'], withComma: ['quindi', 'infatti', 'dunque', 'intanto', 'invece'] },
  pt: { always: ['mas', 'e', 'porém', 'contudo', 'no entanto', 'além disso', 'entretanto'], withComma: ['assim', 'então', 'por sua vez', 'ainda'] },
  nl: { always: ['maar', 'en'], withComma: [] },
};

/** Said-clauses closing a quote: ", a-t-il déclaré.", ", he said." */
const TRAILING_SAID: Record<string, RegExp> = {
  en: /,\s+(?:he|she|they|it|police|officials|authorities|witnesses|sources|experts|analysts|researchers|prosecutors|investigators|(?:a|an|the)\s\w+(?:\s\w+)?|[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2})\s+(?:said|says|added|told [\w\s]{1,30}?|explained|noted|stated|wrote)(?:\s+on\s+\w+)?\s*([.!?])$/u,
  fr: /,\s+(?:a-t-(?:il|elle)|ont-(?:ils|elles)|avait-(?:il|elle))\s+(?:déclaré|expliqué|indiqué|ajouté|précisé|souligné|affirmé|assuré|estimé|confié|raconté|annoncé|martelé|insisté|dit)(?:\s+(?:à|au|aux)\s[^,.]{1,40})?\s*([.!?])$/u,
};
const TRAILING_SAID_INVERTED: Record<string, RegExp> = {
  fr: /,\s+(?:explique|déclare|indique|ajoute|précise|souligne|affirme|assure|estime|confie|raconte|annonce|dit|note|poursuit|résume|insiste)-t-(?:il|elle)(?:\s+(?:à|au|aux)\s[^,.]{1,40})?\s*([.!?])$/u,
};
/** Agency datelines at the start: "PARIS (AFP) - ", "(CNN) -- ", "LONDON (Reuters) - ". */
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\s.'’-]{1,30}\s)?\((?:AFP|Reuters|AP|CNN|dpa|ANSA|EFE|Lusa|Belga|ATS)\)\s*[-–—]+\s*/u;
const AGENCY_PAREN = /\s*\((?:AFP|Reuters|AP|CNN|dpa|photo|vidéo|video|Photo|Vidéo|Video)[^)]{0,20}\)/gu;
const PARENTHETICAL = /\s*\([^()]{1,120}\)/gu;

const upperFirst = (s: string) => s.replace(/^([«"“'‘(\s]*)(\p{Ll})/u, (_m, pre: string, c: string) => pre + c.toUpperCase());

/** Keeps the sentence's final punctuation after a cut. */
function endWith(text: string, punct: string): string {
  return text.replace(/[\s,;:]+$/u, '') + punct;
}

/**
 * Makes an article sentence read like an EN BREF line, without changing what it says: drops
 * a leading connective ("However,", "Cependant,"), an agency dateline, a closing said-clause
 * (", a-t-il déclaré."), and, when the line is still long, parenthetical asides. Every word
 * kept is the sentence's own, in its order.
 */
export function trimForBullet(sentence: string, lang: string, maxWords = 30): string {
  let t = sentence.trim().replace(DATELINE, '');
  const connectives = CONNECTIVES[lang];
  if (connectives) {
    const lower = t.toLowerCase();
    for (const c of [...connectives.always, ...connectives.withComma].sort((a, b) => b.length - a.length)) {
      if (!lower.startsWith(c)) continue;
      const rest = t.slice(c.length);
      const comma = /^\s*,\s+/u.exec(rest);
      const space = /^\s+/u.exec(rest);
      if (comma) t = rest.slice(comma[0].length);
      else if (space && connectives.always.includes(c) && !/^\s+[,.;:]/u.test(rest)) t = rest.slice(space[0].length);
      else continue;
      t = upperFirst(t);
      break;
    }
  }
  const said = TRAILING_SAID[lang];
  const inverted = TRAILING_SAID_INVERTED[lang];
  // "..., a spokesman said." states the fact; a quotation keeps its speaker, or it would be
  // nobody's words.
  for (const re of [said, inverted]) {
    const m = re?.exec(t);
    if (!m) continue;
    const before = t.slice(0, m.index);
    if (!/["»”]\s*$/u.test(before) && wordCount(before, lang) >= 6) t = endWith(before, m[1]);
  }
  t = t.replace(AGENCY_PAREN, '');
  if (wordCount(t, lang) > maxWords) {
    const shorter = t.replace(PARENTHETICAL, '').replace(/\s+([,.;:!?])/gu, '$1');
    if (wordCount(shorter, lang) >= 6) t = shorter;
  }
  return t.replace(/\s{2,}/gu, ' ').trim();
}

/** True when every word of `short` is a word of `long`, in order: a trim never adds or reorders. */
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
