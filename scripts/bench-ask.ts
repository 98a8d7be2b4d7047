/**
 * npm run bench:ask [-- --lang fr,en] [--limit N] [--types] [--fails N] [--tune [--softmax]] [--threshold T]
 *
 * "Ask the article" (lib/qa) on the question-answering sets of the evaluation corpus, read in
 * place from ../shared/data/qa or $EN_BREF_DATA/qa: PIAF (fr) and XQuAD (en, de, es, el, ru,
 * zh), development halves, SQuAD format. An article's paragraphs, joined, are the document,
 * segmented with the engine's own segmentation (segmentArticle).
 *
 * Each language's articles are split in two by their position in the file (fixed): even ones
 * for tuning, odd ones to check. Weights and the refusal threshold (lib/qa/weights.ts) are
 * tuned on the tuning half only (--tune prints new ones; --softmax starts it from a listwise
 * fit); both halves are reported. --threshold tries another refusal threshold.
 *
 * Per language and half: hit@1 and hit@3 (a gold answer_start inside a returned answer's
 * sentences, answers as the reader gets them: lib/ask.ts asks with `pairs`), sent@1 (inside
 * the single best-ranked sentence), two (the share of best answers made of two sentences),
 * the share of answerable questions answered, the share refused of the same questions asked of another article of the
 * same language and half, and the refusal share at the threshold that answers 90% (as the
 * baseline's). Beside it, from the same run: plain BM25 over the sentences (Intl.Segmenter
 * words, lower-cased, no stemming, no stopwords). Milliseconds per question (median, p95),
 * and the time for a 2,000-word article (index built, then asked). Then, per language, the
 * reader's first question in a fresh process (a popup that has just opened: nothing stemmed,
 * indexed or compiled), medians over --cold-runs processes (5; 0 skips it): with nothing made
 * ahead, and after prepareAsk (as the ask field appears), with the next question (warm) beside
 * them; --cold-against DIR measures another checkout (e.g. main) in the same run. The answers
 * of every process must be the same.
 */
import { dataDir, missingDataLine } from './lib/data-dir';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { segmentArticle } from '../lib/text/segment';
import { answerAnalysed, analyseQuestion, type AnswerResult, type QuestionAnalysis } from '../lib/qa';
import { articleIndex } from '../lib/qa/article';
import { calibrated } from '../lib/qa/answer';
import { FEATURES, scoreSentences } from '../lib/qa/rank';
import { WEIGHTS, type Weights } from '../lib/qa/weights';
import { mean, quantile } from './bench/eval/stats';
import { wordCount } from '../lib/text/tokens';
import type { AnswerKind } from '../lib/qa';
import type { Block, Sentence } from '../lib/types';

const DATA = resolve(dataDir('bench:ask'), 'qa');
const LANGS = ['fr', 'en', 'de', 'es', 'el', 'ru', 'zh'];

const { values: flags } = parseArgs({
  options: {
    lang: { type: 'string' },
    limit: { type: 'string' },
    types: { type: 'boolean', default: false },
    fails: { type: 'string', default: '0' },
    tune: { type: 'boolean', default: false },
    softmax: { type: 'boolean', default: false },
    threshold: { type: 'string' },
    'cold-runs': { type: 'string', default: '5' },
    'cold-against': { type: 'string' },
  },
});

if (!existsSync(DATA)) {
  console.log(missingDataLine('bench:ask: skipped'));
  process.exit(0);
}
const langs = flags.lang ? flags.lang.split(',') : LANGS;
const LIMIT = flags.limit ? Number(flags.limit) : Infinity;
const FAILS = Number(flags.fails);

// ---------------------------------------------------------------- data

interface Question {
  text: string;
  /** Indices of the sentences holding a gold answer start. */
  gold: Set<number>;
}
interface Doc {
  title: string;
  sentences: Sentence[];
  questions: Question[];
  words: number;
}
type Half = 'tune' | 'check';

interface Squad {
  data: Array<{ title: string; paragraphs: Array<{ context: string; qas: Array<{ question: string; answers: Array<{ answer_start: number }> }> }> }>;
}

/** The sentence holding a character of a block, or the last one starting before it. */
function sentenceAt(sentences: Sentence[], block: number, offset: number): number | undefined {
  let found: number | undefined;
  for (const s of sentences) {
    if (s.block !== block) continue;
    if (s.start <= offset && offset < s.end) return s.index;
    if (s.start <= offset) found = s.index;
  }
  return found;
}

function load(lang: string): Record<Half, Doc[]> {
  const squad = JSON.parse(readFileSync(resolve(DATA, `${lang}.json`), 'utf8')) as Squad;
  const halves: Record<Half, Doc[]> = { tune: [], check: [] };
  squad.data.forEach((article, a) => {
    const blocks: Block[] = article.paragraphs.map((p) => ({ kind: 'paragraph', text: p.context }));
    const sentences = segmentArticle(blocks, lang);
    const questions: Question[] = [];
    article.paragraphs.forEach((p, b) => {
      for (const qa of p.qas) {
        const gold = new Set<number>();
        for (const ans of qa.answers) {
          const s = sentenceAt(sentences, b, ans.answer_start);
          if (s !== undefined) gold.add(s);
        }
        if (gold.size) questions.push({ text: qa.question, gold });
      }
    });
    const words = blocks.reduce((n, b) => n + (b.text.match(/\S+/gu) ?? []).length, 0);
    halves[a % 2 === 0 ? 'tune' : 'check'].push({ title: article.title, sentences, questions, words });
  });
  return halves;
}

// ---------------------------------------------------------------- plain BM25

const wordSegmenters = new Map<string, Intl.Segmenter>();
function plainWords(text: string, lang: string): string[] {
  let seg = wordSegmenters.get(lang);
  if (!seg) wordSegmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  const out: string[] = [];
  for (const s of seg.segment(text.toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

const plainIndexes = new WeakMap<Sentence[], { words: string[][]; df: Map<string, number>; avg: number }>();
function plainBm25(question: string, sentences: Sentence[], lang: string): number[] {
  let index = plainIndexes.get(sentences);
  if (!index) {
    const words = sentences.map((s) => plainWords(s.text, lang));
    const df = new Map<string, number>();
    for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
    index = { words, df, avg: mean(words.map((w) => w.length)) || 1 };
    plainIndexes.set(sentences, index);
  }
  const { words, df, avg } = index;
  const n = sentences.length;
  const q = new Set(plainWords(question, lang));
  return words.map((ws) => {
    const tf = new Map<string, number>();
    for (const w of ws) if (q.has(w)) tf.set(w, (tf.get(w) ?? 0) + 1);
    let s = 0;
    for (const [w, f] of tf) {
      const d = df.get(w) ?? 0;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      s += (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * ws.length) / avg));
    }
    return s;
  });
}

const topK = (scores: number[], k: number) =>
  scores
    .map((s, i) => [s, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);

// ---------------------------------------------------------------- runs

interface Row {
  lang: string;
  half: Half;
  type: string;
  hit1: boolean;
  hit3: boolean;
  /** The best answer is two sentences. */
  two: boolean;
  sent1: boolean;
  answered: boolean;
  confidence: number;
  /** The same question asked of another article. */
  otherConfidence: number;
  otherRefused: boolean;
  ms: number;
  bmHit1: boolean;
  bmHit3: boolean;
  bmTop: number;
  bmOtherTop: number;
  question: string;
  result: AnswerResult;
  doc: Doc;
  gold: Set<number>;
}

function run(lang: string, half: Half, docs: Doc[], weights: Weights): Row[] {
  const rows: Row[] = [];
  let budget = LIMIT;
  docs.forEach((doc, d) => {
    const other = docs[(d + 1) % docs.length];
    for (const q of doc.questions) {
      if (budget-- <= 0) return;
      const t0 = performance.now();
      const analysis = analyseQuestion(q.text, lang);
      const result = answerAnalysed(analysis, doc.sentences, { threshold: weights.threshold, weights, pairs: true });
      const ms = performance.now() - t0;
      const shown = result.answered ? result.answers : result.closest ? [result.closest] : [];
      const all = result.answered ? result.answers : [];
      const ranked = answerAnalysed(analysis, doc.sentences, { threshold: -1, weights, alternatives: 'all', pairs: true });
      const hit = (sources: number[]) => sources.some((i) => q.gold.has(i));
      const top = scoreSentences(analysis, articleIndex(doc.sentences, lang), weights).sort((a, b) => b.score - a.score)[0];
      const otherResult = answerAnalysed(analysis, other.sentences, { threshold: weights.threshold, weights });
      const bm = plainBm25(q.text, doc.sentences, lang);
      const bmTop = topK(bm, 3);
      void shown;
      void all;
      rows.push({
        lang,
        half,
        type: analysis.type,
        hit1: !!ranked.answers[0] && hit(ranked.answers[0].sources),
        two: (ranked.answers[0]?.sources.length ?? 0) > 1,
        hit3: ranked.answers.slice(0, 3).some((a) => hit(a.sources)),
        sent1: !!top && q.gold.has(top.index),
        answered: result.answered,
        confidence: result.confidence,
        otherConfidence: otherResult.confidence,
        otherRefused: !otherResult.answered,
        ms,
        bmHit1: q.gold.has(bmTop[0]),
        bmHit3: bmTop.some((i) => q.gold.has(i)),
        bmTop: bm[bmTop[0]],
        bmOtherTop: Math.max(0, ...plainBm25(q.text, other.sentences, lang)),
        question: q.text,
        result: ranked,
        doc,
        gold: q.gold,
      });
    }
  });
  return rows;
}

/** Share of `other` below the threshold that keeps 90% of `own` at or above it. */
function refusedAt90(own: number[], other: number[]): number {
  const t = quantile(own, 0.1);
  return mean(other.map((x) => (x < t ? 1 : 0)));
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : ' -  ');
const share = (rows: Row[], f: (r: Row) => boolean) => mean(rows.map((r) => (f(r) ? 1 : 0)));

function summary(rows: Row[]) {
  return {
    n: rows.length,
    hit1: share(rows, (r) => r.hit1),
    hit3: share(rows, (r) => r.hit3),
    sent1: share(rows, (r) => r.sent1),
    two: share(rows, (r) => r.two),
    answered: share(rows, (r) => r.answered),
    refused: share(rows, (r) => r.otherRefused),
    refused90: refusedAt90(
      rows.map((r) => r.confidence),
      rows.map((r) => r.otherConfidence),
    ),
    ms: quantile(
      rows.map((r) => r.ms),
      0.5,
    ),
    p95: quantile(
      rows.map((r) => r.ms),
      0.95,
    ),
    bmHit1: share(rows, (r) => r.bmHit1),
    bmHit3: share(rows, (r) => r.bmHit3),
    bmRefused90: refusedAt90(
      rows.map((r) => r.bmTop),
      rows.map((r) => r.bmOtherTop),
    ),
  };
}

function printTable(rows: Row[]) {
  console.log('lang half  |    n | hit@1 hit@3 sent@1 two | answered refused refused@90 | ms med  p95 || BM25 hit@1 hit@3 refused@90');
  for (const half of ['tune', 'check'] as const) {
    const perLang: Array<ReturnType<typeof summary>> = [];
    for (const lang of langs) {
      const rs = rows.filter((r) => r.lang === lang && r.half === half);
      if (!rs.length) continue;
      const s = summary(rs);
      perLang.push(s);
      console.log(
        `${lang.padEnd(4)} ${half.padEnd(5)} | ${String(s.n).padStart(4)} | ${pct(s.hit1)}  ${pct(s.hit3)}  ${pct(s.sent1)}  ${pct(s.two)} |   ${pct(s.answered)}    ${pct(s.refused)}      ${pct(s.refused90)}    | ${s.ms.toFixed(2).padStart(5)} ${s.p95.toFixed(1).padStart(4)} ||       ${pct(s.bmHit1)}  ${pct(s.bmHit3)}       ${pct(s.bmRefused90)}`,
      );
    }
    if (perLang.length > 1) {
      const avg = (k: keyof ReturnType<typeof summary>) => mean(perLang.map((s) => s[k] as number));
      console.log(
        `mean ${half.padEnd(5)} | ${String(perLang.reduce((n, s) => n + s.n, 0)).padStart(4)} | ${pct(avg('hit1'))}  ${pct(avg('hit3'))}  ${pct(avg('sent1'))}  ${pct(avg('two'))} |   ${pct(avg('answered'))}    ${pct(avg('refused'))}      ${pct(avg('refused90'))}    | ${avg('ms').toFixed(2).padStart(5)} ${avg('p95').toFixed(1).padStart(4)} ||       ${pct(avg('bmHit1'))}  ${pct(avg('bmHit3'))}       ${pct(avg('bmRefused90'))}`,
      );
    }
  }
}

function printTypes(rows: Row[]) {
  console.log('\nper question type (both halves): n, hit@1, hit@1 of plain BM25, answered, refused');
  for (const lang of langs) {
    const rs = rows.filter((r) => r.lang === lang);
    const types = [...new Set(rs.map((r) => r.type))].sort();
    const cells = types.map((t) => {
      const x = rs.filter((r) => r.type === t);
      return `${t} ${x.length} ${pct(share(x, (r) => r.hit1))}/${pct(share(x, (r) => r.bmHit1))} a${pct(share(x, (r) => r.answered))} r${pct(share(x, (r) => r.otherRefused))}`;
    });
    console.log(`${lang}: ${cells.join(' | ')}`);
  }
}

function printFails(rows: Row[], n: number) {
  const fails = rows.filter((r) => !r.hit1);
  console.log(`\n${n} failures of ${fails.length}:`);
  for (const r of fails.slice(0, n)) {
    const a = r.result.answers[0];
    console.log(`- [${r.lang} ${r.type} ${r.result.analysis.expects}] ${r.question}  focus=${r.result.analysis.focus.join(',')}`);
    console.log(`    got  [${a?.sources.join(',')}] ${a ? r.doc.sentences[a.sources[0]].text.slice(0, 220) : '(none)'}`);
    const g = [...r.gold][0];
    console.log(`    gold [${g}] ${r.doc.sentences[g].text.slice(0, 220)}`);
  }
}

// ---------------------------------------------------------------- tuning

interface Example {
  lang: string;
  kind: AnswerKind;
  /** Features of every sentence. */
  features: number[][];
  gold: Set<number>;
  /** Features of the top sentence in another article (recomputed per weights: kept per sentence). */
  otherFeatures: number[][];
}

function examples(lang: string, docs: Doc[]): Example[] {
  const out: Example[] = [];
  docs.forEach((doc, d) => {
    const other = docs[(d + 1) % docs.length];
    for (const q of doc.questions) {
      const analysis: QuestionAnalysis = analyseQuestion(q.text, lang);
      if (!analysis.focus.length) continue;
      const features = scoreSentences(analysis, articleIndex(doc.sentences, lang)).map((s) => s.features);
      const otherFeatures = scoreSentences(analysis, articleIndex(other.sentences, lang)).map((s) => s.features);
      out.push({ lang, kind: analysis.expects, features, gold: q.gold, otherFeatures });
    }
  });
  return out;
}

function score(f: number[], kind: AnswerKind, w: Weights): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w.base[k] * f[k];
  return s + (w.type[kind] ?? 0) * f[4];
}

const argmax = (fs: number[][], kind: AnswerKind, w: Weights) => {
  let best = -1;
  let bestScore = -Infinity;
  fs.forEach((f, i) => {
    if (!(f[1] > 0 || f[3] > 0)) return;
    const s = score(f, kind, w);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  });
  return best;
};

/** Mean over languages of the share of questions whose best sentence holds the answer. */
function objective(exs: Example[], w: Weights): number {
  const byLang = new Map<string, number[]>();
  for (const e of exs) {
    const i = argmax(e.features, e.kind, w);
    let list = byLang.get(e.lang);
    if (!list) byLang.set(e.lang, (list = []));
    list.push(e.gold.has(i) ? 1 : 0);
  }
  return mean([...byLang.values()].map(mean));
}

/**
 * Listwise training first (softmax over each question's sentences, the gold ones as target,
 * gradient descent with Adam), then coordinate ascent on hit@1 itself from there.
 */
function softmaxFit(exs: Example[], w: Weights): void {
  const kinds = Object.keys(w.type) as AnswerKind[];
  const nb = FEATURES.length;
  const params = [...w.base, ...kinds.map((k) => w.type[k] ?? 0)];
  const m = params.map(() => 0);
  const v = params.map(() => 0);
  const lr = 0.05;
  for (let epoch = 1; epoch <= 150; epoch++) {
    const grad = params.map(() => 0);
    let loss = 0;
    for (const e of exs) {
      const kk = kinds.indexOf(e.kind);
      const cand = e.features.map((f, i) => [f, i] as const).filter(([f]) => f[1] > 0 || f[3] > 0);
      if (!cand.some(([, i]) => e.gold.has(i))) continue;
      const scores = cand.map(([f]) => {
        let z = 0;
        for (let k = 0; k < nb; k++) z += params[k] * f[k];
        return z + (kk >= 0 ? params[nb + kk] * f[4] : 0);
      });
      const max = Math.max(...scores);
      const exp = scores.map((z) => Math.exp(z - max));
      const sum = exp.reduce((a, x) => a + x, 0);
      const goldSum = cand.reduce((a, [, i], j) => a + (e.gold.has(i) ? exp[j] : 0), 0);
      loss -= Math.log(goldSum / sum);
      cand.forEach(([f, i], j) => {
        // d(-log p_gold)/dz_j = p_j - (gold ? exp_j/goldSum : 0)
        const d = exp[j] / sum - (e.gold.has(i) ? exp[j] / goldSum : 0);
        for (let k = 0; k < nb; k++) grad[k] += d * f[k];
        if (kk >= 0) grad[nb + kk] += d * f[4];
      });
    }
    params.forEach((_, k) => {
      const g = grad[k] / exs.length;
      m[k] = 0.9 * m[k] + 0.1 * g;
      v[k] = 0.999 * v[k] + 0.001 * g * g;
      params[k] -= (lr * (m[k] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[k] / (1 - 0.999 ** epoch)) + 1e-8);
    });
    if (epoch % 50 === 0) console.log(`  softmax epoch ${epoch}: loss ${(loss / exs.length).toFixed(4)}`);
  }
  w.base = params.slice(0, nb);
  kinds.forEach((k, j) => (w.type[k] = params[nb + j]));
}

function tune(exs: Example[]): Weights {
  const w: Weights = structuredClone(WEIGHTS);
  console.log(`tuning on ${exs.length} questions; start ${objective(exs, w).toFixed(4)}`);
  if (flags.softmax) {
    softmaxFit(exs, w);
    console.log(`after softmax ${objective(exs, w).toFixed(4)}`);
  }
  let best = objective(exs, w);
  const steps = [-0.5, -0.2, -0.1, -0.05, 0.05, 0.1, 0.2, 0.5, 1];
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    const params: Array<[get: () => number, set: (x: number) => void, name: string]> = [
      ...FEATURES.map((name, k) => [() => w.base[k], (x: number) => (w.base[k] = x), name] as [() => number, (x: number) => void, string]),
      ...(Object.keys(w.type) as AnswerKind[]).map(
        (kind) => [() => w.type[kind] ?? 0, (x: number) => (w.type[kind] = x), `type:${kind}`] as [() => number, (x: number) => void, string],
      ),
    ];
    for (const [get, set, name] of params) {
      const start = get();
      let bestX = start;
      for (const d of steps) {
        set(start + d);
        const o = objective(exs, w);
        if (o > best + 1e-6) {
          best = o;
          bestX = start + d;
          improved = true;
        }
      }
      set(bestX);
      if (bestX !== start) console.log(`  pass ${pass} ${name}: ${start.toFixed(2)} -> ${bestX.toFixed(2)}  ${best.toFixed(4)}`);
    }
    if (!improved) break;
  }
  w.base = w.base.map((x) => Math.round(x * 100) / 100);
  for (const k of Object.keys(w.type) as AnswerKind[]) w.type[k] = Math.round((w.type[k] ?? 0) * 100) / 100;
  // Calibration: logistic regression of "asked of its own article" against "asked of another" on the best sentence's signals.
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const e of exs) {
    const own = argmax(e.features, e.kind, w);
    const oth = argmax(e.otherFeatures, e.kind, w);
    xs.push(own >= 0 ? e.features[own] : FEATURES.map(() => 0));
    ys.push(1);
    xs.push(oth >= 0 ? e.otherFeatures[oth] : FEATURES.map(() => 0));
    ys.push(0);
  }
  const cw = FEATURES.map(() => 0);
  let cb = 0;
  const rate = 0.5;
  for (let it = 0; it < 3000; it++) {
    const g = FEATURES.map(() => 0);
    let gb = 0;
    xs.forEach((x, k) => {
      let z = cb;
      for (let j = 0; j < x.length; j++) z += cw[j] * x[j];
      const err = 1 / (1 + Math.exp(-z)) - ys[k];
      for (let j = 0; j < x.length; j++) g[j] += err * x[j];
      gb += err;
    });
    for (let j = 0; j < cw.length; j++) cw[j] -= (rate * g[j]) / xs.length;
    cb -= (rate * gb) / xs.length;
  }
  w.calibration = { w: cw.map((x) => Math.round(x * 100) / 100), b: Math.round(cb * 100) / 100 };
  // Threshold: the middle of the range where every language of the tuning half answers 90% of
  // its questions and refuses 90% of the others (the most room on both sides for unseen
  // questions); without such a range, the one that keeps the worst language's lower share highest.
  const langsOf = exs.flatMap((e) => [e.lang, e.lang]);
  const conf = xs.map((x) => calibrated(x, w));
  const perLang = [...new Set(langsOf)];
  const worstAt = (t: number) =>
    Math.min(
      ...perLang.map((lang) => {
        const own = conf.filter((_, k) => langsOf[k] === lang && ys[k] === 1);
        const other = conf.filter((_, k) => langsOf[k] === lang && ys[k] === 0);
        return Math.min(mean(own.map((c) => (c >= t ? 1 : 0))), mean(other.map((c) => (c < t ? 1 : 0))));
      }),
    );
  const grid = Array.from({ length: 121 }, (_, i) => 0.3 + i * 0.005);
  const feasible = grid.filter((t) => worstAt(t) >= 0.9);
  const bestT = feasible.length ? (feasible[0] + feasible[feasible.length - 1]) / 2 : grid.reduce((a, t) => (worstAt(t) > worstAt(a) ? t : a), grid[0]);
  const bestMin = worstAt(bestT);
  w.threshold = Math.round(bestT * 1000) / 1000;
  const own = conf.filter((_, k) => ys[k] === 1);
  const other = conf.filter((_, k) => ys[k] === 0);
  console.log(
    `objective ${best.toFixed(4)}; threshold ${w.threshold} (worst language ${pct(bestMin)}): answered ${pct(mean(own.map((c) => (c >= w.threshold ? 1 : 0))))}, refused ${pct(mean(other.map((c) => (c < w.threshold ? 1 : 0))))}`,
  );
  return w;
}

// ---------------------------------------------------------------- main

const t0 = performance.now();
const data = new Map(langs.map((lang) => [lang, load(lang)]));
console.log(
  `bench:ask — data ${DATA}; ${langs.join(', ')}; loaded and segmented in ${Math.round(performance.now() - t0)} ms${LIMIT < Infinity ? `; at most ${LIMIT} questions per language and half` : ''}`,
);

let weights: Weights = flags.threshold === undefined ? WEIGHTS : { ...WEIGHTS, threshold: Number(flags.threshold) };
if (flags.tune) {
  const exs = langs.flatMap((lang) => examples(lang, data.get(lang)!.tune));
  weights = tune(exs);
  console.log('\nweights (lib/qa/weights.ts):\n' + JSON.stringify(weights));
}

const rows: Row[] = [];
for (const lang of langs) for (const half of ['tune', 'check'] as const) rows.push(...run(lang, half, data.get(lang)![half], weights));
console.log('');
printTable(rows);
if (flags.types) printTypes(rows);
if (FAILS > 0)
  printFails(
    rows.filter((r) => r.half === 'tune'),
    FAILS,
  );

// A 2,000-word article: articles of one language joined until they make 2,000 words.
const lang = langs.includes('en') ? 'en' : langs[0];
const docs = [...data.get(lang)!.tune, ...data.get(lang)!.check];
const blocks: Block[] = [];
let words = 0;
for (const d of docs) {
  for (const s of d.sentences) {
    blocks.push({ kind: 'paragraph', text: s.text });
    words += wordCount(s.text, lang);
    if (words >= 2000) break;
  }
  if (words >= 2000) break;
}
const big = segmentArticle(blocks, lang);
const question = docs[0].questions[0].text;
const times: number[] = [];
const warm: number[] = [];
for (let k = 0; k < 7; k++) {
  const copy = big.map((s) => ({ ...s }));
  const t = performance.now();
  answerAnalysed(analyseQuestion(question, lang), copy, { weights });
  times.push(performance.now() - t);
  const t2 = performance.now();
  answerAnalysed(analyseQuestion(docs[1].questions[0]?.text ?? question, lang), copy, { weights });
  warm.push(performance.now() - t2);
}
console.log(
  `\n2,000-word article (${lang}, ${words} words, ${big.length} sentences): the first question (index built) median ${quantile(times, 0.5).toFixed(1)} ms, the next ones ${quantile(warm, 0.5).toFixed(1)} ms, over ${times.length} runs (the machine is shared: noisy)`,
);

// ---------------------------------------------------------------- the first question, cold

/** A language's articles joined until they make 2,000 words, as the digest's sentences. */
function article2000(lang: string): { sentences: Sentence[]; questions: string[]; words: number } {
  const docs = [...data.get(lang)!.tune, ...data.get(lang)!.check];
  const blocks: Block[] = [];
  const questions: string[] = [];
  let words = 0;
  for (const d of docs) {
    questions.push(...d.questions.slice(0, 2).map((q) => q.text));
    for (const s of d.sentences) {
      blocks.push({ kind: 'paragraph', text: s.text });
      words += wordCount(s.text, lang);
      if (words >= 2000) break;
    }
    if (words >= 2000) break;
  }
  return { sentences: segmentArticle(blocks, lang), questions, words };
}

const COLD_RUNS = Number(flags['cold-runs']);
if (COLD_RUNS > 0) {
  const dir = mkdtempSync(resolve(tmpdir(), 'bench-ask-'));
  const child = resolve(import.meta.dirname, 'bench/ask-cold.ts');
  const here = resolve(import.meta.dirname, '..');
  const against = flags['cold-against'] ? resolve(flags['cold-against']) : undefined;
  const once = (root: string, input: string, prepare: boolean) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, root, input, ...(prepare ? ['--prepare'] : [])], { encoding: 'utf8', cwd: here });
    if (r.status !== 0) throw new Error(`ask-cold failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as { first: number; second: number; prepare?: number; answers: unknown };
  };
  const med = (xs: number[]) => quantile(xs, 0.5).toFixed(1).padStart(5);
  console.log(`\nthe first question of a 2,000-word article in a fresh process, ms, medians over ${COLD_RUNS} processes (the machine is shared: noisy)`);
  console.log(`lang words | ${against ? 'against: first  next | ' : ''}cold: first  next | prepared: prepare first  next | answers`);
  for (const lang of langs) {
    const { sentences, questions, words } = article2000(lang);
    const input = resolve(dir, `${lang}.json`);
    writeFileSync(input, JSON.stringify({ lang, sentences, questions: questions.slice(0, 2) }));
    const runs: Record<'against' | 'cold' | 'prepared', Array<ReturnType<typeof once>>> = { against: [], cold: [], prepared: [] };
    // Interleaved, so that the machine's load weighs on each the same.
    for (let k = 0; k < COLD_RUNS; k++) {
      if (against) runs.against.push(once(against, input, false));
      runs.cold.push(once(here, input, false));
      runs.prepared.push(once(here, input, true));
    }
    const all = [...runs.against, ...runs.cold, ...runs.prepared].map((r) => JSON.stringify(r.answers));
    const same = all.every((a) => a === all[0]);
    const col = (rs: Array<ReturnType<typeof once>>) => `${med(rs.map((r) => r.first))} ${med(rs.map((r) => r.second))}`;
    console.log(
      `${lang.padEnd(4)} ${String(words).padStart(5)} | ${against ? `       ${col(runs.against)} | ` : ''}     ${col(runs.cold)} |        ${med(runs.prepared.map((r) => r.prepare!))} ${col(runs.prepared)} | ${same ? 'same' : 'DIFFER'}`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
}
