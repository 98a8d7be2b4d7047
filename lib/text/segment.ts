import type { Block, Sentence } from '../types';
import { languagePack } from './lang';

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

function endsWithAbbreviation(segment: string, abbreviations: ReadonlySet<string>): boolean {
  if (INITIAL.test(segment)) return true;
  const m = LAST_TOKEN.exec(segment);
  if (!m) return false;
  const token = m[1].toLowerCase();
  return abbreviations.has(token) || (token.includes('.') && abbreviations.has(token.replace(/\.$/, '')));
}

/**
 * Splits one text into sentences with character offsets. Intl.Segmenter does the work;
 * we rejoin the pieces it cuts after abbreviations ("M. Macron", "Dr. Smith", "U.S. forces")
 * and before a lower-case continuation.
 */
export function splitSentences(text: string, lang: string): Array<{ text: string; start: number; end: number }> {
  const pack = languagePack(lang);
  const pieces: Array<{ start: number; end: number }> = [];
  for (const s of segmenter(pack.code || 'en').segment(text)) {
    const start = s.index;
    const end = s.index + s.segment.length;
    const prev = pieces[pieces.length - 1];
    if (prev) {
      const prevText = text.slice(prev.start, prev.end);
      if (endsWithAbbreviation(prevText, pack.abbreviations) || STARTS_LOWER.test(s.segment)) {
        prev.end = end;
        continue;
      }
    }
    pieces.push({ start, end });
  }
  const out: Array<{ text: string; start: number; end: number }> = [];
  for (const p of pieces) {
    const raw = text.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
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
