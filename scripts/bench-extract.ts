/**
 * npm run bench:extract [-- --dom linkedom|jsdom] [--set scrapinghub|daniel|all] [--limit N]
 *                          [--worst N] [--json FILE] [--with-text] [--upstream-tokens]
 *
 * Article extraction quality against human references, read in place from the evaluation
 * data (EN_BREF_DATA or ../shared/data, scripts/lib/data-dir.ts): the development half of the
 * Scrapinghub/Zyte article extraction benchmark and of the DAnIEL news corpus. Scores both our extractArticle() and plain
 * Readability (defaults, same DOM, same parsed page) in the same run, with the benchmark's own
 * scoring (scripts/bench/eval/shingles.ts: 4-gram shingle precision/recall, averaged over pages).
 *
 * Times cover the extraction call only: the page is parsed first, then extractArticle(doc)
 * (which clones the document itself) or Readability on doc.cloneNode(true) is timed.
 */
import { quantile } from './bench/eval/stats';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../lib/extract/extract';
import { decodeHtml } from '../lib/extract/decode';
import { aggregate, meanPageF1, pageF1, precisionScore, recallScore, shingleMatch, type PageCounts, type ShingleOptions } from './bench/eval/shingles';
import { dataDir } from './lib/data-dir';

const DATA = resolve(dataDir('bench:extract'), 'extraction');

const { values: flags } = parseArgs({
  options: {
    dom: { type: 'string', default: 'linkedom' },
    set: { type: 'string', default: 'all' },
    limit: { type: 'string' },
    worst: { type: 'string', default: '0' },
    json: { type: 'string' },
    'with-text': { type: 'boolean', default: false },
    'upstream-tokens': { type: 'boolean', default: false },
  },
});
const DOM = flags.dom as 'linkedom' | 'jsdom';
if (DOM !== 'linkedom' && DOM !== 'jsdom') throw new Error(`--dom linkedom|jsdom, not ${flags.dom}`);
const SETS = flags.set === 'all' ? (['scrapinghub', 'daniel'] as const) : [flags.set as 'scrapinghub' | 'daniel'];
for (const s of SETS) if (s !== 'scrapinghub' && s !== 'daniel') throw new Error(`--set scrapinghub|daniel|all, not ${s}`);
const LIMIT = flags.limit ? Number(flags.limit) : Infinity;
const WORST = Number(flags.worst);
const SCORING: ShingleOptions = { n: 4, cjkChars: !flags['upstream-tokens'] };

// ---------------------------------------------------------------- data

interface Page {
  set: string;
  id: string;
  lang: string;
  url: string;
  file: string;
  reference: string;
}

function scrapinghubPages(): Page[] {
  const dir = resolve(DATA, 'scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      set: 'scrapinghub',
      id,
      // The set has no language labels (and some pages' <html lang> is wrong): guessed from the reference.
      lang: guessLanguage(truth[id].articleBody),
      url: truth[id].url,
      file: resolve(dir, 'html', `${id}.html.gz`),
      reference: truth[id].articleBody ?? '',
    }));
}

const DANIEL_LANGS: Record<string, string> = { English: 'en', Chinese: 'zh', Greek: 'el', Russian: 'ru', Polish: 'pl' };

function danielPages(): Page[] {
  const dir = resolve(DATA, 'daniel');
  const langs = JSON.parse(readFileSync(resolve(dir, 'languages.json'), 'utf8')) as Record<string, string>;
  return readdirSync(resolve(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => f.slice(0, -'.html.gz'.length))
    .sort()
    .map((id) => ({
      set: 'daniel',
      id,
      lang: DANIEL_LANGS[langs[id]] ?? langs[id] ?? '?',
      // Ids are <date>_<host>_<hash>: the page's own address is not kept.
      url: `http://${id.split('_')[1]}/`,
      file: resolve(dir, 'html', `${id}.html.gz`),
      reference: danielReference(readFileSync(resolve(dir, 'reference', `${id}.txt`), 'utf8')),
    }));
}

/** DAnIEL references hold one <p>…</p> per paragraph: the paragraphs' text, one per line. */
function danielReference(raw: string): string {
  return raw
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<\/?p>/g, '')
    .trim();
}

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'was', 'on'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auf', 'sich'],
  pt: ['de', 'que', 'não', 'uma', 'os', 'em', 'para', 'com', 'da', 'do', 'se', 'por'],
  it: ['il', 'di', 'che', 'non', 'per', 'una', 'della', 'sono', 'gli', 'con', 'è', 'del'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'tidak', 'untuk', 'dari', 'dalam', 'akan', 'ada'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'pour', 'pas', 'dans'],
  es: ['el', 'los', 'que', 'del', 'las', 'por', 'una', 'para', 'con', 'es', 'se', 'como'],
  pl: ['się', 'nie', 'jest', 'że', 'na', 'do', 'w', 'z', 'to', 'jak', 'co', 'ale'],
};

/** Script first (ja/ko/zh/ru/el), else the language whose most frequent words are most frequent. */
function guessLanguage(text: string): string {
  const letters = (text.match(/\p{L}/gu) ?? []).length || 1;
  const share = (re: RegExp) => (text.match(re) ?? []).length / letters;
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.05) return 'ja';
  if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
  if (share(/\p{Script=Greek}/gu) > 0.3) return 'el';
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 2000);
  let best = 'en';
  let bestHits = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const hits = words.filter((w) => set.has(w)).length;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

// ---------------------------------------------------------------- DOM and extractors

const quiet = new VirtualConsole();

function parse(html: string, url: string): { doc: Document; close: () => void } {
  if (DOM === 'jsdom') {
    const dom = new JSDOM(html, { url, virtualConsole: quiet });
    return { doc: dom.window.document, close: () => dom.window.close() };
  }
  const { document } = parseHTML(html);
  return { doc: document as unknown as Document, close: () => {} };
}

type System = 'ours' | 'readability';
const SYSTEMS: System[] = ['ours', 'readability'];

interface Run {
  text: string;
  /** No article returned, or an error. */
  empty: boolean;
  error?: string;
  extractedBy?: string;
  ms: number;
}

function runOurs(doc: Document, url: string): Run {
  const t0 = performance.now();
  try {
    const r = extractArticle(doc, { url });
    const ms = performance.now() - t0;
    if (!r.ok) return { text: '', empty: true, error: `${r.error.kind}${r.error.detail ? `: ${r.error.detail}` : ''}`, ms };
    return { text: r.value.text, empty: !r.value.text.trim(), extractedBy: r.value.extractedBy, ms };
  } catch (e) {
    return { text: '', empty: true, error: `threw: ${(e as Error)?.message ?? e}`, ms: performance.now() - t0 };
  }
}

function runReadability(doc: Document): Run {
  const t0 = performance.now();
  try {
    const text = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
    const ms = performance.now() - t0;
    return { text, empty: !text.trim(), error: text.trim() ? undefined : 'null or empty', ms };
  } catch (e) {
    return { text: '', empty: true, error: `threw: ${(e as Error)?.message ?? e}`, ms: performance.now() - t0 };
  }
}

// ---------------------------------------------------------------- run

interface Scored extends Run {
  counts: PageCounts;
  precision: number | null;
  recall: number | null;
  f1: number;
}

interface PageResult {
  set: string;
  id: string;
  lang: string;
  url: string;
  referenceChars: number;
  /** U+FFFD in the decoded page: a sign of a wrong charset. */
  replacementChars: number;
  parseMs: number;
  ours: Scored;
  readability: Scored;
}

function score(run: Run, reference: string): Scored {
  const counts = shingleMatch(run.text, reference, SCORING);
  return {
    ...run,
    counts,
    precision: counts.tp + counts.fp > 0 ? precisionScore(counts) : null,
    recall: counts.tp + counts.fn > 0 ? recallScore(counts) : null,
    f1: pageF1(counts),
  };
}

function runPage(page: Page, index: number): PageResult {
  const html = decodeHtml(new Uint8Array(gunzipSync(readFileSync(page.file))));
  const replacementChars = html.split('\uFFFD').length - 1;
  const t0 = performance.now();
  const { doc, close } = parse(html, page.url);
  const parseMs = performance.now() - t0;
  // Alternate which extractor runs first, so neither always gets the warm caches.
  let ours: Run;
  let readability: Run;
  if (index % 2 === 0) {
    ours = runOurs(doc, page.url);
    readability = runReadability(doc);
  } else {
    readability = runReadability(doc);
    ours = runOurs(doc, page.url);
  }
  close();
  return {
    set: page.set,
    id: page.id,
    lang: page.lang,
    url: page.url,
    referenceChars: page.reference.length,
    replacementChars,
    parseMs,
    ours: score(ours, page.reference),
    readability: score(readability, page.reference),
  };
}

// ---------------------------------------------------------------- report

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const pad = (s: string | number, n: number) => String(s).padStart(n);
const padR = (s: string | number, n: number) => String(s).padEnd(n);

function row(label: string, system: System, results: PageResult[]): string {
  const runs = results.map((r) => r[system]);
  const s = aggregate(runs.map((r) => r.counts));
  const ms = runs.map((r) => r.ms);
  return [
    padR(label, 6),
    pad(results.length, 5),
    ' ',
    padR(system, 11),
    pad(f3(s.precision), 6),
    pad(f3(s.recall), 6),
    pad(f3(s.f1), 6),
    pad(f3(meanPageF1(runs.map((r) => r.counts))), 7),
    pad(runs.filter((r) => r.empty).length, 6),
    pad(quantile(ms, 0.5).toFixed(1), 8),
    pad(quantile(ms, 0.95).toFixed(1), 8),
  ].join(' ');
}

function report(set: string, results: PageResult[], wallSeconds: number) {
  const header = [
    padR('lang', 6),
    pad('pages', 5),
    ' ',
    padR('system', 11),
    pad('P', 6),
    pad('R', 6),
    pad('F1', 6),
    pad('F1/pg', 7),
    pad('empty', 6),
    pad('ms med', 8),
    pad('ms p95', 8),
  ].join(' ');
  console.log(
    `\n== ${set} (${DOM}, ${results.length} pages, ${wallSeconds.toFixed(0)} s incl. parsing; parse median ${quantile(
      results.map((r) => r.parseMs),
      0.5,
    ).toFixed(1)} ms)`,
  );
  console.log(header);
  console.log('-'.repeat(header.length));
  const langs = [...new Set(results.map((r) => r.lang))].sort(
    (a, b) => results.filter((r) => r.lang === b).length - results.filter((r) => r.lang === a).length || a.localeCompare(b),
  );
  const groups: Array<[string, PageResult[]]> = [['all', results], ...langs.map((l): [string, PageResult[]] => [l, results.filter((r) => r.lang === l)])];
  for (const [label, group] of groups) for (const system of SYSTEMS) console.log(row(system === 'ours' ? label : '', system, group));

  const paths = new Map<string, number>();
  for (const r of results) {
    const key = r.ours.extractedBy ?? 'none';
    paths.set(key, (paths.get(key) ?? 0) + 1);
  }
  const pathList = [...paths].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`);
  if ([...paths.keys()].some((k) => k !== 'readability')) console.log(`ours, text found by: ${pathList.join(', ')}`);
  const errors = new Map<string, number>();
  for (const r of results)
    if (r.ours.empty) errors.set(r.ours.error?.replace(/: .*/, '') ?? 'empty', (errors.get(r.ours.error?.replace(/: .*/, '') ?? 'empty') ?? 0) + 1);
  if (errors.size) console.log(`ours, empty: ${[...errors].map(([k, n]) => `${k} ${n}`).join(', ')}`);

  const badDecode = results.filter((r) => r.replacementChars > 0);
  if (badDecode.length)
    console.log(
      `decoding: ${badDecode.length} page(s) with U+FFFD after decodeHtml (${badDecode
        .slice(0, 3)
        .map((r) => `${r.id.slice(0, 40)}: ${r.replacementChars}`)
        .join(', ')}${badDecode.length > 3 ? ', ...' : ''})`,
    );
  const o = aggregate(results.map((r) => r.ours.counts));
  const b = aggregate(results.map((r) => r.readability.counts));
  const d = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)}`;
  const pf = (k: System) => meanPageF1(results.map((r) => r[k].counts));
  const better = results.filter((r) => r.ours.f1 > r.readability.f1 + 1e-9).length;
  const worse = results.filter((r) => r.ours.f1 < r.readability.f1 - 1e-9).length;
  console.log(
    `${set}: F1 ours ${f3(o.f1)} vs Readability ${f3(b.f1)} -> delta ${d(o.f1 - b.f1)} (P ${d(o.precision - b.precision)}, R ${d(o.recall - b.recall)}, F1/pg ${d(pf('ours') - pf('readability'))}; pages better ${better}, worse ${worse}, same ${results.length - better - worse})`,
  );
}

function worst(results: PageResult[], n: number) {
  if (n <= 0) return;
  const below = results.filter((r) => r.ours.f1 < r.readability.f1 - 1e-9);
  const list = below.sort((a, b) => a.ours.f1 - a.readability.f1 - (b.ours.f1 - b.readability.f1)).slice(0, n);
  console.log(`\n== ${list.length} page(s) where our F1 is furthest below Readability's (${below.length} below in all)`);
  console.log(
    [
      padR('set', 11),
      padR('lang', 4),
      pad('ours F1', 7),
      pad('P', 5),
      pad('R', 5),
      pad('Rdb F1', 7),
      pad('P', 5),
      pad('R', 5),
      pad('delta', 7),
      '  ours: path / error; id',
    ].join(' '),
  );
  for (const r of list) {
    const pr = (x: number | null) => (x === null ? '  -  ' : x.toFixed(2));
    console.log(
      [
        padR(r.set, 11),
        padR(r.lang, 4),
        pad(r.ours.f1.toFixed(3), 7),
        pad(pr(r.ours.precision), 5),
        pad(pr(r.ours.recall), 5),
        pad(r.readability.f1.toFixed(3), 7),
        pad(pr(r.readability.precision), 5),
        pad(pr(r.readability.recall), 5),
        pad((r.ours.f1 - r.readability.f1).toFixed(3), 7),
        ` ${r.ours.empty ? `EMPTY (${r.ours.error})` : r.ours.extractedBy}; ${r.id}`,
      ].join(' '),
    );
  }
}

const all: PageResult[] = [];
console.log(
  `bench:extract: DOM ${DOM}; scoring: 4-gram shingles of ${SCORING.cjkChars ? '\\w+ tokens (Han/kana: one token per character)' : 'upstream \\w+ tokens'}; P, R = page means (empty predictions left out of P), F1 = 2PR/(P+R) as upstream; F1/pg = mean of page F1s (empty = 0)`,
);
for (const set of SETS) {
  const pages = (set === 'scrapinghub' ? scrapinghubPages() : danielPages()).slice(0, LIMIT);
  const t0 = performance.now();
  const results = pages.map((p, i) => runPage(p, i));
  report(set, results, (performance.now() - t0) / 1000);
  all.push(...results);
}
worst(all, WORST);

if (flags.json) {
  const withText = flags['with-text'];
  const out = all.map((r) => ({
    ...r,
    ours: { ...r.ours, text: withText ? r.ours.text : undefined, chars: r.ours.text.length },
    readability: { ...r.readability, text: withText ? r.readability.text : undefined, chars: r.readability.text.length },
  }));
  writeFileSync(resolve(process.cwd(), flags.json), JSON.stringify({ dom: DOM, scoring: SCORING, pages: out }, null, 1));
  console.log(`\nper-page results: ${flags.json}`);
}
