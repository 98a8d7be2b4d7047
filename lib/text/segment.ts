import type { Block, Sentence } from '../types';
import { languagePack, type LanguagePack } from './lang';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

/** The token right before a final period: "M." -> "m", "U.S." -> "u.s". */
const LAST_TOKEN = /([\p{L}][\p{L}.\-]*)\.\s*$/u;
/** A single capital and a period: an initial ("J. Smith"), or a letter ending a sentence ("vitamine D."). */
const LETTER = /(?:^|[\s(«"“])\p{Lu}\.\s*$/u;
/** A person's initial beyond doubt: after a name, a particle or another initial ("George W. Bush", "J. K. Rowling"). */
const INITIAL = /(?:^|[(«"“]|(?:^|\s)(?:\p{Lu}[\p{L}'’-]*\.?|de|du|von|van|der|da|di|del)\s)\p{Lu}\.\s*$/u;
/** What continues a sentence rather than opening one: punctuation that closes or goes on. */
const CONTINUES = /^\s*[,;:)»”]/u;
const STARTS_LOWER = /^\s*[«"“(]?\p{Ll}/u;
const FIRST_WORD = /^[\s«"“(]*([\p{L}']+)/u;
/** Abbreviations that often end a sentence too ("based in the U.S. It employs"), in every language. */
const MAY_END = new Set([
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'j.-c',
  'env',
  'usw',
  'u.ä',
  'o.ä',
  'uu',
  'ee.uu',
  'a.c',
  'd.c',
  's.a',
  'ltda',
  'ecc',
  's.p.a',
  's.r.l',
  'enz',
  'e.d',
  'a.s',
  'jl',
  'b.v',
  'n.v',
  'v.chr',
  'n.chr',
  'mio',
  'mrd',
]);
/** Languages that write ordinals as "3." ("am 3. Oktober", "zum 100. Geburtstag"). */
const ORDINAL_DOT = new Set(['de', 'da', 'no', 'nb', 'fi', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'tr', 'et', 'lv', 'lt']);
/** Where a sentence ends but Intl.Segmenter does not cut: "…" or ". »" before a capital. */
const MISSED_END = /(?:…|[.!?]\s*[»”])(?=\s+[«"“]?\p{Lu})/gu;
/** Opening marks Intl.Segmenter leaves at the end of the previous sentence. */
const TRAILING_OPENERS = /[\s“‘«「『《（(]+$/u;
/** Closing marks it puts at the start of the next one (French "verra. » Il"). */
const LEADING_CLOSERS = /^[\s»”’」』》）)]+/u;
/** Ends a sentence beyond doubt in scripts written without spaces. */
const CJK_END = /[。！？][」』”）)]*\s*$/u;
/**
 * Ends Intl.Segmenter does not see: a period after a whole word, then a lower-case word or a
 * figure ("adopté. ce document", "in May. 2011 was"). Abbreviations are checked by the caller.
 */
const UNSEEN_END = /([\p{L}]{3,})\.\s+(?=[\p{Ll}\p{N}])/gu;
const OPEN_QUOTE = /[«“„"]/gu;
const CLOSE_QUOTE = /[»”“"]/u;

/**
 * A quotation of a few words cut at its own period ("the slogan, "Meth. We're on it.", drew"):
 * the quotation goes on in the next piece, closes there, and the sentence goes on after it.
 */
function insideShortQuote(prev: string, next: string): boolean {
  const opens = [...prev.matchAll(OPEN_QUOTE)];
  if (opens.length === 0) return false;
  const last = opens[opens.length - 1];
  const quoted = prev.slice(last.index! + 1);
  // The mark opened a quotation still open at the end of the piece, a few words long.
  if (CLOSE_QUOTE.test(quoted.replace(/^[^\p{L}]*/u, '')) || quoted.split(/\s+/u).filter(Boolean).length > 4) return false;
  const close = CLOSE_QUOTE.exec(next);
  if (!close || next.slice(0, close.index).split(/\s+/u).length > 12) return false;
  return /^\s*(?:[,;:]|\p{Ll})/u.test(next.slice(close.index + 1));
}

function shouldJoin(prev: string, next: string, lang: string, pack: LanguagePack): boolean {
  if (CONTINUES.test(next)) return true;
  if (CJK_END.test(prev)) return false;
  if (ORDINAL_DOT.has(lang) && /(?:^|\s)\d{1,3}\.\s*$/u.test(prev)) return true;
  if (insideShortQuote(prev, next)) return true;
  // "Jones et al. 1998", "von Jones et al. und Briffa": the citation goes on.
  if (/(?:^|\s)et al\.\s*$/u.test(prev) && /^\s*[\p{N}\p{Ll}(,;]/u.test(next)) return true;
  // "im [21.] Jahrhundert": an ordinal in an editor's brackets.
  if (/\[\p{N}{1,3}\.\]\s*$/u.test(prev)) return true;
  // "a notice reading ![banner](…)", "Yahoo!Japan": a mark glued to what follows ends nothing.
  if (/[!?！？][\[(\p{L}\p{N}]$/u.test(prev) && /^[\p{L}\p{N}\]]/u.test(next)) return true;
  if (INITIAL.test(prev)) return true;
  // "the author J. Rowling" goes on; "la vitamine D. Par ailleurs" starts again.
  if (LETTER.test(prev)) {
    const first = FIRST_WORD.exec(next)?.[1]?.toLowerCase();
    return !!first && !pack.stopwords.has(first) && /^[\s«"“(]*\p{Lu}/u.test(next);
  }
  const m = LAST_TOKEN.exec(prev);
  if (!m) return false;
  const token = m[1].toLowerCase().replace(/\.$/, '');
  if (!pack.abbreviations.has(token)) {
    // "approx. five", "e.g. the": a short or dotted token before a lower-case word is an
    // abbreviation we do not list; a whole word ("adopté. ce document") ends its sentence.
    return STARTS_LOWER.test(next) && (token.length <= 3 || token.includes('.'));
  }
  if (!MAY_END.has(token) && !pack.mayEndSentence?.has(token)) return true;
  // "U.S. officials" goes on; "U.S. It employs" starts again; "etc. Puis" starts again.
  const first = FIRST_WORD.exec(next)?.[1]?.toLowerCase();
  return token !== 'etc' && !!first && !pack.stopwords.has(first);
}

/**
 * Splits one text into sentences with character offsets. Intl.Segmenter does the work; we
 * rejoin the pieces it cuts after abbreviations ("M. Macron", "Dr. Smith", "U.S. forces") or
 * before a lower-case continuation, and cut where it misses an end ("…", ". »").
 */
export function splitSentences(text: string, lang: string): Array<{ text: string; start: number; end: number }> {
  const pack = languagePack(lang);
  const raw: Array<{ start: number; end: number }> = [];
  for (const s of segmenter(pack.code || 'en').segment(text)) {
    let start = s.index;
    const end = s.index + s.segment.length;
    const cuts: number[] = [];
    for (const m of s.segment.matchAll(MISSED_END)) cuts.push(m.index! + m[0].length);
    for (const m of s.segment.matchAll(UNSEEN_END)) {
      const word = m[1].toLowerCase();
      const after = s.segment.slice(m.index! + m[0].length);
      // A figure opens a sentence ("2011 was worse"), not an ordinal or a decimal's end.
      if (pack.abbreviations.has(word) || (/^\p{N}/u.test(after) ? /^\p{N}+\./u.test(after) : word.length < 4)) continue;
      cuts.push(m.index! + m[0].length);
    }
    for (const at of cuts.sort((a, b) => a - b)) {
      const cut = s.index + at;
      if (cut <= start) continue;
      raw.push({ start, end: cut });
      start = cut;
    }
    raw.push({ start, end });
  }
  // An opening quote left at the end of a piece belongs to the next one; a closing quote at
  // the start of a piece, to the previous one.
  for (let i = 0; i + 1 < raw.length; i++) {
    const opener = TRAILING_OPENERS.exec(text.slice(raw[i].start, raw[i].end));
    if (opener && opener[0].trim()) {
      raw[i].end -= opener[0].length;
      raw[i + 1].start -= opener[0].length;
    }
    const closer = LEADING_CLOSERS.exec(text.slice(raw[i + 1].start, raw[i + 1].end));
    if (closer && closer[0].trim() && raw[i + 1].end - raw[i + 1].start > closer[0].length) {
      raw[i].end += closer[0].length;
      raw[i + 1].start += closer[0].length;
    }
  }
  const pieces: Array<{ start: number; end: number }> = [];
  for (const p of raw) {
    const prev = pieces[pieces.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(p.start, p.end), pack.code, pack)) prev.end = p.end;
    else pieces.push({ ...p });
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const p of pieces) {
    const piece = text.slice(p.start, p.end);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (!trimmed) continue;
    out.push({ text: trimmed, start: p.start + lead, end: p.start + lead + trimmed.length });
  }
  return out;
}

/** Sentences of every non-heading block, numbered in reading order. */
export function segmentArticle(blocks: Block[], lang: string): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, b) => {
    if (block.kind === 'heading') return;
    for (const s of splitSentences(block.text, lang)) {
      sentences.push({ index: sentences.length, text: s.text, block: b, start: s.start, end: s.end });
    }
  });
  return sentences;
}
