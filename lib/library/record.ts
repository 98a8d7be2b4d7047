/**
 * A digest saved in the library, and the checks a record must pass to be read back (from the
 * database or from an imported file: both are untrusted once written).
 */
import type { ArticleInfo, AskAnswer, AskedQuestion, Bullet, Digest, DigestNote, DigestTable, FaqItem, Sentence, TableRow, TabDigest } from '../types';
import { isFailure, type FailureKind } from '../errors';

export interface SavedDigest {
  /**
   * The key: the page's canonical url when it names the article (not a home page), else the
   * url it was read at, without its #fragment. Saving the same article again updates it.
   */
  url: string;
  /** Hash of the article text the digest was made from (Digest.contentHash). */
  contentHash: string;
  /** First saved, ms since the epoch; the library lists newest first by it. */
  savedAt: number;
  /** Last change: saved again, starred, tagged. */
  updatedAt: number;
  /** When the reader read the digest (the last time it was saved). */
  readAt: number;
  starred: boolean;
  tags: string[];
  /** Title, site, byline, language, published time, word count, url... as the page gave them. */
  article: ArticleInfo;
  /** Bullets, FAQ, heading, language, engine id and version, timings. */
  digest: Digest;
  /** The article's sentences (text and block index): enough to show a bullet's sources again. */
  sentences: Sentence[];
  /** The reader's questions to the article ("Ask this article…"), oldest first; absent: none. */
  asked?: AskedQuestion[];
}

// ---------------------------------------------------------------------------------------------
// Building a record

/** http(s) or file url without its fragment, or undefined. */
function pageUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (!/^(https?|file):$/.test(u.protocol)) return undefined;
    u.hash = '';
    return u;
  } catch {
    return undefined;
  }
}

/**
 * The record's key. A canonical url pointing at the site's home page while the article has a
 * path of its own is a publisher's mistake (every article would share one record): ignored.
 */
export function libraryKey(article: Pick<ArticleInfo, 'url' | 'canonicalUrl'>, contentHash: string): string {
  const page = pageUrl(article.url);
  const canonical = pageUrl(article.canonicalUrl);
  if (canonical && !(canonical.pathname === '/' && !canonical.search && page && page.pathname !== '/')) return canonical.href;
  if (page) return page.href;
  return article.url || `en-bref:text:${contentHash}`;
}

/** A plain JSON copy: no undefined members, no prototypes, so stored = exported = imported. */
const jsonCopy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The record for a digest shown in the popup or the panel (and the questions asked of it), as first saved at `now`. */
export function recordFromTabDigest(
  value: Pick<TabDigest, 'article' | 'digest' | 'sentences'>,
  now = Date.now(),
  readAt = now,
  asked: AskedQuestion[] = [],
): SavedDigest {
  const { article, digest, sentences } = jsonCopy({ article: value.article, digest: value.digest, sentences: value.sentences });
  return {
    ...(asked.length ? { asked: jsonCopy(asked) } : {}),
    url: libraryKey(article, digest.contentHash),
    contentHash: digest.contentHash,
    savedAt: now,
    updatedAt: now,
    readAt,
    starred: false,
    tags: [],
    article,
    digest,
    sentences,
  };
}

/**
 * The questions of two copies of one record, each once (by when it was asked and what), in the
 * order asked: saving again or importing never loses a question. Questions about other content
 * (the article changed) are not carried over.
 */
export function mergeAsked(kept: SavedDigest, incoming: SavedDigest): AskedQuestion[] | undefined {
  const all = [...(kept.contentHash === incoming.contentHash ? (kept.asked ?? []) : []), ...(incoming.asked ?? [])];
  const seen = new Set<string>();
  const out = all.filter((q) => {
    const key = `${q.at}\u0000${q.question}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out.length ? out.sort((a, b) => a.at - b.at) : undefined;
}

export const MAX_TAGS = 32;
export const MAX_TAG_LENGTH = 64;

/** Trimmed, inner spaces collapsed, no "#", no empty or repeated tag (case-insensitively). */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const t = raw.replace(/^#+/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const k = t.toLocaleLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** The site's name as the page gives it, else the host without "www.". */
export function siteOf(r: Pick<SavedDigest, 'url' | 'article'>): string {
  const name = r.article.siteName?.trim();
  if (name) return name;
  const u = pageUrl(r.article.url) ?? pageUrl(r.url);
  return u?.hostname.replace(/^www\./, '') ?? '';
}

/** The link that opens the original article: http(s) or file only (never javascript: etc.). */
export function openableUrl(r: Pick<SavedDigest, 'url' | 'article'>): string | undefined {
  return (pageUrl(r.url) ?? pageUrl(r.article.url))?.href;
}

// ---------------------------------------------------------------------------------------------
// Validation: hand-written shape checks, returning a clean copy (unknown members dropped)

export type Validation = { ok: true; value: SavedDigest } | { ok: false; reason: string };

class Invalid extends Error {}
const bad = (path: string, what: string): never => {
  throw new Invalid(`${path} ${what}`);
};
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const obj = (v: unknown, path: string) => (isObject(v) ? v : bad(path, 'is not an object'));
const str = (v: unknown, path: string): string => (typeof v === 'string' ? v : bad(path, 'is not text'));
const optStr = (v: unknown, path: string): string | undefined => (v === undefined || v === null ? undefined : str(v, path));
const num = (v: unknown, path: string): number => (typeof v === 'number' && Number.isFinite(v) ? v : bad(path, 'is not a number'));
const int = (v: unknown, path: string): number => (Number.isInteger(v) && (v as number) >= 0 ? (v as number) : bad(path, 'is not a whole number'));
const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : bad(path, 'is not a list'));
const ints = (v: unknown, path: string): number[] => arr(v, path).map((x, i) => int(x, `${path}[${i}]`));
const nonEmpty = (v: unknown, path: string): string => (str(v, path).trim() ? (v as string) : bad(path, 'is empty'));
const optBool = (v: unknown, path: string): boolean | undefined =>
  v === undefined || v === null ? undefined : typeof v === 'boolean' ? v : bad(path, 'is not true or false');
const oneOf = <T extends string>(v: unknown, allowed: readonly T[], path: string): T =>
  allowed.includes(v as T) ? (v as T) : bad(path, `is not one of ${allowed.join(', ')}`);
const isFailureKind = (v: unknown): boolean => typeof v === 'string' && isFailure({ kind: v });

/** Drops undefined members, so a clean copy equals its JSON form. */
function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function article(v: unknown): ArticleInfo {
  const a = obj(v, 'article');
  const pageFaq =
    a.pageFaq === undefined || a.pageFaq === null
      ? undefined
      : arr(a.pageFaq, 'article.pageFaq').map((x, i) => {
          const f = obj(x, `article.pageFaq[${i}]`);
          return { question: str(f.question, `article.pageFaq[${i}].question`), answer: str(f.answer, `article.pageFaq[${i}].answer`) };
        });
  return defined({
    url: str(a.url, 'article.url'),
    canonicalUrl: optStr(a.canonicalUrl, 'article.canonicalUrl'),
    title: str(a.title, 'article.title'),
    byline: optStr(a.byline, 'article.byline'),
    siteName: optStr(a.siteName, 'article.siteName'),
    lang: str(a.lang, 'article.lang'),
    langSource: str(a.langSource, 'article.langSource') as ArticleInfo['langSource'],
    publishedTime: optStr(a.publishedTime, 'article.publishedTime'),
    excerpt: optStr(a.excerpt, 'article.excerpt'),
    pageFaq,
    wordCount: int(a.wordCount, 'article.wordCount'),
    extractedBy: str(a.extractedBy, 'article.extractedBy') as ArticleInfo['extractedBy'],
  });
}

function digest(v: unknown): Digest {
  const d = obj(v, 'digest');
  const bullets = arr(d.bullets, 'digest.bullets').map((x, i): Bullet => {
    const b = obj(x, `digest.bullets[${i}]`);
    return defined({
      text: nonEmpty(b.text, `digest.bullets[${i}].text`),
      sources: ints(b.sources, `digest.bullets[${i}].sources`),
      verified: optBool(b.verified, `digest.bullets[${i}].verified`),
    });
  });
  const faq = arr(d.faq, 'digest.faq').map((x, i): FaqItem => {
    const f = obj(x, `digest.faq[${i}]`);
    const p = `digest.faq[${i}]`;
    return defined({
      question: nonEmpty(f.question, `${p}.question`),
      answer: str(f.answer, `${p}.answer`),
      sources: ints(f.sources, `${p}.sources`),
      origin: str(f.origin, `${p}.origin`) as FaqItem['origin'],
      asks: optStr(f.asks, `${p}.asks`) as FaqItem['asks'],
      verified: optBool(f.verified, `${p}.verified`),
    });
  });
  const engine = obj(d.engine, 'digest.engine');
  const timings = obj(d.timings, 'digest.timings');
  const t = table(d.table);
  // An optional engine's digest keeps its model, the fallback note and the lines left out.

  return defined({
    heading: str(d.heading, 'digest.heading'),
    language: str(d.language, 'digest.language'),
    bullets,
    faq,
    ...(t !== undefined ? { table: t } : {}),
    engine: defined({
      id: str(engine.id, 'digest.engine.id'),
      version: str(engine.version, 'digest.engine.version'),
      model: optStr(engine.model, 'digest.engine.model'),
    }),
    note: note(d.note, 'digest.note'),
    dropped: d.dropped === undefined ? undefined : int(d.dropped, 'digest.dropped'),
    contentHash: str(d.contentHash, 'digest.contentHash'),
    timings: defined({
      extractMs: timings.extractMs === undefined ? undefined : num(timings.extractMs, 'digest.timings.extractMs'),
      digestMs: num(timings.digestMs, 'digest.timings.digestMs'),
    }),
  });
}

/**
 * The digest's table: absent in records saved before there were tables (kept absent: that
 * digest was never asked for one), null when the article had none, else checked row by row.
 */
function table(v: unknown): DigestTable | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  const t = obj(v, 'digest.table');
  const columns = arr(t.columns, 'digest.table.columns');
  if (columns.length !== 2) bad('digest.table.columns', 'is not two headings');
  const rows = arr(t.rows, 'digest.table.rows').map((x, i): TableRow => {
    const r = obj(x, `digest.table.rows[${i}]`);
    const p = `digest.table.rows[${i}]`;
    const sources = ints(r.sources, `${p}.sources`);
    if (!sources.length) bad(`${p}.sources`, 'is empty');
    return defined({ aspect: nonEmpty(r.aspect, `${p}.aspect`), text: nonEmpty(r.text, `${p}.text`), sources, verified: optBool(r.verified, `${p}.verified`) });
  });
  return {
    caption: str(t.caption, 'digest.table.caption'),
    columns: [str(columns[0], 'digest.table.columns[0]'), str(columns[1], 'digest.table.columns[1]')],
    rows,
    kind: oneOf(t.kind, ['aspects', 'page', 'figures'] as const, 'digest.table.kind'),
  };
}

function note(v: unknown, path: string): DigestNote | undefined {
  if (v === undefined || v === null) return undefined;
  const n = obj(v, path);
  return defined({
    fallbackFrom: oneOf(n.fallbackFrom, ['chrome-ai', 'openai'] as const, `${path}.fallbackFrom`),
    reason: (isFailureKind(n.reason) ? n.reason : bad(`${path}.reason`, 'is not a known failure')) as FailureKind,
    detail: optStr(n.detail, `${path}.detail`),
  });
}

function answer(v: unknown, path: string): AskAnswer {
  const a = obj(v, path);
  const sources = ints(a.sources, `${path}.sources`);
  if (!sources.length) bad(`${path}.sources`, 'is empty');
  return defined({ text: nonEmpty(a.text, `${path}.text`), sources, cut: optBool(a.cut, `${path}.cut`), verified: optBool(a.verified, `${path}.verified`) });
}

/** The questions asked of the article (optional: records saved before there were any have none). */
function askedQuestions(v: unknown): AskedQuestion[] | undefined {
  if (v === undefined || v === null) return undefined;
  return arr(v, 'asked').map((x, i): AskedQuestion => {
    const q = obj(x, `asked[${i}]`);
    const p = `asked[${i}]`;
    const answered = typeof q.answered === 'boolean' ? q.answered : bad(`${p}.answered`, 'is not true or false');
    const answers = arr(q.answers, `${p}.answers`).map((a, j) => answer(a, `${p}.answers[${j}]`));
    if (answered && !answers.length) bad(`${p}.answers`, 'is empty for an answered question');
    return defined({
      question: nonEmpty(q.question, `${p}.question`),
      answered,
      answers: answered ? answers : [],
      closest: q.closest === undefined || q.closest === null ? undefined : answer(q.closest, `${p}.closest`),
      engine: oneOf(q.engine, ['embedded', 'chrome-ai', 'openai'] as const, `${p}.engine`),
      model: optStr(q.model, `${p}.model`),
      note: note(q.note, `${p}.note`),
      at: num(q.at, `${p}.at`),
    });
  });
}

function sentences(v: unknown): Sentence[] {
  return arr(v, 'sentences').map((x, i) => {
    const s = obj(x, `sentences[${i}]`);
    const p = `sentences[${i}]`;
    return {
      index: int(s.index, `${p}.index`),
      text: str(s.text, `${p}.text`),
      block: int(s.block, `${p}.block`),
      start: int(s.start, `${p}.start`),
      end: int(s.end, `${p}.end`),
    };
  });
}

/**
 * Checks a stored or imported record and returns a clean copy of it. Lenient only where a
 * sensible value exists (no tags: none; not starred: false; no updatedAt/readAt: savedAt).
 */
export function validateRecord(v: unknown): Validation {
  try {
    const r = obj(v, 'record');
    const url = nonEmpty(r.url, 'url');
    const savedAt = num(r.savedAt, 'savedAt');
    const a = article(r.article);
    const d = digest(r.digest);
    const value: SavedDigest = {
      url,
      contentHash: r.contentHash === undefined ? d.contentHash : str(r.contentHash, 'contentHash'),
      savedAt,
      updatedAt: r.updatedAt === undefined ? savedAt : num(r.updatedAt, 'updatedAt'),
      readAt: r.readAt === undefined ? savedAt : num(r.readAt, 'readAt'),
      starred: r.starred === undefined ? false : typeof r.starred === 'boolean' ? r.starred : bad('starred', 'is not true or false'),
      tags: r.tags === undefined ? [] : normaliseTags(arr(r.tags, 'tags').map((t, i) => str(t, `tags[${i}]`))),
      article: a,
      digest: d,
      sentences: sentences(r.sentences),
    };
    const asked = askedQuestions(r.asked);
    if (asked?.length) value.asked = asked;
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    return { ok: false, reason: `unreadable (${String((e as Error)?.message ?? e)})` };
  }
}
