/**
 * npm run fixture:add -- <page.html | page.html.gz> <slug> [--url URL] [--force]
 *
 * Adds a page to the fixture corpus (tests/fixtures/<slug>/), as mozilla/readability's
 * test-pages do: the page itself (source.html.gz), a first expected.json for a person to check
 * against the page, and, for a page of the Scrapinghub or OrangeSum corpus, the corpus's own
 * text for it (reference.json), from which the draft's fragments are taken. It also adds the
 * page's row to tests/fixtures/NOTICE.md.
 *
 * The draft carries a "draft" line: tests/unit/fixtures.test.ts fails until someone has checked
 * every expectation against the page and deleted that line. Checks the extractor fails today
 * come out as knownIssues, each to be explained (or the extractor fixed).
 *
 * Only pages whose licence allows copying may be added: the Scrapinghub benchmark (MIT),
 * OrangeSum (CC BY-SA 4.0), or a page written for this project. DAnIEL (GPL-3.0) and FRANK
 * (CNN, Daily Mail and BBC articles) are refused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract';
import { wordCount } from '../lib/text/tokens';
import type { Article } from '../lib/types';
import { normalizeText, pageText } from '../testing/dom';
import { decodePage, fixtureChecks, fixturesDir, type FixtureExpectation, type FixtureFile, type KnownIssue } from '../testing/fixtures';
import type { Reference } from '../testing/pages';

const USAGE = 'usage: npm run fixture:add -- <page.html | page.html.gz> <slug> [--url URL] [--force]';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (flags.help || positionals.length !== 2) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}
const [pageArg, slug] = positionals;
const pageFile = resolve(pageArg);

function die(message: string): never {
  console.error(`fixture:add: ${message}`);
  process.exit(1);
}

if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(slug)) die(`the slug is lower-case words joined by hyphens, language first (e.g. fr-orange-botero), not "${slug}"`);
if (!existsSync(pageFile)) die(`${pageFile} does not exist`);
const dir = join(fixturesDir(), slug);
if (existsSync(dir) && !flags.force) die(`${relative(process.cwd(), dir)} exists (--force to replace it)`);

// ------------------------------------------------------------------ where the page comes from

interface Origin {
  /** NOTICE.md's source column. */
  source: string;
  licence: string;
  reference?: Reference;
}

function origin(file: string): Origin {
  const path = file.replaceAll('\\', '/');
  if (/\/extraction\/daniel\//.test(path) || /\/summaries\/frank\//.test(path)) {
    die(
      'DAnIEL (GPL-3.0) and FRANK (articles of CNN, the Daily Mail and the BBC) may not be copied into the repository: take a Scrapinghub or OrangeSum page, or write one.',
    );
  }
  const sh = /\/extraction\/scrapinghub\/html\/([0-9a-f]+)\.html(?:\.gz)?$/.exec(path);
  if (sh) {
    const truth = JSON.parse(readFileSync(join(dirname(file), '..', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
    const t = truth[sh[1]];
    return {
      source: `Scrapinghub article extraction benchmark, page ${sh[1].slice(0, 12)}…`,
      licence: 'MIT',
      reference: t ? { text: t.articleBody, url: t.url } : undefined,
    };
  }
  const os = /\/summaries\/orangesum\/html\/(\d+)\.html(?:\.gz)?$/.exec(path);
  if (os) {
    const parsedFile = join(dirname(file), '..', 'parsed', `${os[1]}.json`);
    const p = existsSync(parsedFile)
      ? (JSON.parse(readFileSync(parsedFile, 'utf8')) as { title: string; heading: string; article: string; date?: string })
      : undefined;
    return {
      source: `OrangeSum (Kamal Eddine, Tixier, Vazirgiannis 2020), validation page ${os[1]}`,
      licence: 'CC BY-SA 4.0',
      reference: p ? { title: p.title, heading: p.heading, text: p.article, date: p.date } : undefined,
    };
  }
  return { source: `${basename(file)}: say where it comes from`, licence: '? (MIT or CC BY-SA 4.0 only: fill in)' };
}

// ------------------------------------------------------------------ the draft

const raw = readFileSync(pageFile);
const bytes = pageFile.endsWith('.gz') ? gunzipSync(raw) : raw;
const html = decodePage(bytes);
const from = origin(pageFile);
const ref = from.reference;

const parsed = extractArticle(parseHTML(html).document as unknown as Document, { url: flags.url ?? ref?.url });
const url = flags.url ?? ref?.url ?? (parsed.ok ? (parsed.value.canonicalUrl ?? undefined) : undefined);
const result = url && parsed.ok && parsed.value.url !== url ? extractArticle(parseHTML(html).document as unknown as Document, { url }) : parsed;
const text = normalizeText(pageText(html));
const onPage = (s: string) => text.includes(normalizeText(s));

/** The first `n` words of `s`. */
const firstWords = (s: string, n: number) => normalizeText(s).split(' ').slice(0, n).join(' ');
/** Sentences of a reference: split where a sentence mark meets a capital (good enough for picking fragments). */
const sentencesOf = (s: string) =>
  s
    .split('\n')
    .flatMap((line) => normalizeText(line.replace(/([.!?»”"])(?=\p{Lu})/gu, '$1 ')).split(/(?<=[.!?。])\s+(?=[\p{Lu}\p{Lo}«“"])/u))
    .map((x) => x.trim())
    .filter((x) => x.split(' ').length >= 6 || /\p{Lo}{12}/u.test(x));

function expectationsFrom(a: Article | undefined): FixtureExpectation {
  const e: FixtureExpectation = {};
  const title = ref?.title ?? a?.title;
  if (title && onPage(title)) e.title = normalizeText(title);
  if (a) {
    e.lang = a.lang;
    if (a.siteName) e.siteName = a.siteName;
    if (a.byline) e.byline = a.byline;
    if (a.publishedTime) e.publishedTime = a.publishedTime;
  }
  const lang = a?.lang ?? 'en';
  const words = ref ? wordCount([ref.heading, ref.text].filter(Boolean).join(' '), lang) : (a?.wordCount ?? 0);
  if (words) Object.assign(e, { minWords: Math.floor(words * 0.9), maxWords: Math.ceil(words * 1.15) });
  // The lede: OrangeSum's abstract is printed as the first paragraph (the chapo counts as article text).
  const lede = ref ? (ref.heading ?? ref.text.split('\n')[0]) : a?.blocks.find((b) => b.kind !== 'heading')?.text;
  if (lede && onPage(firstWords(lede, 12))) e.firstParagraphStartsWith = firstWords(lede, 12);
  // Two fragments of the body: one from the middle, one from the last third.
  const body = sentencesOf(ref?.text ?? a?.text ?? '').filter(onPage);
  const picks = [...new Set([body[Math.floor(body.length / 2)], body[Math.floor((body.length * 5) / 6)]].filter(Boolean))];
  if (picks.length) e.contains = picks.map((s) => firstWords(s, 14));
  if (a) {
    const notContains = boilerplate(html, ref?.text ?? a.text);
    if (notContains.length) e.notContains = notContains;
    const headings = a.blocks.filter((b) => b.kind === 'heading' && (!ref || normalizeText(ref.text).includes(b.text))).map((b) => b.text);
    if (headings.length) e.headings = headings.slice(0, 3);
  }
  return e;
}

/** Up to two lines of page furniture next to the article: captions, credits, share and read-more lines. */
function boilerplate(page: string, articleText: string): string[] {
  const doc = parseHTML(page).document as unknown as Document;
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, nav, header, footer'))) el.remove();
  const inArticle = normalizeText(articleText);
  const furniture = /\b(share|read (also|more)|subscribe|newsletter|photo|credit|copyright|advert|related|lire aussi|à lire|abonnez|partager|publicité)\b|©/i;
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('figcaption, p, li, span, a, div'))) {
    if (el.children.length > 2) continue;
    const t = normalizeText(el.textContent ?? '');
    const n = t.split(' ').length;
    if (n < 2 || n > 12 || inArticle.includes(t) || found.some((f) => f.includes(t) || t.includes(f))) continue;
    if (el.tagName.toLowerCase() === 'figcaption' || furniture.test(t)) found.push(t);
    if (found.length === 2) break;
  }
  return found;
}

const article = result.ok ? result.value : undefined;
const file: FixtureFile = {
  source: './source.html.gz',
  ...(url ? { url } : {}),
  draft: 'fixture:add wrote these expectations from the corpus reference and the extractor: check each against the page, then delete this line',
  expected: result.ok ? expectationsFrom(article) : { failure: result.error.kind },
};

// Checks the extractor fails today: known issues, each to be explained by the person reviewing.
const knownIssues: KnownIssue[] = [];
if (article)
  for (const c of fixtureChecks(file)) {
    try {
      c.run(article);
    } catch (e) {
      knownIssues.push({
        check: c.id,
        why: `fixture:add: the extractor fails this today (${(e as Error).message.split('\n')[0]}); say why, or fix the extractor`,
      });
    }
  }
if (knownIssues.length) file.knownIssues = knownIssues;

mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html.gz'), pageFile.endsWith('.gz') ? raw : gzipSync(bytes, { level: 9 }));
writeFileSync(join(dir, 'expected.json'), JSON.stringify(file, null, 2) + '\n');
if (ref) writeFileSync(join(dir, 'reference.json'), JSON.stringify(ref, null, 2) + '\n');

const notice = join(fixturesDir(), 'NOTICE.md');
const row = `| \`${slug}\` | ${from.source}${url ? ` (${url})` : ''} | ${from.licence} |`;
if (!readFileSync(notice, 'utf8').includes(`| \`${slug}\` |`)) appendFileSync(notice, row + '\n');

const rel = (p: string) => relative(process.cwd(), p);
console.log(`${rel(join(dir, 'source.html.gz'))}: ${(raw.length / 1024).toFixed(0)} KB${ref ? `, with ${rel(join(dir, 'reference.json'))}` : ''}`);
console.log(
  `${rel(join(dir, 'expected.json'))}: a draft (${result.ok ? `${article!.wordCount} words, ${article!.lang}, by ${article!.extractedBy}` : `extraction fails: ${result.error.kind}`})`,
);
if (knownIssues.length) console.log(`  the extractor fails ${knownIssues.length} check(s) today: ${knownIssues.map((k) => k.check).join('; ')}`);
console.log(`${rel(notice)}: ${row}`);
console.log(`Next: check every expectation against the page, delete the "draft" line, then`);
console.log(`  npx vitest run --project unit tests/unit/fixtures.test.ts`);
