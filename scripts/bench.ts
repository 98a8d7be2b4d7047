/**
 * npm run bench [-- --only extract,engine,e2e,size,memory] [--quick] [--extension DIR]
 *                  [--reps N] [--jsdom-every N] [--chromium-every N] [--cold N] [--json FILE]
 *
 * About 12 minutes on the 2-core machine (--quick: about 4). By default every development
 * page in Node with linkedom, one in 4 with jsdom (several times slower), one in 2 in
 * Chromium (each page is loaded in the browser); --jsdom-every 1 --chromium-every 1 for all.
 * Before and after a change, in one run: scripts/bench/compare.ts.
 *
 * How fast En bref is, measured side by side with what it is compared to, and against its
 * budgets (PERFORMANCE.md). Prints one table; not a timed test. Needs the evaluation data
 * (EN_BREF_DATA or ../shared/data; without it, one line and exit 0 before anything else), a Chrome
 * or Chromium (scripts/lib/browser.ts), and the Chrome build, which it makes first (`wxt build`)
 * unless --extension names one.
 *
 * - Extraction, ms per page (median, p95) over the development pages of the evaluation data
 *   (Scrapinghub 88 + DAnIEL 872): in Node with linkedom and with jsdom, and in Chromium,
 *   inside the page (the built extract.js in an isolated world, its own performance.now()
 *   figure reported back); plain Readability on the same page in the same run, by turns.
 * - Engine, ms per article (Node): bullets and FAQ on real articles, and on articles of
 *   500 / 2,000 / 10,000 / 50,000 words made of real ones end to end, with the growth
 *   exponent fitted on them; Lead-3 beside it.
 * - End to end in Chromium with the built extension: the toolbar click (CDP
 *   Extensions.triggerAction) to the digest in the popup's DOM, on 30 real pages served on
 *   127.0.0.1: cold (a fresh browser, its first page), warm, and reopening a cached digest.
 *   Budgets apply to the popup document's own clock (performance.timeOrigin, its navigation
 *   start, to the digest rendered); the time from the click is printed beside it.
 * - Size of the built extension; each entrypoint's initial JavaScript, raw and gzipped.
 * - Memory: peak JS heap of the service worker while it summarises a 50,000-word page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { quantile } from './bench/eval/stats';
import { extractArticle } from '../lib/extract/extract';
import { articleHtml, concatenated, extractionPages, frankArticles, orangeSumIds, orangeSumPage, readHtml, REPO_ROOT, type DevPage } from './bench/corpus';
import { extractionStats, timeExtraction, type ExtractionStats, type PageTimes } from './bench/extraction';
import { GROWTH_WORDS, runEngine, type EngineResult } from './bench/engine';
import { measureSize, type SizeResult } from './bench/size';
import { browserPath } from './lib/browser';
import { clickAndTime, extractInPage, launch, openPage, readabilitySource, serve, workerSession, type ClickTiming } from './bench/browser';

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string', default: 'extract,engine,e2e,size,memory' },
    quick: { type: 'boolean', default: false },
    extension: { type: 'string' },
    reps: { type: 'string' },
    'jsdom-every': { type: 'string' },
    'chromium-every': { type: 'string' },
    cold: { type: 'string' },
    json: { type: 'string' },
  },
});
const ONLY = new Set(flags.only!.split(','));
const QUICK = flags.quick!;
const EXT = path.resolve(flags.extension ?? path.join(REPO_ROOT, '.output/chrome-mv3'));
const REPS = Number(flags.reps ?? 1);
const JSDOM_EVERY = Number(flags['jsdom-every'] ?? (QUICK ? 16 : 4));
const CHROMIUM_EVERY = Number(flags['chromium-every'] ?? (QUICK ? 8 : 2));
const COLD = Number(flags.cold ?? (QUICK ? 3 : 10));
const E2E_PAGES = QUICK ? 10 : 30;

const log = (s: string) => process.stderr.write(`  … ${s}\n`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

// ------------------------------------------------------------------------------------------ budgets

const BUDGET = {
  warm: 150,
  cached: 50,
  cold: 600,
  extractionRatio: 1.3,
  typicalEngine: 30,
  longArticle: 1000,
  popupGzip: 40 * 1024,
  packageRaw: 1024 * 1024,
};

/** A table per section, printed at the end; budgets are collected for the summary. */
interface Table {
  title: string;
  head: string[];
  rows: string[][];
  notes: string[];
}
const tables: Table[] = [];
const table = (title: string, head: string[]): Table => {
  const t = { title, head, rows: [], notes: [] };
  tables.push(t);
  return t;
};
interface Budget {
  what: string;
  figure: string;
  budget: string;
  holds: boolean;
}
const budgets: Budget[] = [];
/** Records a budget and returns its two cells (budget, verdict). */
function budget(what: string, figure: string, limit: string, holds: boolean): string[] {
  budgets.push({ what, figure, budget: limit, holds });
  return [limit, holds ? 'holds' : 'OVER'];
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '-' : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const medP95 = (xs: number[]) => `${ms(quantile(xs, 0.5))} / ${ms(quantile(xs, 0.95))}`;

function printTable(t: Table): void {
  const widths = t.head.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : (c ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${t.title}`);
  console.log(line(t.head));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of t.rows) console.log(line(r));
  for (const n of t.notes) console.log(`  ${n}`);
}

const results: Record<string, unknown> = {};

// ------------------------------------------------------------------------------------------ extraction

const extractionTable = () =>
  tables.find((t) => t.title.startsWith('Extraction')) ??
  table('Extraction: ms per page, median / p95; plain Readability on the same pages in the same run', [
    'where',
    'pages',
    'En bref',
    'Readability',
    'ratio',
    'per set',
    'budget',
    '',
  ]);

function nodeExtraction(): void {
  const pages = extractionPages();
  for (const [dom, every] of [
    ['linkedom', QUICK ? 8 : 1],
    ['jsdom', JSDOM_EVERY],
  ] as const) {
    const sample = pages.filter((_, i) => i % every === 0);
    log(`extraction in Node, ${dom}: ${sample.length} pages × ${REPS} runs each (load ${load()})`);
    const times = timeExtraction(dom, sample, REPS, log);
    const s = extractionStats(times);
    results[`extraction-${dom}`] = { stats: s, perSet: perSet(times) };
    extractionRow(`Node, ${dom}`, s, `${sample.length}${every > 1 ? ` (1 in ${every})` : ''}`, perSet(times));
  }
  extractionTable().notes.push(
    `Node: the page parsed once, then extractArticle(doc) and new Readability(doc.cloneNode(true)).parse() timed on it, by turns, ${REPS > 1 ? `median of ${REPS} runs` : 'one run'} per page.`,
    'ratio: median ÷ median; per set: the same for Scrapinghub (sh) and DAnIEL (dn).',
  );
}

function perSet(times: PageTimes[]): Record<string, ExtractionStats> {
  const sets = [...new Set(times.map((t) => t.set))];
  return Object.fromEntries(sets.map((s) => [s, extractionStats(times.filter((t) => t.set === s))]));
}

function extractionRow(where: string, s: ExtractionStats, pages: string, sets: Record<string, ExtractionStats>): void {
  const detail = Object.entries(sets)
    .map(([set, x]) => `${set === 'scrapinghub' ? 'sh' : set === 'daniel' ? 'dn' : set} ${x.ratio.toFixed(2)}x`)
    .join(', ');
  extractionTable().rows.push([
    where,
    pages,
    `${ms(s.ours.median)} / ${ms(s.ours.p95)}`,
    `${ms(s.readability.median)} / ${ms(s.readability.p95)}`,
    `${s.ratio.toFixed(2)}x`,
    detail,
    ...budget(`extraction overhead, ${where}`, `${s.ratio.toFixed(2)}x`, `< ${BUDGET.extractionRatio}x`, s.ratio < BUDGET.extractionRatio),
  ]);
}

async function chromiumExtraction(): Promise<void> {
  const pages = extractionPages().filter((_, i) => i % CHROMIUM_EVERY === 0);
  const extractJs = readFileSync(path.join(EXT, 'extract.js'), 'utf8');
  const readabilityJs = readabilitySource();
  const server = await serve(pages.map((p) => ({ route: route(p), html: () => readHtml(p.file) })));
  const b = await launch(EXT);
  const times: PageTimes[] = [];
  const failed: string[] = [];
  log(`extraction in Chromium: ${pages.length} pages, one tab going from page to page (load ${load()})`);
  const tab = await b.context.newPage();
  const t0 = performance.now();
  try {
    for (const [i, p] of pages.entries()) {
      await tab.goto(server.url(route(p)), { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => {});
      const r = await extractInPage(tab, extractJs, readabilityJs, i % 2 === 1).catch((e: Error) => ({
        ok: false,
        ours: undefined,
        readability: NaN,
        error: e.message,
      }));
      // A page without an article waits and reads again (lib/page-extraction.ts) and reports no time: left out, for both.
      if (r.ok && r.ours !== undefined) times.push({ set: p.set, id: p.id, ours: r.ours, readability: r.readability, ok: true });
      else failed.push(`${p.id.slice(0, 24)} ${r.error ?? ''}`);
      if ((i + 1) % 200 === 0) log(`extraction in Chromium: ${i + 1}/${pages.length}, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    await b.close();
    await server.close();
  }
  const s = extractionStats(times);
  s.failed = failed.length;
  results['extraction-chromium'] = { stats: s, perSet: perSet(times), failed };
  extractionRow('Chromium, in the page', s, `${times.length}${CHROMIUM_EVERY > 1 ? ` (1 in ${CHROMIUM_EVERY})` : ''}`, perSet(times));
  extractionTable().notes.push(
    'Chromium: each page served on 127.0.0.1 and loaded in one tab; the built extract.js (what the extension injects) evaluated in an isolated world of the page, as',
    '  chrome.scripting.executeScript does, reporting its own performance.now() time; plain Readability in the same world, first or second by turns.' +
      (failed.length ? ` ${failed.length} page(s) without an article in Chromium left out (no time reported).` : ''),
  );
}

const route = (p: DevPage) => `/${p.set}/${p.id.slice(0, 60)}.html`;

// ------------------------------------------------------------------------------------------ engine

function engine(): void {
  log(`engine (load ${load()})`);
  const r: EngineResult = runEngine({ typical: QUICK ? 40 : 150, quick: QUICK, log });
  results.engine = r;
  const t = table('Engine (Node): ms per article, median; Lead-3 beside it', [
    'articles',
    'n',
    'words',
    'sentences',
    'bullets',
    'FAQ',
    'bullets + FAQ',
    'whole digest (p95)',
    'Lead-3',
    'budget',
    '',
  ]);
  const typical = (label: string, x: EngineResult['typical']['fr'], words: string, withBudget: boolean) => {
    const bf = x.median.bullets + x.median.faq;
    t.rows.push([
      label,
      String(x.n),
      words,
      ms(x.median.segment),
      ms(x.median.bullets),
      ms(x.median.faq),
      ms(bf),
      `${ms(x.median.digest)} (${ms(x.p95.digest)})`,
      ms(x.median.lead3),
      ...(withBudget
        ? budget(
            'engine, typical article, bullets + FAQ (whole digest)',
            ms(x.median.digest),
            `< ${BUDGET.typicalEngine} ms`,
            x.median.digest < BUDGET.typicalEngine,
          )
        : ['', '']),
    ]);
  };
  typical('typical: OrangeSum pages, fr', r.typical.fr, `${r.typical.fr.words}`, false);
  typical('typical: CNN/DM and BBC, en', r.typical.en, `${r.typical.en.words}`, false);
  typical('typical: all of them', r.typical.all, '', true);
  for (const g of r.growth) {
    const big = g.words === 50000;
    t.rows.push([
      `${g.lang}, real articles end to end`,
      String(g.stats.n),
      g.words.toLocaleString('en'),
      ms(g.stats.median.segment),
      ms(g.stats.median.bullets),
      ms(g.stats.median.faq),
      ms(g.stats.median.bullets + g.stats.median.faq),
      `${ms(g.stats.median.digest)} (${ms(g.stats.p95.digest)})`,
      ms(g.stats.median.lead3),
      ...(big
        ? budget(`engine, 50,000 words (${g.lang})`, ms(g.stats.median.digest), `< ${BUDGET.longArticle} ms`, g.stats.median.digest < BUDGET.longArticle)
        : ['', '']),
    ]);
  }
  const e = table(
    `Engine: growth with length, exponent of a least-squares fit of log(ms) on log(words) over ${GROWTH_WORDS.map((w) => w.toLocaleString('en')).join(', ')} words`,
    ['language', 'bullets', 'FAQ', 'whole digest', 'Lead-3', 'worst, against Lead-3', 'budget (n log n over these lengths)', ''],
  );
  for (const [lang, x] of Object.entries(r.exponent)) {
    const worst = Math.max(x.bullets, x.faq, x.digest);
    // Lead-3 is linear by construction (segmentation, then the first three sentences): what it
    // measures above 1 is this machine (memory, collection), not an algorithm, and is taken out.
    const relative = worst - x.lead3 + 1;
    e.rows.push([
      lang,
      x.bullets.toFixed(2),
      x.faq.toFixed(2),
      x.digest.toFixed(2),
      x.lead3.toFixed(2),
      relative.toFixed(2),
      ...budget(
        `engine growth (${lang}), worst of bullets, FAQ, digest, against Lead-3`,
        relative.toFixed(2),
        `≤ ${r.nLogNExponent.toFixed(2)}`,
        relative <= r.nLogNExponent,
      ),
    ]);
  }
  e.notes.push(
    "worst, against Lead-3: 1 + (the worst exponent − Lead-3's): how much faster than a linear algorithm in the same run it grows. Lead-3 is linear by construction;",
    '  what its exponent shows above 1 is the machine (larger heaps, more collection), which every stage pays alike.',
  );
  t.notes.push(
    'sentences: segmentation (Intl.Segmenter and our rules), which every system needs; bullets: term vectors, scores, selection, trimming; FAQ: buildFaq;',
    'whole digest: digestArticle() timed on its own (all of it, plus the content hash). Each article: median of 3 runs, after a warm-up.',
    'Long articles: OrangeSum pages (fr, extracted from their HTML) or FRANK articles (en) one after the other, each under its title as a sub-heading, cut at the length.',
  );
}

// ------------------------------------------------------------------------------------------ end to end

/** 30 real pages, 10 from each source, that have an article (checked in Node first). */
function e2ePages(n: number): DevPage[] {
  const ok = (p: DevPage) => extractArticle(parseHTML(readHtml(p.file)).document as unknown as Document, { url: p.url }).ok;
  const pick = (list: DevPage[], k: number) => {
    const out: DevPage[] = [];
    const step = Math.max(1, Math.floor(list.length / (k * 2)));
    for (let i = 0; i < list.length && out.length < k; i += step) if (ok(list[i])) out.push(list[i]);
    return out;
  };
  const dev = extractionPages();
  const third = Math.ceil(n / 3);
  return [
    ...pick(orangeSumIds().slice(0, 600).map(orangeSumPage), third),
    ...pick(
      dev.filter((p) => p.set === 'scrapinghub'),
      third,
    ),
    ...pick(
      dev.filter((p) => p.set === 'daniel'),
      n - 2 * third,
    ),
  ];
}

interface E2E {
  warm: ClickTiming[];
  cached: ClickTiming[];
  cold: ClickTiming[];
  /** The same clicks on a copy of the extension whose popup is one tiny script: Chromium's floor. */
  floor: ClickTiming[];
}

/**
 * A copy of the built extension whose popup is a page of one line of script that shows a
 * "ready" digest view at once: what any popup costs in this browser, before En bref does anything.
 */
function emptyPopupCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'en-bref-floor-'));
  cpSync(EXT, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'floor.js'),
    "const m = document.createElement('main'); m.dataset.testid = 'digest-view'; m.dataset.state = 'ready'; m.textContent = 'En bref'; document.getElementById('app').append(m);\n",
  );
  writeFileSync(
    path.join(dir, 'popup.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>En bref</title><script type="module" src="/floor.js"></script></head><body><div id="app"></div></body></html>\n',
  );
  return dir;
}

async function endToEnd(): Promise<void> {
  const pages = e2ePages(E2E_PAGES);
  const warmUp = extractionPages()
    .filter((p) => p.set === 'scrapinghub')
    .slice(-3);
  const server = await serve([...pages, ...warmUp].map((p) => ({ route: route(p), html: () => readHtml(p.file) })));
  const out: E2E = { warm: [], cached: [], cold: [], floor: [] };
  try {
    log(`end to end, cold: ${COLD} fresh browsers, the first page of each (load ${load()})`);
    for (let i = 0; i < COLD; i++) {
      const b = await launch(EXT);
      try {
        const page = await openPage(b, server.url(route(pages[i % pages.length])));
        out.cold.push(await clickAndTime(b, page));
      } finally {
        await b.close();
      }
    }
    log(`end to end, warm and cached: ${pages.length} pages in one browser, after ${warmUp.length} pages to warm it (load ${load()})`);
    const b = await launch(EXT);
    try {
      for (const p of warmUp) {
        const page = await openPage(b, server.url(route(p)));
        await clickAndTime(b, page);
        await page.close();
      }
      for (const p of pages) {
        const page = await openPage(b, server.url(route(p)));
        out.warm.push(await clickAndTime(b, page));
        // The same page again: its digest is in the session cache.
        out.cached.push(await clickAndTime(b, page));
        await page.close();
      }
    } finally {
      await b.close();
    }
    const floorDir = emptyPopupCopy();
    log(`end to end, the floor: an empty popup, ${Math.min(10, pages.length)} clicks (load ${load()})`);
    const f = await launch(floorDir);
    try {
      for (const p of [...warmUp.slice(0, 1), ...pages.slice(0, 10)]) {
        const page = await openPage(f, server.url(route(p)));
        const t = await clickAndTime(f, page);
        if (p !== warmUp[0]) out.floor.push(t, await clickAndTime(f, page));
        await page.close();
      }
    } finally {
      await f.close();
      rmSync(floorDir, { recursive: true, force: true });
    }
  } finally {
    await server.close();
  }
  results.e2e = out;
  const pick = (xs: ClickTiming[], k: keyof ClickTiming) => xs.map((x) => x[k]).filter((v): v is number => typeof v === 'number');
  const med = (xs: ClickTiming[], k: keyof ClickTiming) => ms(quantile(pick(xs, k), 0.5));
  const t = table('End to end in Chromium, built extension: ms, median / p95', [
    'case',
    'clicks',
    'popup timeOrigin → digest rendered',
    'click → digest rendered',
    'click → timeOrigin',
    'timeOrigin → script',
    'script → request',
    'request → answer',
    'extraction',
    'engine',
    'budget',
    '',
  ]);
  const line = (label: string, xs: ClickTiming[], limit: number) => {
    const m = quantile(pick(xs, 'originToRendered'), 0.5);
    t.rows.push([
      label,
      String(xs.length),
      medP95(pick(xs, 'originToRendered')),
      medP95(pick(xs, 'clickToRendered')),
      med(xs, 'clickToOrigin'),
      med(xs, 'originToScript'),
      ms(
        quantile(
          xs.filter((x) => x.originToSent !== undefined && x.originToScript !== undefined).map((x) => x.originToSent! - x.originToScript!),
          0.5,
        ),
      ),
      med(xs, 'roundTrip'),
      label.startsWith('cached') ? '-' : med(xs, 'extractMs'),
      label.startsWith('cached') ? '-' : med(xs, 'digestMs'),
      ...budget(`end to end, ${label} (popup timeOrigin → rendered, median)`, ms(m), `median < ${limit} ms`, m < limit),
    ]);
  };
  line('cold (fresh browser, first page)', out.cold, BUDGET.cold);
  line('warm', out.warm, BUDGET.warm);
  line('cached reopen (same tab again)', out.cached, BUDGET.cached);
  t.rows.push([
    'floor: an empty popup (one line of script)',
    String(out.floor.length),
    medP95(pick(out.floor, 'originToRendered')),
    medP95(pick(out.floor, 'clickToRendered')),
    med(out.floor, 'clickToOrigin'),
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ]);
  const notReady = [...out.warm, ...out.cached, ...out.cold].filter((x) => x.state !== 'ready').length;
  t.notes.push(
    `Pages: ${pages.length} real pages (OrangeSum, Scrapinghub, DAnIEL) served on 127.0.0.1; the click is CDP Extensions.triggerAction (a real action click, activeTab granted).`,
    'Budgets apply to the popup document\'s own clock: performance.timeOrigin (its navigation start) to the digest in its DOM (the view leaving "loading").',
    'click → timeOrigin is Chromium opening the popup (about 250 ms for the first popup on a tab in headless Chromium, with or without playwright attached), not En bref code.',
    "timeOrigin → script: Chromium loading the popup and its JavaScript until En bref's script runs; script → request: finding the tab (tabs.query) and sending the",
    'digestTab message; request → answer: its round trip (reading the page, the engine, the session cache in the worker); extraction and',
    'engine: as the content script and the worker report them (digest.timings). Cached reopen: the page is not read again (the content script remembers an unchanged page).',
    'floor: the same clicks (first and second on each tab) on a copy of the extension whose popup is one line of script: what Chromium takes to show any popup here.',
    ...(notReady ? [`${notReady} click(s) ended on an error instead of a digest.`] : []),
  );
}

// ------------------------------------------------------------------------------------------ size

function size(): void {
  const s: SizeResult = measureSize(EXT);
  results.size = s;
  const t = table('Size of the built extension (each file gzipped -9, summed)', [
    'what',
    'files',
    'raw',
    'gzipped',
    'loaded later (raw / gzipped)',
    'budget',
    '',
  ]);
  t.rows.push([
    'whole package',
    String(s.files),
    kb(s.totalRaw),
    kb(s.totalGzip),
    '',
    ...budget('package size', kb(s.totalRaw), '< 1024 KB raw', s.totalRaw < BUDGET.packageRaw),
  ]);
  for (const e of s.entries) {
    const lazy = e.lazy.files.length ? `${kb(e.lazy.raw)} / ${kb(e.lazy.gzip)}` : '';
    const extra =
      e.name === 'popup' ? budget('popup JavaScript before first paint', kb(e.initial.gzip), '< 40 KB gzipped', e.initial.gzip < BUDGET.popupGzip) : ['', ''];
    t.rows.push([`${e.name}: initial JavaScript`, String(e.initial.files.length), kb(e.initial.raw), kb(e.initial.gzip), lazy, ...extra]);
  }
  t.notes.push(
    "Initial JavaScript: an HTML page's module script, the chunks it preloads and their static imports; a script entry's own file. Loaded later: import() chunks.",
  );
}

// ------------------------------------------------------------------------------------------ memory

async function memory(): Promise<void> {
  const long = concatenated(frankArticles(), 50000, 0);
  const server = await serve([{ route: '/long.html', html: () => articleHtml(long) }]);
  const b = await launch(EXT);
  try {
    const w = await workerSession(b);
    await w.send('HeapProfiler.enable');
    await w.send('HeapProfiler.collectGarbage');
    const before = (await w.send('Runtime.getHeapUsage')) as { usedSize: number };
    const page = await openPage(b, server.url('/long.html'));
    // The worker answers CDP between its own steps (V8 interrupts): sampled every few ms while it works.
    let sampling = true;
    let peak = before.usedSize;
    let samples = 0;
    const sampler = (async () => {
      while (sampling) {
        const u = (await w.send('Runtime.getHeapUsage')) as { usedSize: number };
        peak = Math.max(peak, u.usedSize);
        samples++;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const t = await clickAndTime(b, page);
    sampling = false;
    await sampler;
    const after = (await w.send('Runtime.getHeapUsage')) as { usedSize: number };
    peak = Math.max(peak, after.usedSize);
    await w.send('HeapProfiler.collectGarbage');
    const settled = (await w.send('Runtime.getHeapUsage')) as { usedSize: number };
    await w.detach();
    results.memory = { before: before.usedSize, peak, after: after.usedSize, afterGc: settled.usedSize, samples, timing: t, words: long.wordCount };
    const mb = (x: number) => `${(x / 1024 / 1024).toFixed(1)} MB`;
    const m = table('Memory: the service worker while it summarises a long page', [
      'page',
      'heap before',
      'peak heap used',
      'after, then after a GC',
      'click → digest',
      'extraction',
      'engine',
    ]);
    m.rows.push([
      `${long.wordCount.toLocaleString('en')} words (FRANK articles end to end), ${t.state}`,
      mb(before.usedSize),
      mb(peak),
      `${mb(after.usedSize)}, ${mb(settled.usedSize)}`,
      ms(t.clickToRendered),
      ms(t.extractMs),
      ms(t.digestMs),
    ]);
    m.notes.push(
      `Runtime.getHeapUsage on the worker's target, sampled ${samples} times while it works (it answers between its steps): the peak is the largest sample.`,
    );
  } finally {
    await b.close();
    await server.close();
  }
}

// ------------------------------------------------------------------------------------------ run

async function main(): Promise<void> {
  if (!flags.extension) {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', process.stderr, 'inherit'] });
    if (build.status !== 0) throw new Error(`wxt build failed (exit ${build.status ?? build.signal})`);
  }
  const started = new Date();
  const loadBefore = load();
  if (ONLY.has('extract')) {
    nodeExtraction();
    await chromiumExtraction();
  }
  if (ONLY.has('engine')) engine();
  if (ONLY.has('e2e')) await endToEnd();
  if (ONLY.has('size')) size();
  if (ONLY.has('memory')) await memory();

  const chromium = spawnSync(browserPath(), ['--version'], { encoding: 'utf8' })
    .stdout?.trim()
    .replace(/^Chromium\s*/, '');
  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}; Chromium ${chromium ?? '?'} headless`;
  console.log(`\nEn bref benchmark, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC${QUICK ? ' (--quick: fewer pages, fewer runs)' : ''}`);
  console.log(`machine: ${machine}`);
  console.log(`load average (1, 5, 15 min): ${loadBefore} at the start, ${load()} at the end`);
  console.log(`extension: ${path.relative(REPO_ROOT, EXT) || EXT}\n`);
  for (const t of tables) printTable(t);
  const over = budgets.filter((x) => !x.holds);
  console.log(`\nBudgets: ${budgets.length - over.length} of ${budgets.length} hold.`);
  for (const x of over) console.log(`  OVER: ${x.what}: ${x.figure} (budget ${x.budget})`);
  if (flags.json) {
    writeFileSync(flags.json, JSON.stringify({ started, machine, load: { before: loadBefore, after: load() }, budgets, results }, null, 1));
    console.log(`details: ${flags.json}`);
  }
}

await main();
