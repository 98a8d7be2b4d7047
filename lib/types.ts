/**
 * The nouns shared by every host: content script, background, UI and the Node tools. The
 * bottom layer (ARCHITECTURE.md): it imports only lib/errors.ts, which imports nothing.
 */
import type { FailureKind } from './errors';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table-cell' | 'preformatted';

export interface Block {
  kind: BlockKind;
  /** 1-6 for headings, absent otherwise. */
  level?: number;
  text: string;
}

export type LangSource = 'html-lang' | 'og-locale' | 'content-language' | 'readability' | 'detected' | 'default';

export interface Article {
  url: string;
  canonicalUrl?: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** BCP 47 primary subtag, lower case: "fr", "en". */
  lang: string;
  langSource: LangSource;
  publishedTime?: string;
  excerpt?: string;
  blocks: Block[];
  /** Blocks joined by blank lines. */
  text: string;
  /** The FAQ the page publishes itself (schema.org, <details>, a FAQ section), as it is. */
  pageFaq?: Array<{ question: string; answer: string }>;
  wordCount: number;
  /**
   * How the text was found: Readability, or a fallback when it found nothing (the page's
   * JSON-LD articleBody, its <article>/<main>, the densest block of paragraphs), the reader's
   * selection, or plain text.
   */
  extractedBy: 'readability' | 'json-ld' | 'article-element' | 'densest-block' | 'selection' | 'text';
}

export interface Sentence {
  index: number;
  text: string;
  /** Index into Article.blocks. */
  block: number;
  /** Character offsets of the sentence inside its block's text. */
  start: number;
  end: number;
}

export interface Bullet {
  text: string;
  /** Indices into the article's sentences; never empty. */
  sources: number[];
  /**
   * false: written by a model, and the sentences it cites do not carry what it says (shown
   * marked). Absent or true: traceable; the embedded engine's lines are the article's own
   * sentences, so they never carry false.
   */
  verified?: boolean;
}

/** 'model': asked and answered by an optional engine (lib/engine/openai, lib/engine/chrome-ai). */
export type FaqOrigin = 'page' | 'article' | 'heading' | 'generated' | 'model';

/** What a generated question asks about: its answer must carry that (a date for "when"...). */
export type FaqAsks = 'what' | 'why' | 'who' | 'when' | 'where' | 'figures' | 'next';

export interface FaqItem {
  question: string;
  answer: string;
  sources: number[];
  origin: FaqOrigin;
  asks?: FaqAsks;
  /** As Bullet.verified. */
  verified?: boolean;
}

/** One row of the digest's table: an aspect of the story and what the article says of it. */
export interface TableRow {
  /** A few words taken from the article: its sub-heading, or the figure ("12 000 emplois"). */
  aspect: string;
  /** What the article says of it: one of its sentences, trimmed. */
  text: string;
  /** Indices into the article's sentences; never empty. */
  sources: number[];
  /** As Bullet.verified. */
  verified?: boolean;
}

/**
 * The "at a glance" table (the seed format's third block), only when the article supports
 * one: an article organised in aspects (its sub-headings, the page's own two-column table) or
 * a story built on figures ("Key figures").
 */
export interface DigestTable {
  /** In the page's language: "En un coup d'œil", "Key figures". */
  caption: string;
  /** The two column headings, in the page's language ("Aspect", "Ce qu'en dit l'article"). */
  columns: [string, string];
  /** 3 to 6 rows. */
  rows: TableRow[];
  /** What the rows come from: the article's sub-headings, the page's own table, its figures. */
  kind: 'aspects' | 'page' | 'figures';
}

/** The engines a reader can choose (settings.engine). */
export type EngineId = 'embedded' | 'chrome-ai' | 'openai';

/**
 * Why a digest is not from the engine the reader chose: the embedded engine made it instead,
 * because the chosen one failed or is not there.
 */
export interface DigestNote {
  fallbackFrom: Exclude<EngineId, 'embedded'>;
  reason: FailureKind;
  /** Technical detail (an HTTP status and the server's message): never page text, never a key. */
  detail?: string;
}

export interface Digest {
  heading: string;
  language: string;
  bullets: Bullet[];
  faq: FaqItem[];
  /**
   * The "at a glance" table; null when the article does not support one; absent in digests
   * made before there were tables (saved in the library, cached).
   */
  table?: DigestTable | null;
  /** `model`: the model an optional engine used ("llama3.2", "gemini-nano"). */
  engine: { id: string; version: string; model?: string };
  /** Set when the embedded engine stood in for the reader's choice. */
  note?: DigestNote;
  /** Lines a model wrote that cited no sentence of the article: left out, counted here. */
  dropped?: number;
  /** Hash of the article text the digest was made from. */
  contentHash: string;
  timings: { extractMs?: number; digestMs: number };
}

export interface DigestOptions {
  /** Fixes the number of bullets; otherwise chosen by article length. */
  bullets?: number;
  /** Maximum FAQ items. */
  faqItems?: number;
  /** The reader's digest length (options page): fewer or more bullets than the article's length gives. */
  length?: DigestLength;
}

export type DigestLength = 'short' | 'standard' | 'detailed';

/** One answer to a reader's question: the article's words, and the sentences they come from. */
export interface AskAnswer {
  text: string;
  /** Indices into the article's sentences; never empty. */
  sources: number[];
  /** The text is a cut of its sentences (shown with "…"). */
  cut?: boolean;
  /** As Bullet.verified: false for a model's answer its cited sentences do not carry. */
  verified?: boolean;
}

/**
 * A question the reader asked of the page ("Ask this article…") and what the article says:
 * the answers, best first, or that it does not say, with the passage that comes closest.
 */
export interface AskedQuestion {
  question: string;
  answered: boolean;
  /** Empty when the article does not say. */
  answers: AskAnswer[];
  /** When not answered: the nearest passage, offered as such, never as an answer. */
  closest?: AskAnswer;
  /** Which engine answered (an optional engine's model in `model`). */
  engine: EngineId;
  model?: string;
  /** Set when the embedded engine answered for the reader's choice, which could not. */
  note?: DigestNote;
  /** When it was asked (ms since the epoch). */
  at: number;
}

/** What the UI shows about the article; its full text stays in the background. */
export type ArticleInfo = Omit<Article, 'blocks' | 'text'>;

/** A tab's digest as the background hands it to the extension's pages. */
export interface TabDigest {
  article: ArticleInfo;
  sentences: Sentence[];
  digest: Digest;
  /** True when the digest came from the cache (same url, same content). */
  cached: boolean;
}

/** What the extraction script injected into a tab returns (lib/page-extraction.ts). */
export interface ExtractedPage {
  article: Article;
  extractMs: number;
  /** Present when the page remembers this reading (lib/page-extraction.ts). */
  stamp?: string;
}
