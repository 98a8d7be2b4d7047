/**
 * The "every line is traceable" promise, kept for lines a model wrote: a line counts as
 * verified only when the sentences it cites carry what it says. A model can rewrite, so the
 * check is not an exact match: enough of the line's content words (stemmed, as the embedded
 * engine compares sentences) must be in the cited sentences, and every figure and every name
 * in it must be there, because a wrong number or a wrong person is the error that matters.
 */
import type { Sentence } from '../../types';
import { terms, words } from '../../text/tokens';
import { primaryLanguage } from '../../text/lang';

/** Share of a line's content terms its cited sentences must hold. */
export const MIN_SUPPORT = 0.5;
/** A line citing more sentences than this proves nothing by them (half the article "supports" anything). */
export const MAX_CITATIONS = 6;

export interface Support {
  verified: boolean;
  /** Share of the line's content terms found in the cited sentences, 0..1. */
  share: number;
  /** The line's terms, figures and names the cited sentences lack: for tests and reports. */
  missingTerms: string[];
  missingFigures: string[];
  missingNames: string[];
}

/**
 * A model's citations as sentence indices: 1-based numbers (the prompt numbers sentences from
 * 1, as a reader counts) turned 0-based, kept only when they name a sentence the model was
 * shown, without repeats, in reading order. Numeric strings ("4", "[4]") are accepted.
 */
export function citedIndices(raw: unknown, shown: ReadonlySet<number>): number[] {
  if (!Array.isArray(raw)) return [];
  const out = new Set<number>();
  for (const x of raw) {
    const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x.replace(/[^\d]/g, '') || NaN) : NaN;
    if (!Number.isInteger(n)) continue;
    if (shown.has(n - 1)) out.add(n - 1);
  }
  return [...out].sort((a, b) => a - b);
}

/**
 * Figures as digits only, so "1,500", "1 500", "1.500" and "1500" meet, and "2,5" meets
 * "2.5". A space or separator joins groups only before exactly three digits (thousands).
 */
const FIGURE = /\d+(?:[.,\u00a0\u202f\u2009 ']\d{3}(?!\d))*(?:[.,]\d+)?/g;
const FIGURE_PLAIN = /\d+(?:[.,]\d+)?/g;
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Number words a source may spell out where the line writes digits ("three" supports "3"). */
const NUMBER_WORDS: Record<string, Record<string, string>> = {
  en: {
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    twenty: '20',
    hundred: '100',
    thousand: '1000',
    dozen: '12',
  },
  fr: {
    un: '1',
    une: '1',
    deux: '2',
    trois: '3',
    quatre: '4',
    cinq: '5',
    six: '6',
    sept: '7',
    huit: '8',
    neuf: '9',
    dix: '10',
    onze: '11',
    douze: '12',
    vingt: '20',
    cent: '100',
    mille: '1000',
    douzaine: '12',
  },
  de: {
    eins: '1',
    ein: '1',
    eine: '1',
    zwei: '2',
    drei: '3',
    vier: '4',
    fünf: '5',
    sechs: '6',
    sieben: '7',
    acht: '8',
    neun: '9',
    zehn: '10',
    elf: '11',
    zwölf: '12',
    zwanzig: '20',
    hundert: '100',
    tausend: '1000',
  },
  es: {
    uno: '1',
    una: '1',
    dos: '2',
    tres: '3',
    cuatro: '4',
    cinco: '5',
    seis: '6',
    siete: '7',
    ocho: '8',
    nueve: '9',
    diez: '10',
    once: '11',
    doce: '12',
    veinte: '20',
    cien: '100',
    mil: '1000',
  },
};

export function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map(digitsOf).filter(Boolean);
}

function sourceFigures(text: string, lang: string): Set<string> {
  const out = new Set<string>([...figures(text), ...(text.match(FIGURE_PLAIN) ?? []).map(digitsOf)]);
  const spelled = NUMBER_WORDS[primaryLanguage(lang)];
  if (spelled) for (const w of words(text, lang)) if (spelled[w]) out.add(spelled[w]);
  return out;
}

/**
 * Names: capitalised words that do not open a sentence. Not in German, where every noun is
 * capitalised, nor in scripts without case.
 */
export function names(text: string, lang: string): string[] {
  if (primaryLanguage(lang) === 'de') return [];
  const out: string[] = [];
  const re = /(^|[.!?:;«»"“”(\[]\s*|\s)(\p{Lu}[\p{L}\p{M}'’-]*)/gu;
  for (const m of text.matchAll(re)) {
    const opensSentence = m.index === 0 || /[.!?:«"“(\[]\s*$/u.test(m[1]);
    if (opensSentence) continue;
    // A single capital ("A", "I") or an all-caps acronym is checked like any word.
    if (m[2].length < 2) continue;
    out.push(m[2]);
  }
  return out;
}

/** Words of the source, lower-cased and also with elisions and "'s" removed, for the name check. */
function sourceWords(text: string, lang: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text, lang)) {
    out.add(w);
    out.add(w.replace(/^[ldjmnstc]['’]|^qu['’]/u, '').replace(/['’]s$/u, ''));
    for (const part of w.split(/[-'’]/)) if (part) out.add(part);
  }
  return out;
}

function nameFound(name: string, found: Set<string>, sourceTerms: Set<string>, lang: string): boolean {
  const parts = name
    .toLowerCase()
    .replace(/^[ldjmnstc]['’]|^qu['’]/u, '')
    .replace(/['’]s$/u, '')
    .split(/[-'’]/)
    .filter((p) => p.length > 1);
  if (parts.length === 0) return true;
  // A name's forms ("Coréen"/"coréenne", "Guinea"/"Guinean") meet through their stems too.
  return parts.every((p) => found.has(p) || terms(p, lang).every((t) => sourceTerms.has(t)));
}

/** Whether `cited` carries what `text` says (see the module comment). */
export function support(text: string, cited: readonly Sentence[], lang: string): Support {
  const source = cited.map((s) => s.text).join(' ');
  const sourceTerms = new Set(terms(source, lang));
  const lineTerms = [...new Set(terms(text, lang))].filter((t) => !/^\d+$/.test(t));
  const missingTerms = lineTerms.filter((t) => !sourceTerms.has(t));
  const share = lineTerms.length === 0 ? 1 : (lineTerms.length - missingTerms.length) / lineTerms.length;
  const srcFigures = sourceFigures(source, lang);
  const missingFigures = [...new Set(figures(text))].filter((f) => !srcFigures.has(f));
  const srcWords = sourceWords(source, lang);
  const missingNames = [...new Set(names(text, lang))].filter((n) => !nameFound(n, srcWords, sourceTerms, lang));
  const verified = cited.length > 0 && cited.length <= MAX_CITATIONS && share >= MIN_SUPPORT && missingFigures.length === 0 && missingNames.length === 0;
  return { verified, share, missingTerms, missingFigures, missingNames };
}

/**
 * Sources for a line that came without citations (Chrome's Summarizer cites nothing): the
 * sentence sharing most of its terms, then the one adding most of what is still missing, up
 * to `max`. The line is then checked against them like any cited line.
 */
export function alignSources(text: string, sentences: readonly Sentence[], lang: string, max = 2): number[] {
  const want = new Set(terms(text, lang).filter((t) => !/^\d+$/.test(t)));
  for (const f of figures(text)) want.add(`#${f}`);
  if (want.size === 0) return [];
  const bags = sentences.map((s) => {
    const bag = new Set(terms(s.text, lang));
    for (const f of sourceFigures(s.text, lang)) bag.add(`#${f}`);
    return bag;
  });
  const chosen: number[] = [];
  const missing = new Set(want);
  while (chosen.length < max && missing.size > 0) {
    let best = -1;
    let bestGain = 0;
    bags.forEach((bag, i) => {
      if (chosen.includes(sentences[i].index)) return;
      let gain = 0;
      for (const t of missing) if (bag.has(t)) gain++;
      if (gain > bestGain) {
        bestGain = gain;
        best = i;
      }
    });
    // A second sentence must add something real, not one stray word.
    if (best < 0 || (chosen.length > 0 && bestGain < 2)) break;
    chosen.push(sentences[best].index);
    for (const t of bags[best]) missing.delete(t);
  }
  return chosen.sort((a, b) => a - b);
}
