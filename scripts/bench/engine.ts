/**
 * The embedded engine in Node: ms per article for the bullets and for the FAQ, on real
 * articles as they come (the "typical article") and on long ones made by putting real
 * articles end to end (500, 2,000, 10,000 and 50,000 words), with Lead-3 beside it.
 */
import { digestArticle } from '../../lib/digest';
import { leadK } from './eval/baselines';
import { quantile } from './eval/stats';
import { bulletStage, embeddedStages } from '../../lib/engine/embedded';
import { segmentArticle } from '../../lib/text/segment';
import type { Article } from '../../lib/types';
import { concatenated, frankArticles, orangeSumArticles } from './corpus';

export interface StageTimes {
  /** Sentences (segmentation), what every system starts from. */
  segment: number;
  /** Term vectors, sentence facts, scores, selection, shortening: the EN BREF list. */
  bullets: number;
  /** The engine's stages (bullets, FAQ and the swaps between them) less the bullet stage: the engine's own code, no copy. */
  faq: number;
  /** digestArticle, timed on its own: everything (segmentation, bullets, FAQ, hash). */
  digest: number;
  /** Lead-3: the same segmentation, then the first three sentences. */
  lead3: number;
}

/** One article through each stage, with the engine's exported stages. */
export function timeStages(article: Article): StageTimes {
  const lang = article.lang;
  let t = performance.now();
  const sentences = segmentArticle(article.blocks, lang);
  const segment = performance.now() - t;

  t = performance.now();
  bulletStage(article, sentences);
  const bullets = performance.now() - t;

  t = performance.now();
  embeddedStages(article, sentences);
  const faq = Math.max(0, performance.now() - t - bullets);

  t = performance.now();
  digestArticle(article);
  const digest = performance.now() - t;

  t = performance.now();
  leadK(
    segmentArticle(article.blocks, lang).map((s) => s.text),
    3,
  );
  const lead3 = performance.now() - t;
  return { segment, bullets, faq, digest, lead3 };
}

const KEYS: Array<keyof StageTimes> = ['segment', 'bullets', 'faq', 'digest', 'lead3'];

/** Median of each stage over `reps` runs of the same article. */
function medianStages(article: Article, reps: number): StageTimes {
  const runs = Array.from({ length: reps }, () => timeStages(article));
  return Object.fromEntries(
    KEYS.map((k) => [
      k,
      quantile(
        runs.map((r) => r[k]),
        0.5,
      ),
    ]),
  ) as unknown as StageTimes;
}

export interface StageStats {
  n: number;
  words: number;
  median: StageTimes;
  p95: StageTimes;
}

function stats(samples: StageTimes[], words: number): StageStats {
  const q = (p: number) =>
    Object.fromEntries(
      KEYS.map((k) => [
        k,
        quantile(
          samples.map((s) => s[k]),
          p,
        ),
      ]),
    ) as unknown as StageTimes;
  return { n: samples.length, words, median: q(0.5), p95: q(0.95) };
}

export interface EngineResult {
  typical: { fr: StageStats; en: StageStats; all: StageStats };
  growth: Array<{ lang: string; words: number; stats: StageStats }>;
  /** Least-squares slope of log(ms) on log(words), per language and stage. */
  exponent: Record<string, { bullets: number; faq: number; digest: number; lead3: number }>;
  /** The exponent n log n has over the same lengths (its local slope between the ends). */
  nLogNExponent: number;
}

export const GROWTH_WORDS = [500, 2000, 10000, 50000];

/** Samples per length: many short ones, a few long ones. */
const SAMPLES: Record<number, number> = { 500: 20, 2000: 10, 10000: 5, 50000: 3 };

function slope(xs: number[], ys: number[]): number {
  const lx = xs.map(Math.log);
  const ly = ys.map((y) => Math.log(Math.max(1e-3, y)));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

export function runEngine(opts: { typical: number; quick?: boolean; log?: (s: string) => void }): EngineResult {
  const log = opts.log ?? (() => {});
  log(`engine: loading ${opts.typical} OrangeSum pages (fr, extracted) and FRANK's articles (en)`);
  const fr = orangeSumArticles(Math.max(opts.typical, 160));
  const en = frankArticles();
  // Warm the JIT on other articles first: the extension's worker digests many pages too.
  for (const a of [...fr.slice(-20), ...en.slice(-20)]) digestArticle(a);

  const typicalFr = fr.slice(0, opts.typical).map((a) => medianStages(a, 3));
  const typicalEn = en
    .filter((a) => a.wordCount >= 150)
    .slice(0, opts.typical)
    .map((a) => medianStages(a, 3));
  const typical = {
    fr: stats(
      typicalFr,
      quantile(
        fr.slice(0, opts.typical).map((a) => a.wordCount),
        0.5,
      ),
    ),
    en: stats(
      typicalEn,
      quantile(
        en.map((a) => a.wordCount),
        0.5,
      ),
    ),
    all: stats([...typicalFr, ...typicalEn], 0),
  };

  const growth: EngineResult['growth'] = [];
  const exponent: EngineResult['exponent'] = {};
  for (const [lang, pool] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    for (const words of GROWTH_WORDS) {
      const n = opts.quick ? Math.min(2, SAMPLES[words]) : SAMPLES[words];
      const samples: StageTimes[] = [];
      for (let s = 0; s < n; s++) {
        const article = concatenated(pool, words, Math.floor((s * pool.length) / n));
        samples.push(medianStages(article, 3));
      }
      growth.push({ lang, words, stats: stats(samples, words) });
      log(`engine: ${lang} ${words} words: digest ${stats(samples, words).median.digest.toFixed(1)} ms (median of ${n})`);
    }
    const rows = growth.filter((g) => g.lang === lang);
    const fit = (k: keyof StageTimes) =>
      slope(
        rows.map((r) => r.words),
        rows.map((r) => r.stats.median[k]),
      );
    exponent[lang] = { bullets: fit('bullets'), faq: fit('faq'), digest: fit('digest'), lead3: fit('lead3') };
  }
  const [a, b] = [GROWTH_WORDS[0], GROWTH_WORDS[GROWTH_WORDS.length - 1]];
  const nLogNExponent = Math.log((b * Math.log(b)) / (a * Math.log(a))) / Math.log(b / a);
  return { typical, growth, exponent, nLogNExponent };
}
