/**
 * An article's sentences made ready for questions: their words, their terms, and the BM25
 * postings of the engine (lib/text/bm25.ts) over them. Built once per sentence
 * list and kept while the list lives, so the FAQ's many questions and the reader's share it.
 */
import type { Sentence } from '../types';
import type { SentenceModel } from '../text/vectors';
import { vectorize } from '../text/vectors';
import type { SentenceText } from './facts';
import { plain, termsOf, tokenize, unspaced, type Token } from './terms';

export interface ArticleIndex {
  lang: string;
  sentences: Sentence[];
  texts: SentenceText[];
  /** The terms of each sentence (and, in Chinese and Japanese, pairs of one-character words). */
  model: SentenceModel;
  /** The weight of a term the article never uses (as rare as can be). */
  unseenIdf: number;
  /** Letter 4-grams of each sentence's content words (made when first asked for). */
  grams?: Array<Set<string>>;
}

/** Letter 4-grams of content words without accents: "madrilène" and "Madrid" share "madr". */
export function gramsOf(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.term === null) continue;
    const w = plain(t.word);
    if (w.length < 4) {
      out.add(w);
      continue;
    }
    for (let i = 0; i + 4 <= w.length; i++) out.add(w.slice(i, i + 4));
  }
  return out;
}

const indexes = new WeakMap<Sentence[], Map<string, ArticleIndex>>();

export function articleIndex(sentences: Sentence[], lang: string): ArticleIndex {
  let byLang = indexes.get(sentences);
  if (!byLang) indexes.set(sentences, (byLang = new Map()));
  let index = byLang.get(lang);
  if (index) return index;
  const texts: SentenceText[] = sentences.map((s) => ({ text: s.text, tokens: tokenize(s.text, lang), unspaced: unspaced(s.text, lang) }));
  const terms = texts.map((t) => termsOf(t.tokens));
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const idf = new Map<string, number>();
  // As the engine's buildModel: each sentence a document.
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / (d + 0.5)));
  const model: SentenceModel = { terms, idf, vectors: terms.map((ts) => vectorize(ts, idf)) };
  index = { lang, sentences, texts, model, unseenIdf: Math.log((n + 1) / 0.5) };
  byLang.set(lang, index);
  return index;
}
