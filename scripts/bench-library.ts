/**
 * npm run bench:library [-- --records N] [--repeat N] [--articles N] [--pages-cache FILE] [--speed-only] [--browser [--baseline DIR] [--browser-records N,M]]
 *
 * Whether the library finds what a reader half remembers, and how fast it answers.
 *
 * Recall (scripts/bench/library-recall.ts): a library of the development pages (OrangeSum and
 * Scrapinghub, read from EN_BREF_DATA or ../shared/data; without them the benchmark says so
 * in one line and stops), queries written from each article's human summary (exact words,
 * then one typo, another word form, a news equivalent, the other language), recall at 1 and
 * 5 of the hand-written matcher the library had before (scripts/bench/library-baseline.ts)
 * and of the full-text index, in the same run. --articles N: OrangeSum pages (all by
 * default). Then how often a page finds "already in your library" (lib/library/related.ts).
 *
 * Speed, with many saved digests (1,000 by default, the size of testing/library.ts's
 * records: about forty sentences each, four bullets, three FAQ items, accents, four sites,
 * two languages).
 *
 * Node (always): the repository on fake-indexeddb, an in-memory IndexedDB written in
 * JavaScript, so slower than a browser's; times list, search (one to three words, the last
 * a prefix), filters, facets, export and import. --repeat runs each query N times (median
 * and p95 reported).
 *
 * --browser: the built extension (.output/chrome-mv3, `npm run build:chrome`) in Debian's
 * Chromium: the records are imported through the library page's file input, then each query
 * is typed into the search box and timed inside the page, from the input event to the
 * results rendered (the page's data-query attribute showing that query). Then, on libraries
 * of --browser-records digests (1,000 and 10,000 by default) made of the development pages' records:
 * the library page opened afresh and a query typed as soon as its list shows (the first
 * keystroke, index not yet in memory), then words typed a letter at a time (later
 * keystrokes, median and p95). --baseline DIR: another build of the extension (e.g. main's,
 * `git worktree add` + `npm run build:chrome`) timed the same way in the same run.
 *
 * --pages-cache FILE: the development pages' records read from FILE when it exists, else
 * digested and written there (digesting 1,588 pages takes a minute). --speed-only: recall and
 * the Node timings left out (with --browser: only the typing in Chromium).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mean, quantile } from './bench/eval/stats';
import { toJson, toMarkdown } from '../lib/library/export';
import type { SavedDigest } from '../lib/library/record';
import { relatedHits } from '../lib/library/related';
import { freshLibrary, makeRecords } from '../testing/library';
import { dataDir } from './lib/data-dir';
import { loadBenchArticles, measureRecall, type BenchArticle } from './bench/library-recall';

const { values: flags } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    repeat: { type: 'string', default: '20' },
    articles: { type: 'string' },
    browser: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'browser-records': { type: 'string', default: '1000,10000' },
    'pages-cache': { type: 'string' },
    'speed-only': { type: 'boolean', default: false },
  },
});
const N = Number(flags.records);
const REPEAT = Math.max(1, Number(flags.repeat));
const DATA = dataDir('bench:library');

const QUERIES = ['électricité', 'ELECTRI', 'prix blé', 'festival cin', 'tribunal ministre œuvre', 'pollution delhi', 'p', 'zzz'];

const ms = (x: number) => `${x.toFixed(1)} ms`;

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: { kind: string; detail?: string } }): T {
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.detail}`);
  return r.value;
}

async function node(): Promise<void> {
  console.log(`Node, fake-indexeddb: ${N} saved digests`);
  const records = makeRecords(N);
  const lib = freshLibrary();
  const [, importMs] = await time(async () => must(await lib.importRecords(records)));
  console.log(`  import ${N} (one transaction): ${ms(importMs)}`);
  const [, firstListMs] = await time(async () => must(await lib.list()));
  console.log(`  first page of the list (50, newest first): ${ms(firstListMs)}`);

  const rows: string[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < REPEAT; i++) {
      const [page, t] = await time(async () => must(await lib.search(q)));
      times.push(t);
      total = page.total;
    }
    rows.push(
      `  search ${JSON.stringify(q).padEnd(26)} ${String(total).padStart(5)} results   median ${ms(quantile(times, 0.5)).padStart(9)}   p95 ${ms(quantile(times, 0.95)).padStart(9)}`,
    );
  }
  console.log(rows.join('\n'));
  // The search rows are kept between queries until the library changes: after a change the
  // next query reads them again.
  const cold: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    must(await lib.setStarred(records[i % N].url, i % 2 === 0));
    cold.push((await time(async () => must(await lib.search('prix blé'))))[1]);
  }
  console.log(`  search "prix blé" right after a change (search rows read again): median ${ms(quantile(cold, 0.5))}   p95 ${ms(quantile(cold, 0.95))}`);
  const filterTimes: number[] = [];
  for (let i = 0; i < REPEAT; i++) filterTimes.push((await time(async () => must(await lib.list({ lang: 'fr', starred: true, query: 'prix' }))))[1]);
  console.log(`  search + language + star filters: median ${ms(quantile(filterTimes, 0.5))}`);
  const [, facetsMs] = await time(async () => must(await lib.facets()));
  console.log(`  facets (sites, languages, tags): ${ms(facetsMs)}`);
  const [all, exportMs] = await time(async () => must(await lib.exportRecords()));
  const [json, jsonMs] = await time(async () => toJson(all.records));
  const [md, mdMs] = await time(async () => toMarkdown(all.records));
  console.log(
    `  export all: read ${ms(exportMs)}, JSON ${ms(jsonMs)} (${(json.length / 1e6).toFixed(1)} MB), Markdown ${ms(mdMs)} (${(md.length / 1e6).toFixed(1)} MB)`,
  );
  lib.close();
}

async function browser(): Promise<void> {
  const { TEST_OUTPUT, launchExtensionBrowser } = await import('../testing/harness');
  console.log(`\nChromium, the built extension's library page: ${N} saved digests`);
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const file = path.join(TEST_OUTPUT, `bench-library-${N}.json`);
  writeFileSync(file, toJson(makeRecords(N)));
  const b = await launchExtensionBrowser();
  try {
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${b.extensionId}/library.html`);
    await page.waitForSelector('[data-testid="library"][data-state="ready"]');
    // tsx (esbuild's keepNames) wraps named functions in __name(), which the page lacks.
    await page.evaluate('globalThis.__name ??= (f) => f');
    const t0 = Date.now();
    await page.getByTestId('library-import').setInputFiles(file);
    await page.waitForSelector(`[data-testid="library"][data-total="${N}"]`, { timeout: 120_000 });
    console.log(`  import through the page: ${ms(Date.now() - t0)}`);
    for (const q of ['', ...QUERIES]) {
      const times: number[] = [];
      let total = '';
      for (let i = 0; i < Math.min(REPEAT, 10); i++) {
        // Clear first, so each run types the query into a page showing everything.
        for (const query of i === 0 && q === '' ? [] : ['x-reset', q]) {
          const r = await typeInto(page, query);
          if (query === q) {
            times.push(r.ms);
            total = r.total;
          }
        }
      }
      if (times.length)
        console.log(
          `  type ${JSON.stringify(q).padEnd(26)} ${total.padStart(5)} results   median ${ms(quantile(times, 0.5)).padStart(9)}   mean ${ms(mean(times)).padStart(9)}   (input -> results shown)`,
        );
    }
  } finally {
    await b.close();
  }
}

const pct = (x: number) => x.toFixed(3);

function recall(articles: BenchArticle[]): void {
  const t0 = performance.now();
  const { rows, index } = measureRecall(articles);
  console.log(`\nRecall on ${articles.length} development pages (OrangeSum, Scrapinghub) (${ms(performance.now() - t0)} for every query of both matchers)`);
  console.log('  | query    | queries | before @1 | before @5 | after @1 | after @5 |');
  console.log('  |----------|--------:|----------:|----------:|---------:|---------:|');
  for (const r of rows)
    console.log(
      `  | ${r.kind.padEnd(8)} | ${String(r.queries).padStart(7)} | ${pct(r.before.at1).padStart(9)} | ${pct(r.before.at5).padStart(9)} | ${pct(r.after.at1).padStart(8)} | ${pct(r.after.at5).padStart(8)} |`,
    );
  const vague = rows.filter((r) => r.kind !== 'exact');
  const exact = rows.find((r) => r.kind === 'exact')!;
  const met = vague.every((r) => r.after.at5 >= 0.9) && exact.after.at1 >= exact.before.at1;
  console.log(`  targets (every vague kind @5 >= 0.9, exact @1 not below before): ${met ? 'met' : 'NOT met'}`);

  // "Already in your library": how many pages find another saved digest on their subject, and
  // whether a page saved under another address (the same article) is always found.
  const page = (r: SavedDigest) => ({ title: r.article.title, lang: r.article.lang, lines: r.sentences.map((s) => s.text) });
  let some = 0;
  let same = 0;
  for (const { record } of articles) {
    if (relatedHits(index, page(record), record.url).length) some++;
    if (relatedHits(index, page(record), `${record.url}#another-address`, articles.length)[0]?.url === record.url) same++;
  }
  console.log(
    `  already in your library: ${pct(some / articles.length)} of the pages find another saved digest; the same article saved under another address found first for ${pct(same / articles.length)}`,
  );
}

/** `n` records made of the development pages' (copies get their own url and title suffix). */
function manyRecords(articles: BenchArticle[], n: number): SavedDigest[] {
  return Array.from({ length: n }, (_, i) => {
    const r = articles[i % articles.length].record;
    const copy = Math.floor(i / articles.length);
    const url = copy ? `${r.url}${r.url.includes('?') ? '&' : '?'}copy=${copy}` : r.url;
    return {
      ...r,
      url,
      savedAt: Date.UTC(2026, 0, 1) + i * 60_000,
      article: { ...r.article, url, title: copy ? `${r.article.title} (${copy})` : r.article.title },
    };
  });
}

const TYPED = ['greve sncf', 'vaccin pfizer', 'sculpture botero', 'incendie foret', 'pollution delhi'];

async function typingInBrowser(label: string, extensionDir: string | undefined, file: string, n: number): Promise<void> {
  const { launchExtensionBrowser } = await import('../testing/harness');
  const b = await launchExtensionBrowser(extensionDir ? { extensionDir } : {});
  try {
    const setup = await b.context.newPage();
    await setup.goto(`chrome-extension://${b.extensionId}/library.html`);
    await setup.waitForSelector('[data-testid="library"][data-state="ready"]');
    const t0 = Date.now();
    await setup.getByTestId('library-import').setInputFiles(file);
    await setup.waitForSelector(`[data-testid="library"][data-total="${n}"]`, { timeout: 600_000 });
    // The import's report: the import is over (the list may show the records before).
    await setup.waitForSelector('[data-testid="library-message"]', { timeout: 600_000 });
    const importMs = Date.now() - t0;
    await setup.close();
    const first: number[] = [];
    const later: number[] = [];
    const slow: [string, number][] = [];
    let openMs = 0;
    for (const [k, q] of TYPED.entries()) {
      // The library page opened afresh: nothing of the library in memory.
      const page = await b.context.newPage();
      const o0 = Date.now();
      await page.goto(`chrome-extension://${b.extensionId}/library.html`);
      await page.waitForSelector(`[data-testid="library"][data-state="ready"][data-total="${n}"]`, { timeout: 120_000 });
      if (k === 0) openMs = Date.now() - o0;
      await page.evaluate('globalThis.__name ??= (f) => f');
      // The first keystroke as soon as the list shows, then the rest of the words a letter at a time.
      for (let i = 1; i <= q.length; i++) {
        const { ms: t } = await typeInto(page, q.slice(0, i));
        (i === 1 ? first : later).push(t);
        if (i > 1) slow.push([q.slice(0, i), t]);
      }
      await page.close();
    }
    console.log(
      `  ${label}: ${n} saved digests, import ${ms(importMs)}, page open to list ${ms(openMs)}; first keystroke median ${ms(quantile(first, 0.5))} (max ${ms(Math.max(...first))}); later keystrokes median ${ms(quantile(later, 0.5))}, p95 ${ms(quantile(later, 0.95))} (${later.length})`,
    );
    const slowest = slow.sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`    slowest later keystrokes: ${slowest.map(([q, t]) => `${JSON.stringify(q)} ${ms(t)}`).join(', ')}`);
  } finally {
    await b.close();
  }
}

/**
 * Types `query` into the search box (as one input event) and times it inside the page, from
 * the input event to the results laid out (the page's data-query attribute showing that query).
 */
async function typeInto(page: import('playwright-core').Page, query: string): Promise<{ ms: number; total: string }> {
  return page.evaluate(
    (query) =>
      new Promise<{ ms: number; total: string }>((resolve) => {
        const main = document.querySelector('[data-testid="library"]')!;
        const input = document.querySelector<HTMLInputElement>('[data-testid="library-search"]')!;
        const t0 = performance.now();
        const done = () => {
          if (main.getAttribute('data-query') === query && main.getAttribute('data-state') === 'ready') {
            observer.disconnect();
            // After the browser has laid out the results.
            requestAnimationFrame(() => resolve({ ms: performance.now() - t0, total: main.getAttribute('data-total') ?? '' }));
          }
        };
        const observer = new MutationObserver(done);
        observer.observe(main, { attributes: true });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

const limit = flags.articles === undefined ? Infinity : Number(flags.articles);
const t0 = performance.now();
const cache = flags['pages-cache'];
let articles: BenchArticle[];
if (cache && existsSync(cache)) {
  // As digested when the file was written (--articles then).
  articles = JSON.parse(readFileSync(cache, 'utf8')) as BenchArticle[];
  console.log(`${articles.length} development pages' records read from ${cache}`);
} else {
  articles = loadBenchArticles(DATA, limit);
  console.log(`${articles.length} development pages digested as Save does in ${ms(performance.now() - t0)}`);
  if (cache) writeFileSync(cache, JSON.stringify(articles));
}
if (!flags['speed-only']) {
  recall(articles);
  console.log('');
  await node();
}
if (flags.browser) {
  if (!flags['speed-only']) await browser();
  const { TEST_OUTPUT } = await import('../testing/harness');
  mkdirSync(TEST_OUTPUT, { recursive: true });
  console.log(`\nChromium, typing in the library page (records from the development pages; the machine may be shared: compare within this run)`);
  for (const n of flags['browser-records'].split(',').map(Number)) {
    const file = path.join(TEST_OUTPUT, `bench-library-real-${n}.json`);
    writeFileSync(file, toJson(manyRecords(articles, n)));
    if (flags.baseline) await typingInBrowser(`before (${flags.baseline})`, path.resolve(flags.baseline), file, n);
    await typingInBrowser('after', undefined, file, n);
  }
}
