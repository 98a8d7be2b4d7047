/**
 * npm run bench:library [-- --records N] [--repeat N] [--browser]
 *
 * How fast the library answers with many saved digests (1,000 by default, the size of
 * tests/helpers/library.ts's records: about forty sentences each, four bullets, three FAQ
 * items, accents, four sites, two languages).
 *
 * Node (always): the repository on fake-indexeddb, an in-memory IndexedDB written in
 * JavaScript, so slower than a browser's; times list, search (one to three words, the last
 * a prefix), filters, facets, export and import. --repeat runs each query N times (median
 * and p95 reported).
 *
 * --browser: the built extension (.output/chrome-mv3, `npm run build:chrome`) in Debian's
 * Chromium: the records are imported through the library page's file input, then each query
 * is typed into the search box and timed inside the page, from the input event to the
 * results rendered (the page's data-query attribute showing that query).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mean, quantile } from '../lib/eval/stats';
import { toJson, toMarkdown } from '../lib/library/export';
import { freshLibrary, makeRecords } from '../tests/helpers/library';

const { values: flags } = parseArgs({
  options: {
    records: { type: 'string', default: '1000' },
    repeat: { type: 'string', default: '20' },
    browser: { type: 'boolean', default: false },
  },
});
const N = Number(flags.records);
const REPEAT = Math.max(1, Number(flags.repeat));

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
    rows.push(`  search ${JSON.stringify(q).padEnd(26)} ${String(total).padStart(5)} results   median ${ms(quantile(times, 0.5)).padStart(9)}   p95 ${ms(quantile(times, 0.95)).padStart(9)}`);
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
  console.log(`  export all: read ${ms(exportMs)}, JSON ${ms(jsonMs)} (${(json.length / 1e6).toFixed(1)} MB), Markdown ${ms(mdMs)} (${(md.length / 1e6).toFixed(1)} MB)`);
  lib.close();
}

async function browser(): Promise<void> {
  const { TEST_OUTPUT, launchExtensionBrowser } = await import('../tests/e2e/harness');
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
          const r = await page.evaluate(
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
                    return true;
                  }
                  return false;
                };
                const observer = new MutationObserver(done);
                observer.observe(main, { attributes: true });
                input.value = query;
                input.dispatchEvent(new Event('input', { bubbles: true }));
              }),
            query,
          );
          if (query === q) {
            times.push(r.ms);
            total = r.total;
          }
        }
      }
      if (times.length) console.log(`  type ${JSON.stringify(q).padEnd(26)} ${total.padStart(5)} results   median ${ms(quantile(times, 0.5)).padStart(9)}   mean ${ms(mean(times)).padStart(9)}   (input -> results shown)`);
    }
  } finally {
    await b.close();
  }
}

await node();
if (flags.browser) await browser();
