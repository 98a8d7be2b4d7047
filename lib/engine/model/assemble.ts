/**
 * A model's lines made into a digest like any other: the same heading and language as the
 * embedded engine, every line citing sentences of the article, each checked against them
 * (lib/engine/model/verify.ts). A line that cites no sentence the model was shown cannot be
 * traced at all: it is left out and counted (Digest.dropped); one whose sources do not carry
 * it is kept, marked unverified.
 */
import type { Bullet, Digest, DigestTable, FaqItem, Sentence, TableRow } from '../../types';
import { languagePack, headingFor } from '../../text/lang';
import type { DigestItem } from '../types';
import type { RawItem } from './json-items';
import { alignSources, citedIndices, support } from './verify';

/** Longest line kept (characters): a model that runs on is cut at a word. */
const MAX_LINE = 600;

export function cleanLine(x: unknown): string {
  if (typeof x !== 'string') return '';
  const s = x
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/^\s*(?:[-*•·]|\d+[.)])\s+/u, '')
    .replace(/\*\*(.+?)\*\*/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (s.length <= MAX_LINE) return s;
  const cut = s.slice(0, MAX_LINE);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_LINE - 40)).trimEnd() + '…';
}

/** A question ends with the language's own question mark spacing ("Pourquoi ? " in French). */
export function asQuestion(text: string, lang: string): string {
  const bare = text.replace(/[\s\u00a0\u202f]*[?？]+$/u, '').trimEnd();
  return bare ? `${bare}${languagePack(lang).questionMark}` : '';
}

export interface CheckContext {
  /** Every sentence of the article, by index. */
  sentences: readonly Sentence[];
  /** Indices the model was shown (the rest did not fit its context). */
  shown: ReadonlySet<number>;
  lang: string;
}

export type Checked = { ok: true; item: DigestItem } | { ok: false; reason: 'empty' | 'no-sources' };

/** One raw element of "bullets" or "faq", checked. */
export function checkItem(raw: RawItem, ctx: CheckContext): Checked {
  const v = raw.value as Record<string, unknown>;
  const sources = citedIndices(v.sources ?? v.source ?? v.citations, ctx.shown);
  const cited = sources.map((i) => ctx.sentences[i]);
  if (raw.list === 'bullets') {
    const text = cleanLine(v.text ?? v.bullet);
    if (!text) return { ok: false, reason: 'empty' };
    if (sources.length === 0) return { ok: false, reason: 'no-sources' };
    const bullet: Bullet = { text, sources, verified: support(text, cited, ctx.lang).verified };
    return { ok: true, item: { kind: 'bullet', bullet } };
  }
  const question = asQuestion(cleanLine(v.question), ctx.lang);
  const answer = cleanLine(v.answer);
  if (!question || !answer) return { ok: false, reason: 'empty' };
  if (sources.length === 0) return { ok: false, reason: 'no-sources' };
  // The answer carries the facts, so it is what the cited sentences must support. The
  // question may name what the answer's sentences only refer to ("Who is Raymond Lee?"
  // answered by "This former flight attendant..."), but a figure or a name the article never
  // gives is a claim of its own ("Why did 300 people leave?" when it says 30).
  const a = support(answer, cited, ctx.lang);
  const q = support(
    question,
    [...ctx.shown].map((i) => ctx.sentences[i]),
    ctx.lang,
  );
  const verified = a.verified && q.missingFigures.length === 0 && q.missingNames.length === 0;
  const item: FaqItem = { question, answer, sources, origin: 'model', verified };
  return { ok: true, item: { kind: 'faq', item } };
}

/** A table row names its aspect in a few words; a longer one is a sentence, not an aspect. */
const MAX_ASPECT_WORDS = 8;
export const MIN_TABLE_ROWS = 3;
export const MAX_TABLE_ROWS = 6;

/**
 * One raw element of "table", checked like a bullet but kept only when verified: a row its
 * cited sentences do not carry (its text, or a figure or a name in its aspect) is dropped, not
 * marked, since a wrong table is worse than none.
 */
export function checkRow(raw: RawItem, ctx: CheckContext): TableRow | undefined {
  const v = raw.value as Record<string, unknown>;
  const aspect = cleanLine(v.aspect).replace(/[\s:：]+$/u, '');
  const text = cleanLine(v.text);
  const sources = citedIndices(v.sources ?? v.source ?? v.citations, ctx.shown);
  if (!aspect || !text || sources.length === 0 || aspect.split(/\s+/u).length > MAX_ASPECT_WORDS) return undefined;
  const cited = sources.map((i) => ctx.sentences[i]);
  const a = support(aspect, cited, ctx.lang);
  if (!support(text, cited, ctx.lang).verified || a.missingFigures.length > 0 || a.missingNames.length > 0) return undefined;
  return { aspect, text, sources };
}

/** The table of checked rows, or null with fewer than three: a table of one or two rows is none. */
export function tableOf(rows: TableRow[], lang: string): DigestTable | null {
  if (rows.length < MIN_TABLE_ROWS) return null;
  const words = languagePack(lang).table ?? languagePack('en').table!;
  // Rows whose aspects are all figures ("12 000 emplois"): a table of key figures.
  const figures = rows.every((r) => /\p{N}/u.test(r.aspect));
  return {
    caption: figures ? words.figuresCaption : words.caption,
    columns: figures ? [words.figure, words.counts] : [words.aspect, words.says],
    rows: rows.slice(0, MAX_TABLE_ROWS),
    kind: figures ? 'figures' : 'aspects',
  };
}

/**
 * Sources found for a line that has none (Chrome's Summarizer), then checked: the sentences
 * the line is closest to, among those the model saw.
 */
export function anchorBullet(text: string, ctx: CheckContext): Bullet | undefined {
  const clean = cleanLine(text);
  if (!clean) return undefined;
  const pool = ctx.sentences.filter((s) => ctx.shown.has(s.index));
  const sources = alignSources(clean, pool, ctx.lang);
  if (sources.length === 0) return undefined;
  return {
    text: clean,
    sources,
    verified: support(
      clean,
      sources.map((i) => ctx.sentences[i]),
      ctx.lang,
    ).verified,
  };
}

/** Collects checked lines: no repeats, at most the number asked for. */
export class DigestBuilder {
  readonly bullets: Bullet[] = [];
  readonly faq: FaqItem[] = [];
  /** The table's rows, verified; not streamed (the table shows with the whole digest). */
  readonly rows: TableRow[] = [];
  dropped = 0;
  private seen = new Set<string>();

  constructor(
    private readonly ctx: CheckContext,
    private readonly limits: { bullets: number; faqItems: number },
  ) {}

  /**
   * Adds a raw model item; returns the line to show now, if it is kept. `shown`: the
   * sentences this request showed the model, when not those of the builder's context.
   */
  addRaw(raw: RawItem, shown?: ReadonlySet<number>): DigestItem | undefined {
    if (raw.list === 'table') {
      const row = checkRow(raw, shown ? { ...this.ctx, shown } : this.ctx);
      const key = row?.aspect.toLowerCase();
      if (row && this.rows.length < MAX_TABLE_ROWS && !this.rows.some((r) => r.aspect.toLowerCase() === key)) this.rows.push(row);
      return undefined;
    }
    const checked = checkItem(raw, shown ? { ...this.ctx, shown } : this.ctx);
    if (!checked.ok) {
      if (checked.reason === 'no-sources') this.dropped++;
      return undefined;
    }
    return this.add(checked.item);
  }

  add(item: DigestItem): DigestItem | undefined {
    const key = (item.kind === 'bullet' ? item.bullet.text : item.item.question)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (this.seen.has(`${item.kind}:${key}`)) return undefined;
    if (item.kind === 'bullet' ? this.bullets.length >= this.limits.bullets : this.faq.length >= this.limits.faqItems) return undefined;
    this.seen.add(`${item.kind}:${key}`);
    if (item.kind === 'bullet') this.bullets.push(item.bullet);
    else this.faq.push(item.item);
    return item;
  }

  digest(meta: { engine: Digest['engine']; contentHash: string; digestMs: number }): Digest {
    const d: Digest = {
      heading: headingFor(
        this.ctx.lang,
        this.ctx.sentences
          .slice(0, 40)
          .map((s) => s?.text ?? '')
          .join(''),
      ),
      language: this.ctx.lang,
      bullets: this.bullets,
      faq: this.faq,
      table: tableOf(this.rows, this.ctx.lang),
      engine: meta.engine,
      contentHash: meta.contentHash,
      timings: { digestMs: meta.digestMs },
    };
    if (this.dropped) d.dropped = this.dropped;
    return d;
  }
}
