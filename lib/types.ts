/** The nouns shared by every host: content script, background, UI and the Node tools. */

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
}

export type FaqOrigin = 'page' | 'article' | 'heading' | 'generated';

/** What a generated question asks about: its answer must carry that (a date for "when"...). */
export type FaqAsks = 'what' | 'why' | 'who' | 'when' | 'where' | 'figures' | 'next';

export interface FaqItem {
  question: string;
  answer: string;
  sources: number[];
  origin: FaqOrigin;
  asks?: FaqAsks;
}

export interface Digest {
  heading: string;
  language: string;
  bullets: Bullet[];
  faq: FaqItem[];
  engine: { id: string; version: string };
  /** Hash of the article text the digest was made from. */
  contentHash: string;
  timings: { extractMs?: number; digestMs: number };
}

export interface DigestOptions {
  /** Fixes the number of bullets; otherwise chosen by article length. */
  bullets?: number;
  /** Maximum FAQ items. */
  faqItems?: number;
}
