/**
 * The library's full-text index: MiniSearch (BM25+ ranking, prefix and fuzzy matching on a
 * radix tree) over the index terms of each saved digest (lib/library/search-terms.ts), in six
 * fields: title (weighted most), tags, site, bullets, FAQ and the article's sentences.
 *
 * A record matches a query by matching some of its words (lib/library/search-query.ts).
 * Results that match every word come first, then those that match fewer: a half-remembered
 * query with one wrong word still finds the article. Within each, by score.
 *
 * Pure and synchronous: the repository, the command line and the benchmark use this same code.
 * Saved for the next page packed (search-pack.ts); each alternative's hits kept until a record
 * changes, as a reader types a word letter by letter.
 */
import MiniSearch, { type Query } from 'minisearch';
import type { SavedDigest } from './record';
import { siteOf } from './record';
import { primaryLanguage } from '../text/lang';
import { indexTerms } from './search-terms';
import { parseSearchQuery, type Alternative, type QueryGroup } from './search-query';
import { packDocs, packIndex, unpackInto, type SearchPack } from './search-pack';

export const FIELDS = ['title', 'tags', 'site', 'bullets', 'faq', 'body'] as const;
export type SearchField = (typeof FIELDS)[number];

/** What the index holds for one record: its url, language, and each field's terms, space-separated. */
export type SearchDoc = { id: string; lang: string } & Record<SearchField, string>;

/** How much a match in each field counts (the sentences are long: each word counts little). */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = { title: 3, tags: 2, site: 1.5, bullets: 1.5, faq: 1, body: 0.6 };

/**
 * A language with fewer records than this share is searched for the words themselves only,
 * without typos, prefixes or equivalents (search-query.ts): each language costs a walk of the
 * index per word.
 */
export const MAIN_LANGUAGE_SHARE = 0.03;

const join = (texts: (string | undefined)[], lang: string) => texts.flatMap((t) => indexTerms(t, lang)).join(' ');

/** The index document of a record: derived from it, rebuilt whenever it changes. */
export function searchDoc(r: SavedDigest): SearchDoc {
  const lang = primaryLanguage(r.article.lang);
  let host: string | undefined;
  try {
    host = new URL(r.article.url).hostname.replace(/^www\./, '');
  } catch {
    host = undefined;
  }
  return {
    id: r.url,
    lang,
    title: join([r.article.title], lang),
    tags: join(r.tags, lang),
    site: join([siteOf(r), host], lang),
    // The table's rows weigh as the bullets do: the digest's own lines.
    bullets: join([...r.digest.bullets.map((b) => b.text), ...(r.digest.table?.rows.flatMap((row) => [row.aspect, row.text]) ?? [])], lang),
    faq: join([...r.digest.faq.flatMap((f) => [f.question, f.answer]), ...(r.asked ?? []).flatMap((q) => [q.question, ...q.answers.map((a) => a.text)])], lang),
    body: join(
      r.sentences.map((s) => s.text),
      lang,
    ),
  };
}

/**
 * A short fingerprint of a document's content (two 32-bit FNV-1a hashes of its fields): the
 * same for the same document, another, but for a chance in 2^64, for any change.
 */
export function docVersion(doc: SearchDoc): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
    }
    // Between fields: "ab" + "c" differs from "a" + "bc".
    a = Math.imul(a ^ 0xfffe, 0x01000193);
    b = Math.imul(b ^ 0xfffe, 0x5bd1e995);
  };
  mix(doc.id);
  mix(doc.lang);
  for (const f of FIELDS) mix(doc[f]);
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

export interface SearchHit {
  /** The record's url. */
  url: string;
  score: number;
  /** How many of the query's words it matches. */
  matched: number;
  /** Of how many. */
  words: number;
  /** The record's terms that matched (to mark them in what is shown). */
  terms: string[];
}

const OPTIONS = {
  fields: [...FIELDS],
  // Documents carry terms already: split on the spaces, nothing more.
  tokenize: (text: string) => text.split(' '),
  processTerm: (term: string) => term || null,
  searchOptions: { boost: { ...FIELD_BOOST }, weights: { fuzzy: 0.5, prefix: 0.6 } },
};

function alternativeQuery(alt: Alternative): Query {
  // A phrase's words share its weight: "chef de l'État" counts as one word, not two.
  const boost = alt.weight / alt.terms.length;
  const q = { queries: alt.terms, combineWith: 'AND' as const, fuzzy: alt.fuzzy, prefix: alt.prefix, boostTerm: () => boost };
  return alt.fields ? { ...q, fields: alt.fields } : q;
}

/**
 * Alternatives whose hits are kept (search-index.ts): a word is not searched again at every
 * letter typed after it, nor its equivalents at every letter of it.
 */
const KEPT_ALTERNATIVES = 256;

/** MiniSearch 7's raw hits of a query, by record number: read, never changed. */
type RawHits = Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>;

/** The parts of MiniSearch 7 the kept hits use (the version is pinned in package.json). */
interface MiniRaw {
  executeQuery(query: Query, options: { fields?: string[] }): RawHits;
  _documentIds: Map<number, string>;
}

export class SearchIndex {
  private readonly mini: MiniSearch<SearchDoc>;
  /** Each alternative's raw hits (unfiltered) by the alternative and fields: emptied when a record changes. */
  private readonly kept = new Map<string, RawHits>();
  /** Records per language, for the languages a query is read in. */
  private readonly langCount = new Map<string, number>();
  private readonly langOf = new Map<string, string>();

  private constructor(mini: MiniSearch<SearchDoc>) {
    this.mini = mini;
  }

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch<SearchDoc>(OPTIONS));
  }

  static of(docs: Iterable<SearchDoc>): SearchIndex {
    const index = SearchIndex.empty();
    for (const d of docs) index.set(d);
    return index;
  }

  /**
   * The same, packed first (search-pack.ts: several times faster than adding the documents one
   * by one), with pauses every few hundred documents: the page (the popup showing a digest, the
   * library listing) stays responsive while a large library is indexed. `revs`: each record's
   * revision, kept in the pack.
   */
  static async ofAsync(docs: SearchDoc[], revs: ReadonlyMap<string, string> = new Map()): Promise<SearchIndex> {
    const unique = [...new Map(docs.map((d) => [d.id, d])).values()];
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    return SearchIndex.fromPack(await packDocs(unique, FIELDS, revs, pause));
  }

  /** The index saved as `pack` (search-pack.ts): at once, its postings read when first searched. */
  static fromPack(pack: SearchPack): SearchIndex {
    const index = SearchIndex.empty();
    unpackInto(index.mini, pack);
    pack.ids.forEach((url, i) => index.count(url, pack.langs[i]));
    return index;
  }

  /** The index packed for saving, with the revision of each record (`revs`, by url). */
  toPack(revs: ReadonlyMap<string, string>): SearchPack {
    return packIndex(this.mini, revs, this.langOf);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  /** The languages of the records indexed, most records first. */
  languages(): string[] {
    return [...this.langCount.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
  }

  /** The languages of a share of the records at least (MAIN_LANGUAGE_SHARE), the first always. */
  mainLanguages(): string[] {
    const all = this.languages();
    return all.filter((l, i) => i === 0 || (this.langCount.get(l) ?? 0) >= MAIN_LANGUAGE_SHARE * this.size);
  }

  has(url: string): boolean {
    return this.mini.has(url);
  }

  private count(url: string, lang: string) {
    this.langOf.set(url, lang);
    this.langCount.set(lang, (this.langCount.get(lang) ?? 0) + 1);
  }

  private uncount(url: string) {
    const lang = this.langOf.get(url);
    if (lang === undefined) return;
    this.langOf.delete(url);
    const n = (this.langCount.get(lang) ?? 1) - 1;
    if (n > 0) this.langCount.set(lang, n);
    else this.langCount.delete(lang);
  }

  /** Adds a record's document, or replaces the one under its url. */
  set(doc: SearchDoc): void {
    this.kept.clear();
    if (this.mini.has(doc.id)) this.remove(doc.id);
    this.mini.add(doc);
    this.count(doc.id, doc.lang);
  }

  remove(url: string): void {
    if (!this.mini.has(url)) return;
    this.kept.clear();
    this.mini.discard(url);
    this.uncount(url);
  }

  /**
   * Every record matching some word of `query`, best first: those matching more of its words
   * first, then by score. `accept` filters (site, language, tag, star) before ranking.
   */
  search(query: string, accept?: (url: string) => boolean, fields?: SearchField[]): SearchHit[] {
    return this.searchGroups(parseSearchQuery(query, this.languages(), this.mainLanguages()), accept, fields);
  }

  /**
   * Readies what the first query would build (the tables of equivalents, each language's
   * stemmer), so that the first keystroke does not wait for them.
   */
  prepare(): void {
    parseSearchQuery('prepare ', this.languages(), this.mainLanguages());
  }

  /** `fields`: where to look (all fields when absent). */
  searchGroups(groups: QueryGroup[], accept?: (url: string) => boolean, fields?: SearchField[]): SearchHit[] {
    if (!groups.length || !this.size) return [];
    const hits = new Map<string, SearchHit>();
    for (const group of groups) {
      for (const r of this.groupHits(group, fields)) {
        const url = r.id;
        if (accept && !accept(url)) continue;
        const hit = hits.get(url);
        if (hit) {
          hit.score += r.score;
          hit.matched++;
          for (const t of r.terms) if (!hit.terms.includes(t)) hit.terms.push(t);
        } else hits.set(url, { url, score: r.score, matched: 1, words: groups.length, terms: [...r.terms] });
      }
    }
    // Matching more words first, measured better than score x words (npm run bench:library).
    return [...hits.values()].sort((a, b) => b.matched - a.matched || b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  }

  /**
   * The records having one of the group's alternatives: what MiniSearch's search() gives for
   * the group's query (an OR of its alternatives), each alternative's raw hits kept until a
   * record changes. Typing a word letter by letter asks mostly the same alternatives again
   * ("grev" and "greve" share the stem, its typos and its equivalents' phrases).
   */
  private groupHits(group: QueryGroup, fields?: SearchField[]): { id: string; score: number; terms: string[] }[] {
    // MiniSearch's OR: scores summed in the alternatives' order, then times the number of the
    // query's terms matched, as search() does.
    const sum = new Map<number, { score: number; queryTerms: Set<string>; terms: Set<string> }>();
    for (const alt of group.alternatives) {
      for (const [short, r] of this.alternativeHits(alt, fields)) {
        const s = sum.get(short);
        if (s) {
          s.score += r.score;
          for (const t of r.terms) s.queryTerms.add(t);
          for (const t of Object.keys(r.match)) s.terms.add(t);
        } else sum.set(short, { score: r.score, queryTerms: new Set(r.terms), terms: new Set(Object.keys(r.match)) });
      }
    }
    const ids = (this.mini as unknown as MiniRaw)._documentIds;
    const out: { id: string; score: number; terms: string[] }[] = [];
    for (const [short, s] of sum) {
      const id = ids.get(short);
      if (id !== undefined) out.push({ id, score: s.score * (s.queryTerms.size || 1), terms: [...s.terms] });
    }
    return out;
  }

  /** One alternative's raw hits (MiniSearch's executeQuery: before search() weighs and sorts them), kept. */
  private alternativeHits(alt: Alternative, fields?: SearchField[]): RawHits {
    const key = JSON.stringify([alt, fields ?? null]);
    let hits = this.kept.get(key);
    if (hits) {
      // The most recent last: the oldest goes first when full.
      this.kept.delete(key);
    } else {
      hits = (this.mini as unknown as MiniRaw).executeQuery(alternativeQuery(alt), fields ? { fields } : {});
      if (this.kept.size >= KEPT_ALTERNATIVES) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(key, hits);
    return hits;
  }
}
