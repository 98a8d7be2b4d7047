/**
 * Does the library find the article a reader half remembers? A library built from the
 * development pages (OrangeSum's 1,500 French pages, Scrapinghub's 88, mostly English), and
 * for each article queries written from its human summary (OrangeSum's `heading`, the
 * journalist's abstract; for Scrapinghub, the first lines of the reference text):
 *
 * - exact: two or three of the summary's content words, as written: those that weigh most in
 *   the article (often in it, seldom in the library's other records: its subject, what a
 *   reader remembers), each present in the saved digest;
 * - typo: the same with one letter swapped, dropped or doubled in its longest word;
 * - form: one word in another form (another form of it in the article, else the plural or
 *   singular);
 * - synonym: one word replaced by a news equivalent from the language packs' tables;
 * - language: the exact query in the other language (French <-> English), where each of its
 *   words is a name, is written the same in the other language's articles, or has an
 *   equivalent in the tables (one at least).
 * An article gives a query of a kind only when that kind can be made from its summary; the
 * table says how many were made.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedDigest } from '../../lib/library/record';
import { SearchIndex, searchDoc, type SearchDoc } from '../../lib/library/search-index';
import { termOf, wordSpans } from '../../lib/library/search-terms';
import { normaliseForSearch } from '../../lib/library/search-text';
import { synonymsFor } from '../../lib/text/lang/synonyms';
import { readArticle, recordOf } from '../library/pages';
import { prng } from '../../testing/library';
import { baselineLibrary } from './library-baseline';

export interface BenchArticle {
  record: SavedDigest;
  /** The human summary the queries are written from. */
  summary: string;
}

export const KINDS = ['exact', 'typo', 'form', 'synonym', 'language'] as const;
export type QueryKind = (typeof KINDS)[number];

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  /** The url of the record to find. */
  target: string;
}

/** The development pages, digested as Save does (OrangeSum first, then Scrapinghub); `limit` OrangeSum pages at most. */
export function loadBenchArticles(data: string, limit = Infinity): BenchArticle[] {
  const out: BenchArticle[] = [];
  const seen = new Set<string>();
  const base = Date.UTC(2026, 0, 1);
  const push = (file: string, url: string | undefined, summary: string) => {
    const a = readArticle(file, url);
    if (!a.ok || !summary.trim()) return;
    const record = recordOf(a.value, base + out.length * 60_000);
    if (seen.has(record.url)) return;
    seen.add(record.url);
    out.push({ record, summary });
  };
  const os = resolve(data, 'summaries/orangesum');
  const ids = readFileSync(resolve(os, 'ids.txt'), 'utf8').split(/\s+/).filter(Boolean).slice(0, limit);
  for (const id of ids) {
    const parsed = JSON.parse(readFileSync(resolve(os, 'parsed', `${id}.json`), 'utf8')) as { heading: string };
    push(resolve(os, 'html', `${id}.html.gz`), undefined, parsed.heading);
  }
  const sh = resolve(data, 'extraction/scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(sh, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  for (const id of Object.keys(truth).sort()) {
    const first = truth[id].articleBody.split(/\s+/).slice(0, 60).join(' ');
    push(resolve(sh, 'html', `${id}.html.gz`), truth[id].url, first);
  }
  return out;
}

/** Deterministic pseudo-random numbers from a string. */
function seeded(s: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return prng(h >>> 0);
}

/** One edit a hurried typist makes: two letters swapped, one dropped or one doubled, inside the word. */
export function typo(word: string, rnd: () => number): string {
  const chars = [...word];
  const i = 1 + Math.floor(rnd() * Math.max(1, chars.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0 && i + 1 < chars.length && chars[i] !== chars[i + 1]) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
  else if (kind === 1) chars.splice(i, 1);
  else chars.splice(i, 0, chars[i]);
  return chars.join('');
}

const OTHER: Record<string, string> = { fr: 'en', en: 'fr' };

/** Every phrase of the tables by concept, and the concepts of each word's term, per language. */
function conceptTables(lang: string) {
  const byTerm = new Map<string, string[]>();
  for (const [concept, phrases] of Object.entries(synonymsFor(lang))) {
    for (const p of phrases) {
      const terms = wordSpans(p).map((w) => termOf(w.word, lang));
      if (terms.length !== 1 || !terms[0]) continue;
      byTerm.set(terms[0], [...(byTerm.get(terms[0]) ?? []), concept]);
    }
  }
  return byTerm;
}

/** The queries of every kind for each article. */
export function makeQueries(articles: BenchArticle[], docs: SearchDoc[]): BenchQuery[] {
  // How many records use each term: a reader remembers the words particular to the article.
  const df = new Map<string, number>();
  for (const d of docs) {
    const terms = new Set(`${d.title} ${d.bullets} ${d.faq} ${d.body}`.split(' '));
    for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const tables = new Map<string, Map<string, string[]>>();
  const conceptsOf = (term: string, lang: string) => {
    if (!tables.has(lang)) tables.set(lang, conceptTables(lang));
    return tables.get(lang)!.get(term) ?? [];
  };
  // The words each language's articles write, as written (accents folded).
  const written = new Map<string, Set<string>>();
  for (const { record } of articles) {
    const set = written.get(record.article.lang) ?? new Set<string>();
    written.set(record.article.lang, set);
    for (const s of record.sentences) for (const { word } of wordSpans(s.text)) set.add(normaliseForSearch(word));
  }
  const out: BenchQuery[] = [];
  articles.forEach(({ record, summary }, n) => {
    const lang = record.article.lang;
    const doc = docs[n];
    const tf = new Map<string, number>();
    for (const t of `${doc.title} ${doc.tags} ${doc.site} ${doc.body}`.split(' ')) tf.set(t, (tf.get(t) ?? 0) + 1);
    const weight = (term: string) => (tf.get(term) ?? 0) * Math.log(docs.length / (df.get(term) ?? 1));
    // The article's words by term, as written: another form of a word is one of them.
    const surfaces = new Map<string, Set<string>>();
    for (const s of record.sentences) {
      for (const { word } of wordSpans(s.text)) {
        const t = termOf(word, lang);
        if (t) surfaces.set(t, (surfaces.get(t) ?? new Set()).add(word));
      }
    }
    const seen = new Set<string>();
    const content: { word: string; term: string; capital: boolean }[] = [];
    for (const span of wordSpans(summary)) {
      const term = termOf(span.word, lang);
      if (!term || seen.has(term) || span.word.length < 4 || /^\p{N}+$/u.test(span.word) || !tf.has(term)) continue;
      seen.add(term);
      // A name: capitalised where a sentence does not begin.
      const capital = /^\p{Lu}/u.test(summary.slice(span.start)) && !/(^|[.!?:«"]\s*)$/u.test(summary.slice(0, span.start).trimEnd());
      content.push({ word: span.word, term, capital });
    }
    if (content.length < 2) return;
    const picked = [...content].sort((a, b) => weight(b.term) - weight(a.term)).slice(0, 3);
    const words = picked.map((p) => p.word);
    const target = record.url;
    const rnd = seeded(target);
    out.push({ kind: 'exact', query: words.join(' '), target });

    const longest = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
    out.push({ kind: 'typo', query: words.map((w, i) => (i === longest ? typo(w, rnd) : w)).join(' '), target });

    const formOf = (w: string, term: string) => {
      const other = [...(surfaces.get(term) ?? [])].find(
        (s) => s !== w && s.normalize('NFKD').replace(/\p{M}/gu, '') !== w.normalize('NFKD').replace(/\p{M}/gu, ''),
      );
      return other ?? (w.endsWith('s') || w.endsWith('x') ? w.slice(0, -1) : `${w}s`);
    };
    // The word to change: one the article itself writes in another form, if any.
    const other = picked.findIndex((p) => [...(surfaces.get(p.term) ?? [])].some((s) => s !== p.word));
    const f = other >= 0 ? other : Math.floor(rnd() * picked.length);
    out.push({ kind: 'form', query: words.map((w, i) => (i === f ? formOf(w, picked[i].term) : w)).join(' '), target });

    // A synonym: of a picked word if one has an equivalent, else of another word of the summary.
    const withConcept = [...picked, ...content.filter((c) => !picked.includes(c))].find((c) => conceptsOf(c.term, lang).length);
    if (withConcept) {
      const concept = conceptsOf(withConcept.term, lang)[0];
      const others = (synonymsFor(lang)[concept] ?? []).filter((p) => !wordSpans(p).some((w) => termOf(w.word, lang) === withConcept.term));
      if (others.length) {
        const synonym = others[Math.floor(rnd() * others.length)];
        const rest = picked
          .filter((p) => p !== withConcept)
          .slice(0, 2)
          .map((p) => p.word);
        const at = picked.indexOf(withConcept);
        const query = at >= 0 ? words.map((w, i) => (i === at ? synonym : w)) : [synonym, ...rest];
        out.push({ kind: 'synonym', query: query.join(' '), target });
      }
    }

    // The other language: the exact query translated, where every word can be: through the
    // tables' equivalents; names, and words the other language's articles write the same
    // ("police", "sculpture"), as they are. (Words left out would leave a query of generic
    // words no reader types: "epidemic government".)
    const otherLang = OTHER[lang];
    if (otherLang) {
      let changed = 0;
      const translated = picked.map((c) => {
        const concept = conceptsOf(c.term, lang)[0];
        const phrase = concept ? synonymsFor(otherLang)[concept]?.[0] : undefined;
        if (phrase) changed++;
        return phrase ?? (c.capital || written.get(otherLang)?.has(normaliseForSearch(c.word)) ? c.word : undefined);
      });
      if (changed && translated.every((w) => w !== undefined)) out.push({ kind: 'language', query: [...new Set(translated)].join(' '), target });
    }
  });
  return out;
}

export interface RecallRow {
  kind: QueryKind;
  queries: number;
  before: { at1: number; at5: number };
  after: { at1: number; at5: number };
}

/** Recall at 1 and 5 of each kind of query, for the hand-written matcher and for the index, on the same library. */
export function measureRecall(articles: BenchArticle[]): { rows: RecallRow[]; queries: BenchQuery[]; index: SearchIndex } {
  const docs = articles.map((a) => searchDoc(a.record));
  const index = SearchIndex.of(docs);
  const baseline = baselineLibrary(articles.map((a) => a.record));
  const queries = makeQueries(articles, docs);
  const rows = KINDS.map((kind): RecallRow => {
    const qs = queries.filter((q) => q.kind === kind);
    const b = { at1: 0, at5: 0 };
    const a = { at1: 0, at5: 0 };
    for (const q of qs) {
      const before = baseline.search(q.query).indexOf(q.target);
      const after = index
        .search(q.query)
        .slice(0, 5)
        .findIndex((h) => h.url === q.target);
      if (before === 0) b.at1++;
      if (before >= 0 && before < 5) b.at5++;
      if (after === 0) a.at1++;
      if (after >= 0) a.at5++;
    }
    const n = Math.max(1, qs.length);
    return { kind, queries: qs.length, before: { at1: b.at1 / n, at5: b.at5 / n }, after: { at1: a.at1 / n, at5: a.at5 / n } };
  });
  return { rows, queries, index };
}
