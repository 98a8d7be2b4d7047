/**
 * npm run bench:read -- [--seed N] [--pages M] [--out DIR] [--ids set/id,...]
 *
 * A reading panel: draws development pages at random with the seed (French first; English,
 * German, zh/ru/pl/el, another language, and pages that are not news), runs the extension's
 * own extraction and engine on each, and writes one sheet a page for a judge who follows
 * ../shared/READER-RUBRIC.md: the article's numbered sentences, then the digest. Prints the
 * automatic figures per language (bullet length, copied sentences, quotations without their
 * speaker, furniture, FAQ pairs and answer types) and writes them beside the sheets.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { articleFromText, extractArticle } from '../lib/extract/extract';
import { digestArticle } from '../lib/digest';
import type { Article, Digest, Sentence } from '../lib/types';
import { readHtml } from './bench/corpus';
import { dataDir } from './lib/data-dir';
import { drawPanel, loadPool, type PoolPage } from './read/pool';
import { answerTypeOk, furniture, lineWords, overlapWithBullets, quoteWithoutSpeaker } from './read/checks';
import { isTrimOf } from '../lib/engine/embedded/compress';

const { values: flags } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    pages: { type: 'string', default: '24' },
    out: { type: 'string' },
    ids: { type: 'string' },
  },
});
const DATA = dataDir('bench:read');
const seed = Number(flags.seed);
const pages = Number(flags.pages);
const OUT = resolve(flags.out ?? `test-output/read/seed-${seed}`);

interface Read {
  page: PoolPage & { group: string };
  article: Article;
  sentences: Sentence[];
  digest: Digest;
}

const articleCache = new Map<string, Article | undefined>();
function articleOf(p: PoolPage): Article | undefined {
  const key = `${p.set}/${p.id}`;
  if (articleCache.has(key)) return articleCache.get(key);
  let article: Article | undefined;
  if (p.text !== undefined) {
    const r = articleFromText(p.text, { lang: p.lang, url: p.url });
    article = r.ok ? r.value : undefined;
  } else {
    const r = extractArticle(parseHTML(readHtml(p.file!)).document as unknown as Document, { url: p.url });
    article = r.ok ? r.value : undefined;
  }
  articleCache.set(key, article);
  return article;
}

/** Enough text for a digest and an FAQ: a reader would expect both. */
const usable = (p: PoolPage) => {
  const a = articleOf(p);
  return !!a && a.wordCount >= 150;
};

const pool = loadPool(DATA);
const panel = flags.ids
  ? flags.ids.split(',').map((key) => {
      const p = pool.find((x) => `${x.set}/${x.id}`.startsWith(key));
      if (!p) throw new Error(`no page ${key}`);
      return { ...p, group: p.lang };
    })
  : drawPanel(pool, seed, pages, usable);

const reads: Read[] = panel.map((page) => {
  const article = articleOf(page)!;
  const { sentences, digest } = digestArticle(article);
  return { page, article, sentences, digest };
});

// ------------------------------------------------------------------ sheets

function sheet(r: Read, n: number): string {
  const { article, sentences, digest, page } = r;
  const out: string[] = [];
  out.push(`# Page ${n}: ${article.title}`, '');
  out.push(`- source: ${page.set}/${page.id} (${page.kind === 'news' ? 'news' : 'not a news story'})`);
  out.push(`- page language: ${page.lang}; digest language: ${digest.language}`);
  out.push(`- url: ${page.url}`);
  out.push(`- words: ${article.wordCount}`, '');
  out.push('## The article, sentence by sentence', '');
  out.push('Headings are shown as they are, without a number; sentences carry the number the digest cites.', '');
  let block = -1;
  const bySentenceBlock = new Map<number, Sentence[]>();
  for (const s of sentences) bySentenceBlock.set(s.block, [...(bySentenceBlock.get(s.block) ?? []), s]);
  article.blocks.forEach((b, i) => {
    if (b.kind === 'heading') {
      out.push('', `### ${b.text}`, '');
      return;
    }
    const ss = bySentenceBlock.get(i) ?? [];
    if (ss.length === 0) return;
    if (block >= 0) out.push('');
    block = i;
    for (const s of ss) out.push(`[${s.index}] ${s.text}`);
  });
  out.push('', '## The digest', '', `**${digest.heading}**`, '');
  for (const b of digest.bullets) out.push(`- ${b.text}  (from ${b.sources.join(', ')})`);
  if (digest.bullets.length === 0) out.push('(no bullets)');
  // The table, as the reader sees it (a Markdown table), or a line saying there is none.
  out.push('', '**Table**', '');
  if (!digest.table) out.push('(no table)');
  else {
    const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
    out.push(`${digest.table.caption} (${digest.table.kind})`, '', `| ${digest.table.columns.map(cell).join(' | ')} |`, '|---|---|');
    for (const r of digest.table.rows) out.push(`| ${cell(r.aspect)} | ${cell(r.text)} (from ${r.sources.join(', ')}) |`);
  }
  out.push('', '**FAQ**', '');
  if (digest.faq.length === 0) out.push('(no questions)');
  for (const q of digest.faq) {
    out.push(`Q: ${q.question}`);
    out.push(`A: ${q.answer}  (from ${q.sources.join(', ')})`, '');
  }
  return out.join('\n') + '\n';
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
reads.forEach((r, i) => writeFileSync(resolve(OUT, `${String(i + 1).padStart(2, '0')}-${r.page.lang}.md`), sheet(r, i + 1)));
writeFileSync(
  resolve(OUT, 'panel.json'),
  JSON.stringify(
    reads.map((r, i) => ({
      page: i + 1,
      source: `${r.page.set}/${r.page.id}`,
      lang: r.page.lang,
      group: r.page.group,
      kind: r.page.kind,
      title: r.article.title,
    })),
    null,
    1,
  ),
);

// ------------------------------------------------------------------ figures

interface Tally {
  pages: number;
  bullets: number;
  bulletWords: number[];
  copiedWhole: number;
  quoteNoSpeaker: number;
  furnitureSentences: number;
  pagesWithFurnitureSentence: number;
  furnitureInDigest: number;
  missingLead: number;
  pairs: number;
  pagesNoFaq: number;
  checked: number;
  typeFails: number;
  repeatsBullet: number;
  tables: number;
  rows: number;
  rowsGrounded: number;
}
const tally = (): Tally => ({
  pages: 0,
  bullets: 0,
  bulletWords: [],
  copiedWhole: 0,
  quoteNoSpeaker: 0,
  furnitureSentences: 0,
  pagesWithFurnitureSentence: 0,
  furnitureInDigest: 0,
  missingLead: 0,
  pairs: 0,
  pagesNoFaq: 0,
  checked: 0,
  typeFails: 0,
  repeatsBullet: 0,
  tables: 0,
  rows: 0,
  rowsGrounded: 0,
});
const groups = new Map<string, Tally>();
const worst: string[] = [];

for (const r of reads) {
  const lang = r.page.kind === 'news' ? r.page.lang : `${r.page.lang} (not news)`;
  const all = groups.get('all') ?? tally();
  const g = groups.get(lang) ?? tally();
  groups.set('all', all);
  groups.set(lang, g);
  const add = (f: (t: Tally) => void) => {
    f(all);
    f(g);
  };
  const { sentences, digest } = r;
  add((t) => t.pages++);
  const furn = sentences.filter((s) => furniture(s.text));
  add((t) => (t.furnitureSentences += furn.length));
  if (furn.length) add((t) => t.pagesWithFurnitureSentence++);
  for (const s of furn.slice(0, 2)) worst.push(`furniture sentence [${r.page.set}/${r.page.id.slice(0, 16)}] (${furniture(s.text)}): ${s.text.slice(0, 140)}`);
  const content = sentences
    .filter((s) => !furniture(s.text) && lineWords(s.text, r.page.lang) >= 5)
    .slice(0, 3)
    .map((s) => s.index);
  if (content.length && !digest.bullets.some((b) => b.sources.some((i) => content.includes(i)))) add((t) => t.missingLead++);
  for (const b of digest.bullets) {
    const n = lineWords(b.text, r.page.lang);
    add((t) => {
      t.bullets++;
      t.bulletWords.push(n);
    });
    const whole = b.sources
      .map((i) => sentences[i]?.text ?? '')
      .join(' ')
      .trim();
    if (b.text.trim() === whole) add((t) => t.copiedWhole++);
    if (quoteWithoutSpeaker(b.text)) {
      add((t) => t.quoteNoSpeaker++);
      worst.push(`quote without speaker [${r.page.set}/${r.page.id.slice(0, 16)}]: ${b.text.slice(0, 160)}`);
    }
    if (furniture(b.text)) {
      add((t) => t.furnitureInDigest++);
      worst.push(`furniture bullet [${r.page.set}/${r.page.id.slice(0, 16)}]: ${b.text.slice(0, 160)}`);
    }
  }
  if (digest.table) add((t) => t.tables++);
  for (const row of digest.table?.rows ?? []) {
    // Grounded: the row's text is a trim of its sentences (the embedded engine's rows always are).
    const grounded =
      row.sources.length > 0 && row.sources.every((i) => sentences[i]) && isTrimOf(row.text, row.sources.map((i) => sentences[i].text).join(' '));
    add((t) => {
      t.rows++;
      if (grounded) t.rowsGrounded++;
    });
    if (!grounded) worst.push(`table row not grounded [${r.page.set}/${r.page.id.slice(0, 16)}]: ${row.aspect} | ${row.text.slice(0, 140)}`);
  }
  add((t) => (t.pairs += digest.faq.length));
  if (digest.faq.length === 0) add((t) => t.pagesNoFaq++);
  const bulletTexts = digest.bullets.map((b) => b.text);
  for (const q of digest.faq) {
    const ok = answerTypeOk(q.question, q.answer);
    if (ok !== undefined) add((t) => t.checked++);
    if (ok === false) {
      add((t) => t.typeFails++);
      worst.push(`answer type [${r.page.set}/${r.page.id.slice(0, 16)}]: ${q.question} → ${q.answer.slice(0, 120)}`);
    }
    if (overlapWithBullets(q.answer, bulletTexts, r.page.lang) >= 0.7) add((t) => t.repeatsBullet++);
    if (furniture(q.answer)) {
      add((t) => t.furnitureInDigest++);
      worst.push(`furniture answer [${r.page.set}/${r.page.id.slice(0, 16)}]: ${q.answer.slice(0, 160)}`);
    }
  }
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '–');
const rows = [...groups.entries()].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
const table = [
  '| group | pages | bullets/page | bullet words (median) | over 35 | copied whole | quote w/o speaker | furniture sentences (pages) | furniture in digest | lead missed | FAQ pairs/page | pages w/o FAQ | answer type fails | repeats a bullet | tables (rows, grounded) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(([name, t]) =>
    [
      name,
      t.pages,
      (t.bullets / t.pages).toFixed(1),
      median(t.bulletWords),
      pct(t.bulletWords.filter((n) => n > 35).length, t.bullets),
      pct(t.copiedWhole, t.bullets),
      t.quoteNoSpeaker,
      `${t.furnitureSentences} (${t.pagesWithFurnitureSentence})`,
      t.furnitureInDigest,
      t.missingLead,
      (t.pairs / t.pages).toFixed(1),
      t.pagesNoFaq,
      `${t.typeFails}/${t.checked}`,
      t.repeatsBullet,
      `${t.tables} (${t.rows}, ${pct(t.rowsGrounded, t.rows)})`,
    ]
      .join(' | ')
      .replace(/^/, '| ')
      .replace(/$/, ' |'),
  ),
].join('\n');

const summary = [`# bench:read, seed ${seed}, ${reads.length} pages`, '', table, '', '## Lines the patterns flag', '', ...worst.map((w) => `- ${w}`), ''].join(
  '\n',
);
writeFileSync(resolve(OUT, 'summary.md'), summary);
console.log(summary);
console.log(`sheets: ${OUT}`);
