/**
 * An article's sentences made ready for questions: their words, their terms, and the BM25
 * postings of the engine (lib/text/bm25.ts) over them. Built once per sentence
 * list and kept while the list lives, so the FAQ's many questions and the reader's share it.
 */
import type { Sentence } from '../types';
import type { SentenceModel } from '../text/vectors';
import { vectorize } from '../text/vectors';
import { qaPack } from '../text/lang/qa';
import { causes, futures, names, numbers, persons, places, quotes, times, type SentenceText } from './facts';
import { findPhrases } from './phrases';
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
  /** Which sentences hold a pronoun or demonstrative that may stand for a name (made when first asked for). */
  anaphoric?: boolean[];
}

/** The 4-grams of one word, kept: the same words come back in every sentence (bounded). */
const wordGrams = new Map<string, string[]>();

/** Letter 4-grams of content words without accents: "madrilène" and "Madrid" share "madr". */
export function gramsOf(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.term === null) continue;
    let gs = wordGrams.get(t.word);
    if (!gs) {
      const w = plain(t.word);
      gs = [];
      if (w.length < 4) gs.push(w);
      else for (let i = 0; i + 4 <= w.length; i++) gs.push(w.slice(i, i + 4));
      if (wordGrams.size > 50_000) wordGrams.clear();
      wordGrams.set(t.word, gs);
    }
    for (const g of gs) out.add(g);
  }
  return out;
}

/** The letter 4-grams of every sentence, made once per article. */
export function articleGrams(index: ArticleIndex): Array<Set<string>> {
  return (index.grams ??= index.texts.map((t) => gramsOf(t.tokens)));
}

/** Which sentences may refer back by a pronoun, made once per article. */
export function articleAnaphora(index: ArticleIndex): boolean[] {
  const pack = qaPack(index.lang);
  return (index.anaphoric ??= index.texts.map((s) =>
    s.unspaced ? pack.anaphora.some((a) => s.text.includes(a)) : findPhrases(pack.anaphora, s.text, s.tokens).length > 0,
  ));
}

/**
 * Everything about the article that does not depend on the question, made ahead (when the ask
 * field appears, before the first keystroke) so that the first question only ranks: the
 * index, the 4-grams, the pronouns, and each sentence's typed facts (kept in its cache, as the
 * first question would keep them). Answers are the same with or without it.
 */
export function prepareArticle(sentences: Sentence[], lang: string): ArticleIndex {
  const index = articleIndex(sentences, lang);
  articleGrams(index);
  articleAnaphora(index);
  const pack = qaPack(lang);
  for (const s of index.texts) {
    numbers(s, pack);
    times(s, pack);
    names(s, pack);
    persons(s, pack);
    places(s, pack);
    causes(s, pack);
    quotes(s, pack);
    futures(s, pack);
  }
  return index;
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
