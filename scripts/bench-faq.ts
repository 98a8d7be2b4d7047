/**
 * npm run bench:faq [-- --limit N] [--out FILE] [--examples N] [--dump FILE]
 *
 * The FAQ of the embedded engine on real articles, read in place from ../shared/data (beside
 * the repository): OrangeSum validation pages (fr; the first --limit ids of orangesum/ids.txt,
 * 300 by default, extracted from their HTML as the extension would, chapo included), FRANK's
 * validation articles (en; CNN/DailyMail and BBC/XSum, plain text without a title) and the
 * English pages of the Scrapinghub extraction benchmark (extracted from their HTML).
 *
 * Per language and per source set: FAQ pairs per article, grounded answers, duplicate
 * questions, well-formed questions (scripts/bench/eval/faq-checks.ts), time, and the pairs by origin and
 * by what generated questions ask. Writes FAQs of 10 articles (5 fr, 5 en) for a person to read
 * (--out), and with --dump every article's FAQ, flagged the same way.
 *
 * Times: "digestArticle" is the whole digest (segmentation, scoring, bullets, FAQ), timed around
 * the call; "FAQ alone" is the engine's own stages on the same sentences (embeddedStages) less
 * its bullet stage (bulletStage), so the bench runs the engine's code, never a copy of it.
 */
import { mean, quantile } from './bench/eval/stats';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { articleFromText, extractArticle } from '../lib/extract/extract';
import { decodeHtml } from '../lib/extract/decode';
import { digestArticle } from '../lib/digest';
import { bulletStage, embeddedStages } from '../lib/engine/embedded';
import { danglingStart, duplicates, grounded, wellFormed } from './bench/eval/faq-checks';
import type { Article, FaqItem, Sentence } from '../lib/types';
import { dataDir } from './lib/data-dir';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = dataDir('bench:faq');
const { values: flags } = parseArgs({
  options: {
    limit: { type: 'string', default: '300' },
    out: { type: 'string', default: 'test-output/faq-samples.md' },
    examples: { type: 'string', default: '8' },
    dump: { type: 'string' },
  },
});
const LIMIT = Number(flags.limit);
const EXAMPLES = Number(flags.examples);
if (!Number.isFinite(LIMIT) || LIMIT < 1) throw new Error(`--limit N, not ${flags.limit}`);
if (!existsSync(DATA)) throw new Error(`${DATA} is missing: the benchmark reads ../shared/data in place, beside the repository`);

// ---------------------------------------------------------------- data

interface Source {
  set: string;
  id: string;
  article: Article;
}

function* orangeSum(skipped: Map<string, number>): Generator<Source> {
  const dir = resolve(DATA, 'summaries/orangesum');
  const ids = readFileSync(resolve(dir, 'ids.txt'), 'utf8').split(/\s+/).filter(Boolean).slice(0, LIMIT);
  for (const id of ids) {
    const html = decodeHtml(gunzipSync(readFileSync(resolve(dir, `html/${id}.html.gz`))));
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url: `https://actu.orange.fr/${id}` });
    if (!r.ok) {
      skipped.set('orangesum', (skipped.get('orangesum') ?? 0) + 1);
      continue;
    }
    yield { set: 'orangesum', id, article: r.value };
  }
}

function* frank(skipped: Map<string, number>): Generator<Source> {
  const rows = readFileSync(resolve(DATA, 'summaries/frank/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; dataset: string; article: string });
  for (const row of rows) {
    const set = `frank-${row.dataset}`;
    // The data has no title: the article is one paragraph under an empty one.
    // XSum's scrape glued its paragraphs ("community.Dr Venter"): the page had them apart.
    const text = row.dataset === 'xsum' ? row.article.replace(/([.!?"”’)])(?=[\p{Lu}“"‘])/gu, '$1\n\n') : row.article;
    const r = articleFromText(`-\n\n${text}`, { lang: 'en' });
    if (!r.ok) {
      skipped.set(set, (skipped.get(set) ?? 0) + 1);
      continue;
    }
    yield { set, id: row.id, article: { ...r.value, title: '' } };
  }
}

function* scrapinghub(skipped: Map<string, number>): Generator<Source> {
  const dir = resolve(DATA, 'extraction/scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  for (const id of Object.keys(truth).sort()) {
    const html = decodeHtml(gunzipSync(readFileSync(resolve(dir, 'html', `${id}.html.gz`))));
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url: truth[id].url });
    if (!r.ok) {
      skipped.set('scrapinghub', (skipped.get('scrapinghub') ?? 0) + 1);
      continue;
    }
    if (r.value.lang !== 'en') continue;
    yield { set: 'scrapinghub', id, article: r.value };
  }
}

// ---------------------------------------------------------------- one article

interface CheckedItem {
  item: FaqItem;
  grounded: boolean;
  groundedReason?: string;
  exact: boolean;
  duplicate?: string;
  formProblems: string[];
  /** Reading aid, not a grounding rule: the answer opens on a pronoun, a connector or mid-quote. */
  dangling?: string;
}

interface Result {
  set: string;
  id: string;
  lang: string;
  title: string;
  url: string;
  sentences: Sentence[];
  items: CheckedItem[];
  digestMs: number;
  faqMs: number;
}

/**
 * The FAQ's time: the engine's stages (bullets, FAQ, and the swaps between them) less the
 * bullet stage alone, both the engine's exported code. Never below zero (two timings' noise).
 */
function faqMs(article: Article, sentences: Sentence[]): number {
  let t0 = performance.now();
  embeddedStages(article, sentences);
  const all = performance.now() - t0;
  t0 = performance.now();
  bulletStage(article, sentences);
  return Math.max(0, all - (performance.now() - t0));
}

function run(src: Source): Result {
  const { article } = src;
  const t0 = performance.now();
  const { sentences, digest } = digestArticle(article);
  const digestMs = performance.now() - t0;
  const dups = duplicates(digest.faq, article.lang);
  const items = digest.faq.map((item, i): CheckedItem => {
    const g = grounded(item, sentences, article.lang);
    return {
      item,
      grounded: g.ok,
      groundedReason: g.reason,
      exact: !!g.exact,
      duplicate: dups.get(i),
      formProblems: wellFormed(item.question, article.lang).problems,
      dangling: danglingStart(item.answer, article.lang),
    };
  });
  return {
    set: src.set,
    id: src.id,
    lang: article.lang,
    title: article.title,
    url: article.url,
    sentences,
    items,
    digestMs,
    faqMs: faqMs(article, sentences),
  };
}

// ---------------------------------------------------------------- report

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const ORIGINS: FaqItem['origin'][] = ['page', 'article', 'heading', 'generated'];
const ASKS = ['what', 'why', 'who', 'when', 'figures', 'next'] as const;

interface Row {
  label: string;
  results: Result[];
}

function count<T>(xs: T[], key: (x: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
}

function table(rows: Row[]): string {
  const head = [
    'set',
    'articles',
    'pairs mean',
    'median',
    '>=4',
    '0 pairs',
    'grounded',
    'exact',
    'duplicate',
    'well-formed',
    'answer dangles',
    'digest ms med/p95',
    'FAQ ms med/p95',
    'digest total s',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const { label, results } of rows) {
    const per = results.map((r) => r.items.length);
    const items = results.flatMap((r) => r.items);
    const dms = results.map((r) => r.digestMs);
    const fms = results.map((r) => r.faqMs);
    lines.push(
      `| ${[
        label,
        results.length,
        mean(per).toFixed(2),
        quantile(per, 0.5),
        pct(per.filter((n) => n >= 4).length, per.length),
        pct(per.filter((n) => n === 0).length, per.length),
        pct(items.filter((i) => i.grounded).length, items.length),
        pct(items.filter((i) => i.exact).length, items.length),
        pct(items.filter((i) => i.duplicate).length, items.length),
        pct(items.filter((i) => i.formProblems.length === 0).length, items.length),
        pct(items.filter((i) => i.dangling).length, items.length),
        `${quantile(dms, 0.5).toFixed(2)} / ${quantile(dms, 0.95).toFixed(2)}`,
        `${quantile(fms, 0.5).toFixed(3)} / ${quantile(fms, 0.95).toFixed(3)}`,
        (dms.reduce((a, x) => a + x, 0) / 1000).toFixed(2),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function breakdown(rows: Row[]): string {
  const head = ['set', 'pairs', ...ORIGINS.map((o) => `${o} (grounded)`), ...ASKS.map((a) => `${a} (grounded)`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  for (const { label, results } of rows) {
    const items = results.flatMap((r) => r.items);
    const cell = (sel: CheckedItem[]) =>
      sel.length ? `${sel.length} ${pct(sel.length, items.length)} (${pct(sel.filter((i) => i.grounded).length, sel.length)})` : '0';
    lines.push(
      `| ${[
        label,
        items.length,
        ...ORIGINS.map((o) => cell(items.filter((i) => i.item.origin === o))),
        ...ASKS.map((a) => cell(items.filter((i) => i.item.origin === 'generated' && i.item.asks === a))),
      ].join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

function problems(label: string, results: Result[]): string {
  const items = results.flatMap((r) => r.items);
  const form = count(
    items.flatMap((i) => i.formProblems),
    (p) => p.replace(/^\d+ words$/, 'word count out of 3-25').replace(/^\d+ question marks$/, 'not exactly one "?"'),
  );
  const dup = count(
    items.filter((i) => i.duplicate),
    (i) =>
      i
        .duplicate!.replace(/ \(as question \d+\)$/, '')
        .replace(/ \d[\d, ]*$/, '')
        .replace(/\d+%$/, '>70%'),
  );
  const ungrounded = count(
    items.filter((i) => !i.grounded),
    (i) =>
      i
        .groundedReason!.replace(/\(.*\)/, '(…)')
        .replace(/"[^"]*"/, '"…"')
        .replace(/\d+ numbers?/, 'N numbers')
        .replace(/does not name .*/, 'does not name the person')
        .replace(/\d+ sentences/, 'N sentences')
        .replace(/source \d+/, 'source N'),
  );
  const fmt = (m: Map<string, number>) =>
    [...m].length
      ? [...m]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `${k}: ${v}`)
          .join('; ')
      : 'none';
  const dangling = count(
    items.filter((i) => i.dangling),
    (i) => i.dangling!.toLowerCase(),
  );
  return [
    `${label}: ill-formed: ${fmt(form)}`,
    `${label}: answers opening on: ${fmt(dangling)}`,
    `${label}: duplicates: ${fmt(dup)}`,
    `${label}: ungrounded: ${fmt(ungrounded)}`,
  ].join('\n');
}

const one = (s: string) => s.replace(/\s+/g, ' ').trim();
const short = (s: string, n = 220) => (one(s).length > n ? one(s).slice(0, n) + '…' : one(s));
const visible = (s: string) => s.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°');

function examples(label: string, results: Result[]): string {
  const out: string[] = [];
  const bad = results.flatMap((r) => r.items.filter((i) => !i.grounded).map((i) => ({ r, i })));
  out.push(`${label}: first ungrounded pairs (${bad.length} in all)`);
  for (const { r, i } of bad.slice(0, EXAMPLES)) {
    out.push(`  - [${r.set} ${r.id.slice(0, 12)}] ${i.item.origin}${i.item.asks ? '/' + i.item.asks : ''} Q: ${one(i.item.question)}`);
    out.push(`      A [${i.item.sources.join(',')}]: ${short(i.item.answer)}`);
    out.push(`      why: ${i.groundedReason}`);
  }
  const dup = results.flatMap((r) => r.items.filter((i) => i.duplicate).map((i) => ({ r, i })));
  out.push(`${label}: first duplicate questions (${dup.length} in all)`);
  for (const { r, i } of dup.slice(0, Math.ceil(EXAMPLES / 2))) out.push(`  - [${r.set} ${r.id.slice(0, 12)}] ${one(i.item.question)} — ${i.duplicate}`);
  const ill = results.flatMap((r) => r.items.filter((i) => i.formProblems.length).map((i) => ({ r, i })));
  out.push(`${label}: first ill-formed questions (${ill.length} in all; ⍽ = U+202F, ° = U+00A0)`);
  for (const { r, i } of ill.slice(0, Math.ceil(EXAMPLES / 2)))
    out.push(`  - [${r.set} ${r.id.slice(0, 12)}] ${visible(i.item.question)} — ${i.formProblems.join(', ')}`);
  return out.join('\n');
}

function sample(r: Result): string {
  const lines = [
    `## ${r.title ? one(r.title) : '(no title)'}`,
    '',
    `${r.set} \`${r.id}\` (${r.lang}, ${r.sentences.length} sentences${r.url ? `, ${r.url}` : ''})`,
    '',
  ];
  if (!r.items.length) lines.push('_No FAQ._', '');
  r.items.forEach((c, n) => {
    const flags = [
      c.grounded ? 'grounded' : `**not grounded**: ${c.groundedReason}`,
      c.duplicate ? `**duplicate**: ${c.duplicate}` : '',
      c.formProblems.length ? `**ill-formed**: ${c.formProblems.join(', ')}` : '',
      c.dangling ? `answer opens on "${c.dangling}"` : '',
    ].filter(Boolean);
    lines.push(
      `**Q${n + 1}. ${one(c.item.question)}**`,
      '',
      `> ${one(c.item.answer)}`,
      '',
      `_${c.item.origin}${c.item.asks ? ' / ' + c.item.asks : ''}; sources ${c.item.sources.join(', ')}; ${flags.join('; ')}_`,
      '',
    );
  });
  return lines.join('\n');
}

/** n results spread over the list, preferring articles with an FAQ. */
function spread(results: Result[], n: number): Result[] {
  const pool = results.filter((r) => r.items.length > 0);
  const from = pool.length >= n ? pool : results;
  if (from.length <= n) return from;
  return Array.from({ length: n }, (_, k) => from[Math.floor(((k + 0.5) * from.length) / n)]);
}

// ---------------------------------------------------------------- main

const skipped = new Map<string, number>();
const results: Result[] = [];
const t0 = performance.now();
for (const gen of [orangeSum(skipped), frank(skipped), scrapinghub(skipped)]) for (const src of gen) results.push(run(src));
const wall = (performance.now() - t0) / 1000;

const sets = [...new Set(results.map((r) => r.set))];
const rows: Row[] = [];
for (const lang of ['fr', 'en']) {
  const mine = results.filter((r) => r.lang === lang);
  rows.push({ label: `**${lang}, all**`, results: mine });
  for (const set of sets) {
    const sub = mine.filter((r) => r.set === set);
    if (sub.length) rows.push({ label: `${lang} ${set}`, results: sub });
  }
}
const other = results.filter((r) => r.lang !== 'fr' && r.lang !== 'en');
if (other.length) rows.push({ label: 'other languages', results: other });

const report = [
  `# FAQ benchmark`,
  '',
  `${results.length} articles (skipped, extraction failed: ${[...skipped].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}); ${wall.toFixed(1)} s in all.`,
  'grounded = answer from its sources and answering its question; exact = answer is its sentences word for word (not a trim); duplicate = repeats an earlier question of the same FAQ; answer dangles = opens on a pronoun, a connector or mid-quotation (a reading aid, not a grounding rule); shares of pairs.',
  '',
  table(rows),
  '',
  'Pairs by origin and by what generated questions ask: count, share of the pairs, (share grounded).',
  '',
  breakdown(rows),
  '',
  '```',
  ...['fr', 'en'].map((lang) =>
    problems(
      lang,
      results.filter((r) => r.lang === lang),
    ),
  ),
  '',
  ...['fr', 'en'].map((lang) =>
    examples(
      lang,
      results.filter((r) => r.lang === lang),
    ),
  ),
  '```',
].join('\n');
console.log(report);

const picked = [
  ...spread(
    results.filter((r) => r.lang === 'fr'),
    5,
  ),
  ...spread(
    results.filter((r) => r.set === 'frank-cnndm'),
    2,
  ),
  ...spread(
    results.filter((r) => r.set === 'frank-xsum'),
    1,
  ),
  ...spread(
    results.filter((r) => r.set === 'scrapinghub'),
    2,
  ),
];
const samplesPath = resolve(ROOT, flags.out!);
mkdirSync(dirname(samplesPath), { recursive: true });
writeFileSync(
  samplesPath,
  [
    '# FAQ samples',
    '',
    "Ten articles' FAQs (5 fr, 5 en) from `npm run bench:faq`, for a person to read. Sources are sentence indices (0-based) in the digest's segmentation.",
    '',
    ...picked.map(sample),
  ].join('\n'),
);
console.log(`\nsamples: ${samplesPath}`);
if (flags.dump) {
  const dumpPath = resolve(ROOT, flags.dump);
  mkdirSync(dirname(dumpPath), { recursive: true });
  writeFileSync(dumpPath, ['# Every FAQ of the run', '', ...results.map(sample)].join('\n'));
  console.log(`every FAQ: ${dumpPath}`);
}
