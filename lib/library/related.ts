/**
 * "Already in your library": saved digests on the same subject as the page being read. The
 * library's own search, with the page's title and key terms as the query, in what the digests
 * say (title, bullets, FAQ, tags: a long article's sentences match many words of any query);
 * a saved digest is related when it matches enough of those words. The thresholds were set by
 * reading the pairs they accept on the development pages (npm run bench:library prints how
 * many pages find one): below them, pairs on different subjects come in.
 */
import { primaryLanguage } from '../text/lang';
import type { SearchHit, SearchIndex } from './search-index';
import { termOf, wordSpans } from './search-terms';

/** What the page gives: its title, its digest's lines and its sentences. */
export interface PageText {
  title: string;
  lang: string;
  lines: string[];
}

/** Key terms besides the title's: the article's most frequent ones. */
const KEY_TERMS = 6;
/** Share of the query's words a saved digest must match to be on the same subject... */
export const RELATED_COVERAGE = 0.55;
/** ...and how many at least (a short title gives few). */
export const RELATED_MIN_WORDS = 5;
/** At most this many shown. */
export const RELATED_MAX = 3;

/** The query: the title's words, then the words of the article's most frequent terms not in the title. */
export function relatedQuery(page: PageText): string {
  const lang = primaryLanguage(page.lang);
  const titleTerms = new Set(wordSpans(page.title).map((w) => termOf(w.word, lang)));
  const counts = new Map<string, { word: string; n: number }>();
  for (const line of page.lines) {
    for (const { word } of wordSpans(line)) {
      const t = termOf(word, lang);
      if (!t || titleTerms.has(t) || /^\p{N}+$/u.test(word)) continue;
      const c = counts.get(t);
      if (c) c.n++;
      else counts.set(t, { word, n: 1 });
    }
  }
  const key = [...counts.values()]
    .filter((c) => c.n > 1)
    .sort((a, b) => b.n - a.n)
    .slice(0, KEY_TERMS)
    .map((c) => c.word);
  // A final space: every word is finished, none is a prefix.
  return `${[page.title, ...key].join(' ')} `;
}

/** Saved digests on the page's subject, best first, leaving out the page's own record (`self`). */
export function relatedHits(index: SearchIndex, page: PageText, self?: string, max = RELATED_MAX): SearchHit[] {
  return index
    .search(relatedQuery(page), (url) => url !== self, ['title', 'bullets', 'faq', 'tags'])
    .filter((h) => h.matched >= RELATED_MIN_WORDS && h.matched / h.words >= RELATED_COVERAGE)
    .slice(0, max);
}
