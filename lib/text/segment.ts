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
const INITIAL = /(?:^|[\s(«"“])\p{Lu}\.\s*$/u;
const STARTS_LOWER = /^\s*[\p{Ll}\p{N},;:)»”]/u;
const FIRST_WORD = /^[\s«"“(]*([\p{L}']+)/u;
/** Abbreviations that often end a sentence too ("based in the U.S. It employs"). */
const MAY_END = new Set(['etc', 'u.s', 'u.k', 'u.n', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'j.-c', 'env', 'usw', 'u.ä', 'o.ä', 'uu', 'ee.uu', 'a.c', 'd.c', 's.a', 'ltda', 'ecc', 's.p.a', 's.r.l', 'enz', 'e.d', 'a.s', 'jl', 'b.v', 'n.v', 'v.chr', 'n.chr', 'mio', 'mrd']);
/** Languages that write ordinals as "3." ("am 3. Oktober"). */
const ORDINAL_DOT = new Set(['de', 'da', 'no', 'nb', 'fi', 'cs', 'sk', 'pl', 'hu', 'sl', 'hr', 'sr', 'tr', 'et', 'lv', 'lt']);
/** Where a sentence ends but Intl.Segmenter does not cut: "…" or ". »" before a capital. */
const MISSED_END = /(?:…|[.!?]\s*[»”])(?=\s+[«"“]?\p{Lu})/gu;
/** Opening marks Intl.Segmenter leaves at the end of the previous sentence. */
const TRAILING_OPENERS = /[\s“‘«「『《（(]+$/u;
/** Closing marks it puts at the start of the next one (French "verra. » Il"). */
const LEADING_CLOSERS = /^[\s»”’」』》）)]+/u;

function shouldJoin(prev: string, next: string, lang: string, pack: LanguagePack): boolean {
  if (STARTS_LOWER.test(next)) return true;
  if (ORDINAL_DOT.has(lang) && /(?:^|\s)\d{1,2}\.\s*$/u.test(prev)) return true;
  if (INITIAL.test(prev)) return true;
  const m = LAST_TOKEN.exec(prev);
  if (!m) return false;
  const token = m[1].toLowerCase().replace(/\.$/, '');
  if (!pack.abbreviations.has(token)) return false;
  if (!MAY_END.has(token)) return true;
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
    for (const m of s.segment.matchAll(MISSED_END)) {
      const cut = s.index + m.index! + m[0].length;
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
