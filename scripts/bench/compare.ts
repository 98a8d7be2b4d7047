/**
 * npx tsx scripts/bench/compare.ts --before DIR [--only extract,chromium,engine,e2e,size] [--every N]
 *
 * Before and after in the same run: DIR is another checkout of the project (an older commit,
 * with node_modules linked and its Chrome build in DIR/.output/chrome-mv3); this checkout is
 * "after". Same pages, same process, by turns:
 * - extraction in Node (linkedom): before, after and plain Readability on each parsed page;
 * - extraction in Chromium: before's and after's extract.js and plain Readability, each in its
 *   own isolated world of the same loaded page;
 * - engine: before's and after's digestArticle on the same articles;
 * - end to end: warm and cached clicks with each build (one browser each, one after the other);
 * - size of both builds.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { quantile } from './eval/stats';
import type { Article, Digest } from '../../lib/types';
import { extractArticle } from '../../lib/extract/extract';
import { digestArticle } from '../../lib/digest';
import { concatenated, extractionPages, frankArticles, orangeSumArticles, readHtml, REPO_ROOT, type DevPage } from './corpus';
import { clickAndTime, launch, openPage, readabilitySource, serve, type ClickTiming } from './browser';
import { measureSize } from './size';

const { values: flags } = parseArgs({
  options: {
    before: { type: 'string' },
    only: { type: 'string', default: 'extract,chromium,engine,e2e,size' },
    every: { type: 'string', default: '2' },
    pages: { type: 'string', default: '30' },
  },
});
if (!flags.before) throw new Error('--before DIR: a checkout of the older version, built (DIR/.output/chrome-mv3)');
const BEFORE = path.resolve(flags.before);
const ONLY = new Set(flags.only!.split(','));
const EVERY = Number(flags.every);
const AFTER_EXT = path.join(REPO_ROOT, '.output/chrome-mv3');
const BEFORE_EXT = path.join(BEFORE, '.output/chrome-mv3');

const ms = (x: number) => (Number.isNaN(x) ? '-' : x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`);
const med = (xs: number[]) => quantile(xs, 0.5);
const say = (s = '') => console.log(s);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type Extract = (doc: Document, o: { url: string }) => { ok: boolean };
type Digester = (a: Article) => { digest: Digest };

async function beforeModule<T>(rel: string): Promise<T> {
  return (await import(path.join(BEFORE, rel))) as T;
}

function summary(label: string, times: Record<string, number[]>) {
  const base = med(times.readability ?? times.before);
  say(`  ${label}`);
  for (const [k, v] of Object.entries(times))
    say(
      `    ${k.padEnd(12)} median ${ms(med(v)).padStart(9)}  p95 ${ms(quantile(v, 0.95)).padStart(9)}  ${times.readability ? `${(med(v) / base).toFixed(2)}x Readability` : ''}`,
    );
  if (times.before && times.after) say(`    after ÷ before: ${(med(times.after) / med(times.before)).toFixed(2)} (medians)`);
}

async function nodeExtraction(): Promise<void> {
  const before = (await beforeModule<{ extractArticle: Extract }>('lib/extract/extract.ts')).extractArticle;
  const pages = extractionPages().filter((_, i) => i % EVERY === 0);
  const runs: Record<string, (d: Document, url: string) => unknown> = {
    before: (d, url) => before(d, { url }),
    after: (d, url) => extractArticle(d, { url }),
    readability: (d) => new Readability(d.cloneNode(true) as Document).parse(),
  };
  const times: Record<string, number[]> = { before: [], after: [], readability: [] };
  const names = Object.keys(runs);
  pages.forEach((p, i) => {
    const doc = parseHTML(readHtml(p.file)).document as unknown as Document;
    for (let j = 0; j < names.length; j++) {
      const n = names[(i + j) % names.length];
      const t = performance.now();
      runs[n](doc, p.url);
      times[n].push(performance.now() - t);
    }
  });
  summary(`extraction in Node + linkedom, ${pages.length} pages (1 in ${EVERY}), by turns`, times);
}

async function chromiumExtraction(): Promise<void> {
  const pages = extractionPages().filter((_, i) => i % EVERY === 0);
  const scripts: Record<string, string> = {
    before: readFileSync(path.join(BEFORE_EXT, 'extract.js'), 'utf8'),
    after: readFileSync(path.join(AFTER_EXT, 'extract.js'), 'utf8'),
  };
  const rdb = readabilitySource();
  const route = (p: DevPage) => `/${p.set}/${p.id.slice(0, 60)}.html`;
  const server = await serve(pages.map((p) => ({ route: route(p), html: () => readHtml(p.file) })));
  const b = await launch(AFTER_EXT);
  const times: Record<string, number[]> = { before: [], after: [], readability: [] };
  const tab = await b.context.newPage();
  const cdp = await b.context.newCDPSession(tab);
  try {
    for (const [i, p] of pages.entries()) {
      await tab.goto(server.url(route(p)), { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => {});
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
      const world = async (name: string) =>
        ((await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name })) as { executionContextId: number }).executionContextId;
      const run = async (contextId: number, expression: string) =>
        ((await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true })) as { result: { value?: any } }).result.value;
      const one: Record<string, number | undefined> = {};
      const order = ['before', 'after', 'readability'];
      for (let j = 0; j < order.length; j++) {
        const n = order[(i + j) % order.length];
        const ctx = await world(`${n}-${i}`);
        if (n === 'readability') {
          await run(ctx, rdb);
          one[n] = (await run(
            ctx,
            `(() => { const t = performance.now(); new globalThis.__Readability(document.cloneNode(true)).parse(); return performance.now() - t; })()`,
          )) as number;
        } else {
          one[n] = (await run(ctx, scripts[n]))?.value?.extractMs;
        }
      }
      if (one.before !== undefined && one.after !== undefined && one.readability !== undefined) for (const k of order) times[k].push(one[k]!);
    }
  } finally {
    await b.close();
    await server.close();
  }
  summary(`extraction in Chromium, in the page (each in its own isolated world), ${times.after.length} pages (1 in ${EVERY}), by turns`, times);
}

async function engine(): Promise<void> {
  const before = (await beforeModule<{ digestArticle: Digester }>('lib/digest.ts')).digestArticle;
  const fr = orangeSumArticles(200);
  const en = frankArticles();
  const sets: Array<[string, Article[]]> = [
    ['typical articles (150 OrangeSum + 149 FRANK)', [...fr.slice(0, 150), ...en]],
    ['10,000 words (10 fr + 10 en)', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((s) => [concatenated(fr, 10000, s * 15), concatenated(en, 10000, s * 13)])],
    ['50,000 words (3 fr + 3 en)', [0, 1, 2].flatMap((s) => [concatenated(fr, 50000, s * 50), concatenated(en, 50000, s * 40)])],
  ];
  for (const a of [...fr.slice(150), ...en.slice(-20)]) {
    before(a);
    digestArticle(a);
  }
  for (const [label, articles] of sets) {
    const times: Record<string, number[]> = { before: [], after: [] };
    let same = 0;
    articles.forEach((a, i) => {
      const out: Record<string, string> = {};
      for (const n of i % 2 ? ['before', 'after'] : ['after', 'before']) {
        const runs: number[] = [];
        let d: Digest | undefined;
        for (let r = 0; r < 3; r++) {
          const t = performance.now();
          d = (n === 'before' ? before(a) : digestArticle(a)).digest;
          runs.push(performance.now() - t);
        }
        times[n].push(med(runs));
        out[n] = JSON.stringify({ ...d, timings: undefined });
      }
      if (out.before === out.after) same++;
    });
    summary(`engine, ${label}: digestArticle, median of 3 runs each (identical digests: ${same} of ${articles.length})`, times);
  }
}

async function endToEnd(): Promise<void> {
  const n = Number(flags.pages);
  const pages = extractionPages()
    .filter((p) => p.set === 'scrapinghub')
    .slice(0, n + 3);
  const route = (p: DevPage) => `/${p.id.slice(0, 40)}.html`;
  const server = await serve(pages.map((p) => ({ route: route(p), html: () => readHtml(p.file) })));
  // Both browsers open at once, the same page clicked in one then the other (by turns):
  // paired samples, under the same load.
  const builds = { before: await launch(BEFORE_EXT), after: await launch(AFTER_EXT) };
  const warm: Record<string, ClickTiming[]> = { before: [], after: [] };
  const cached: Record<string, ClickTiming[]> = { before: [], after: [] };
  try {
    for (const [i, p] of pages.entries()) {
      for (const label of i % 2 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        const b = builds[label];
        const page = await openPage(b, server.url(route(p)));
        const first = await clickAndTime(b, page);
        const again = await clickAndTime(b, page);
        if (i >= 3) {
          warm[label].push(first);
          cached[label].push(again);
        }
        await page.close();
      }
    }
  } finally {
    await builds.before.close();
    await builds.after.close();
    await server.close();
  }
  const pick = (xs: ClickTiming[], k: keyof ClickTiming) => xs.map((x) => x[k]).filter((v): v is number => typeof v === 'number');
  say(`  end to end, ${warm.after.length} Scrapinghub pages, the two builds by turns (load ${load()}): popup timeOrigin → digest rendered, median / p95`);
  for (const label of ['before', 'after']) {
    const w = warm[label];
    const c = cached[label];
    say(
      `    ${label.padEnd(6)} warm ${ms(med(pick(w, 'originToRendered')))} / ${ms(quantile(pick(w, 'originToRendered'), 0.95))} (digestTab sent at ${ms(med(pick(w, 'originToSent')))}, answered after ${ms(med(pick(w, 'roundTrip')))}, extraction ${ms(med(pick(w, 'extractMs')))}); cached ${ms(med(pick(c, 'originToRendered')))} / ${ms(quantile(pick(c, 'originToRendered'), 0.95))} (answered after ${ms(med(pick(c, 'roundTrip')))})`,
    );
  }
}

function size(): void {
  for (const [label, dir] of [
    ['before', BEFORE_EXT],
    ['after', AFTER_EXT],
  ]) {
    const s = measureSize(dir);
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    const e = (name: string) => s.entries.find((x) => x.name === name)!;
    say(
      `  size, ${label}: package ${kb(s.totalRaw)} (${kb(s.totalGzip)} gzipped); popup initial JS ${kb(e('popup').initial.raw)} / ${kb(e('popup').initial.gzip)} gzipped; extract.js ${kb(e('extract').initial.raw)}`,
    );
  }
}

say(`compare: before = ${BEFORE}, after = ${REPO_ROOT}; load ${load()}`);
if (ONLY.has('size')) size();
if (ONLY.has('engine')) await engine();
if (ONLY.has('extract')) await nodeExtraction();
if (ONLY.has('chromium')) await chromiumExtraction();
if (ONLY.has('e2e')) await endToEnd();
say(`load at the end: ${load()}`);
