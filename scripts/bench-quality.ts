/**
 * npm run bench:quality [-- --limit N] [--out FILE]
 *
 * ROUGE of the embedded engine against Lead-k and plain TextRank on ../shared/data/summaries:
 * OrangeSum validation (fr, pages extracted from their HTML by our own extraction, the
 * journalist's abstract removed first) and FRANK's CNN/DailyMail articles (en). Prints a table
 * and writes sample digests next to their references for a person to read.
 */
import { mean, quantile } from './bench/eval/stats';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { extractArticle, articleFromText } from '../lib/extract/extract';
import { decodeHtml } from '../lib/extract/decode';
import { segmentArticle, splitSentences } from '../lib/text/segment';
import { embeddedEngine } from '../lib/engine/embedded';
import { textRank, leadK } from './bench/eval/baselines';
import { withoutAbstract, unglue } from './bench/eval/orangesum';
import { rouge, type RougeScores } from './bench/eval/rouge';
import { wordCount } from '../lib/text/tokens';
import type { Article, Digest } from '../lib/types';
import { dataDir } from './lib/data-dir';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(dataDir('bench:quality'), 'summaries');
const { values: flags } = parseArgs({ options: { limit: { type: 'string' }, out: { type: 'string', default: 'test-output/quality-samples.md' } } });
const limit = flags.limit ? Number(flags.limit) : Infinity;
if (!existsSync(DATA)) throw new Error(`${DATA} is missing: the benchmark reads ../shared/data in place`);

type System = 'lead-clean' | 'lead-own' | 'textrank' | 'engine' | 'lead-words' | 'engine-default' | 'lead-words-default';
const SYSTEMS: System[] = ['lead-clean', 'lead-own', 'textrank', 'engine', 'lead-words', 'engine-default', 'lead-words-default'];
const LABEL: Record<System, string> = {
  'lead-clean': 'Lead-{k}, clean text (to beat)',
  'lead-own': 'Lead-{k}, our extraction',
  textrank: 'TextRank (plain)',
  engine: 'engine, {k} lines',
  'lead-words': "Lead at the engine's words (to beat)",
  'engine-default': 'engine, default length',
  'lead-words-default': 'Lead at those words',
};

/** The lead cut at `words` words: Lead at equal length when the engine's lines are shorter than sentences. */
function leadWords(sentences: string[], words: number): string[] {
  const out: string[] = [];
  let left = words;
  for (const s of sentences) {
    if (left <= 0) break;
    const tokens = s.split(/\s+/u).filter(Boolean);
    out.push(tokens.slice(0, left).join(' '));
    left -= tokens.length;
  }
  return out;
}

interface Tally {
  /** Tuning half (even position in the list) and check half (odd), kept apart. */
  halves: Record<'tune' | 'check', { sums: Record<System, RougeScores>; n: number }>;
  sums: Record<System, RougeScores>;
  n: number;
  ms: number[];
  bulletWords: number[];
  bulletsPerDigest: number[];
  skipped: number;
  samples: string[];
}

const zero = () => Object.fromEntries(SYSTEMS.map((s) => [s, { r1: 0, r2: 0, rL: 0 }])) as Record<System, RougeScores>;
const tally = (): Tally => ({
  halves: { tune: { sums: zero(), n: 0 }, check: { sums: zero(), n: 0 } },
  sums: zero(),
  n: 0,
  ms: [],
  bulletWords: [],
  bulletsPerDigest: [],
  skipped: 0,
  samples: [],
});

function add(t: Tally, system: System, s: RougeScores) {
  const half = t.halves[t.n % 2 === 0 ? 'tune' : 'check'].sums;
  for (const sums of [t.sums, half]) {
    sums[system].r1 += s.r1;
    sums[system].r2 += s.r2;
    sums[system].rL += s.rL;
  }
}

function score(t: Tally, article: Article, cleanSentences: string[], reference: string[], k: number, label: string) {
  const sentences = segmentArticle(article.blocks, article.lang);
  if (sentences.length < k) {
    t.skipped++;
    return;
  }
  const own = sentences.map((s) => s.text);
  const t0 = performance.now();
  const atK = embeddedEngine.digest(article, sentences, { bullets: k }) as Digest;
  t.ms.push(performance.now() - t0);
  const byDefault = embeddedEngine.digest(article, sentences, {}) as Digest;
  add(t, 'lead-clean', rouge(leadK(cleanSentences, k), reference));
  add(t, 'lead-own', rouge(leadK(own, k), reference));
  add(
    t,
    'textrank',
    rouge(
      textRank(sentences, article.lang, k).map((i) => own[i]),
      reference,
    ),
  );
  add(
    t,
    'engine',
    rouge(
      atK.bullets.map((b) => b.text),
      reference,
    ),
  );
  const wordsOf = (d: Digest) => d.bullets.reduce((n, b) => n + b.text.split(/\s+/u).filter(Boolean).length, 0);
  add(t, 'lead-words', rouge(leadWords(cleanSentences, wordsOf(atK)), reference));
  add(
    t,
    'engine-default',
    rouge(
      byDefault.bullets.map((b) => b.text),
      reference,
    ),
  );
  add(t, 'lead-words-default', rouge(leadWords(cleanSentences, wordsOf(byDefault)), reference));
  t.halves[t.n % 2 === 0 ? 'tune' : 'check'].n++;
  for (const b of byDefault.bullets) t.bulletWords.push(wordCount(b.text, article.lang));
  t.bulletsPerDigest.push(byDefault.bullets.length);
  t.n++;
  if (t.samples.length < 10 && t.n % 7 === 1) {
    t.samples.push(
      [
        `### ${label}: ${article.title}`,
        '',
        '**Reference**',
        '',
        ...reference.map((r) => `> ${r}`),
        '',
        `**${byDefault.heading}** (engine, default length)`,
        '',
        ...byDefault.bullets.map((b) => `- ${b.text}`),
        '',
        '**Lead**',
        '',
        ...leadK(cleanSentences, k).map((s) => `- ${s}`),
        '',
      ].join('\n'),
    );
  }
}

function orangeSum(t: Tally) {
  const ids = readFileSync(resolve(DATA, 'orangesum/ids.txt'), 'utf8').split(/\s+/).filter(Boolean).slice(0, limit);
  for (const id of ids) {
    const parsed = JSON.parse(readFileSync(resolve(DATA, `orangesum/parsed/${id}.json`), 'utf8')) as { title: string; heading: string; article: string };
    const html = decodeHtml(gunzipSync(readFileSync(resolve(DATA, `orangesum/html/${id}.html.gz`))));
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url: `https://actu.orange.fr/${id}` });
    if (!r.ok) {
      t.skipped++;
      continue;
    }
    const article = withoutAbstract(r.value, parsed.heading, parsed.article);
    const clean = splitSentences(unglue(parsed.article), 'fr').map((s) => s.text);
    score(
      t,
      article,
      clean,
      splitSentences(parsed.heading, 'fr').map((s) => s.text),
      2,
      `OrangeSum ${id}`,
    );
  }
}

function cnnDm(t: Tally) {
  const rows = readFileSync(resolve(DATA, 'frank/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; dataset: string; article: string; reference_bullets: string[] })
    .filter((r) => r.dataset === 'cnndm')
    .slice(0, limit);
  for (const row of rows) {
    // The data has no title: the article is one paragraph under an empty one.
    const r = articleFromText(`-\n\n${row.article}`, { lang: 'en' });
    if (!r.ok) {
      t.skipped++;
      continue;
    }
    const article = { ...r.value, title: '' };
    const clean = splitSentences(row.article, 'en').map((s) => s.text);
    score(t, article, clean, row.reference_bullets, 3, `CNN/DM ${row.id}`);
  }
}

const median = (xs: number[]) => quantile(xs, 0.5);

function report(name: string, k: number, t: Tally): string {
  const rows = SYSTEMS.map((s) => {
    const v = t.sums[s];
    const f = (x: number) => ((100 * x) / Math.max(1, t.n)).toFixed(2).padStart(6);
    return `| ${LABEL[s].replace('{k}', String(k)).padEnd(30)} | ${f(v.r1)} | ${f(v.r2)} | ${f(v.rL)} |`;
  });
  const base = t.sums['lead-clean'];
  const eng = t.sums.engine;
  const verdict = (['r1', 'r2', 'rL'] as const)
    .map((m) => `${m} ${eng[m] >= base[m] ? '>=' : '<'} lead (${(((eng[m] - base[m]) / Math.max(1e-9, base[m])) * 100).toFixed(1)}%)`)
    .join(', ');
  const ratio = (h: { sums: Record<System, RougeScores> }, a: System, b: System) =>
    (['r1', 'r2', 'rL'] as const).map((m) => (h.sums[a][m] / Math.max(1e-9, h.sums[b][m])).toFixed(3)).join(' / ');
  const halves = (['tune', 'check'] as const).map(
    (h) =>
      `${h} half (${t.halves[h].n}): engine / Lead at equal words ${ratio(t.halves[h], 'engine', 'lead-words')}; default / Lead at its words ${ratio(t.halves[h], 'engine-default', 'lead-words-default')}; engine / Lead-${k} ${ratio(t.halves[h], 'engine', 'lead-clean')}`,
  );
  return [
    `## ${name}: ${t.n} articles (${t.skipped} skipped), k = ${k}`,
    '',
    '| system                         | ROUGE-1 | ROUGE-2 | ROUGE-L |',
    '|--------------------------------|--------|--------|--------|',
    ...rows,
    '',
    `engine vs clean Lead-${k}: ${verdict}`,
    ...halves,
    `default length: ${mean(t.bulletsPerDigest).toFixed(2)} bullets, ${mean(t.bulletWords).toFixed(1)} words per bullet (median ${median(t.bulletWords)}, ${((100 * t.bulletWords.filter((w) => w > 35).length) / Math.max(1, t.bulletWords.length)).toFixed(1)}% over 35); engine ${median(t.ms).toFixed(2)} ms per article (median), p95 ${quantile(t.ms, 0.95).toFixed(2)} ms`,
    '',
  ].join('\n');
}

function longArticle(): string {
  const rows = readFileSync(resolve(DATA, 'frank/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).article as string);
  let text = '';
  for (let i = 0; wordCount(text) < 50_000; i++) text += rows[i % rows.length] + '\n\n';
  const a = articleFromText(`A long read\n\n${text}`, { lang: 'en' });
  if (!a.ok) return 'long article: failed';
  const sentences = segmentArticle(a.value.blocks, 'en');
  const t0 = performance.now();
  embeddedEngine.digest(a.value, sentences, {});
  return `50,000-word article (${a.value.wordCount} words, ${sentences.length} sentences): ${(performance.now() - t0).toFixed(0)} ms`;
}

const fr = tally();
const en = tally();
const t0 = performance.now();
orangeSum(fr);
cnnDm(en);
const out = [
  report('OrangeSum validation (fr)', 2, fr),
  report('FRANK CNN/DailyMail (en)', 3, en),
  longArticle(),
  `total ${((performance.now() - t0) / 1000).toFixed(1)} s`,
].join('\n');
console.log(out);
const samplesPath = resolve(ROOT, flags.out!);
mkdirSync(dirname(samplesPath), { recursive: true });
writeFileSync(samplesPath, ['# Sample digests next to their references', '', out, '', ...fr.samples.slice(0, 5), ...en.samples.slice(0, 5)].join('\n'));
console.log(`samples: ${samplesPath}`);
