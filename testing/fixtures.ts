/**
 * The fixture corpus, after mozilla/readability's test-pages: one folder per page, every page
 * in the repository (real pages from the corpora whose licence allows it, and pages written
 * for this project; tests/fixtures/NOTICE.md names each one's source and licence).
 *
 * Layout:
 *   tests/fixtures/<slug>/source.html.gz   the real page, gzipped (source.html: a page we wrote)
 *   tests/fixtures/<slug>/expected.json    what a careful reader finds on the page
 *   tests/fixtures/<slug>/reference.json   the corpus's own text for it, when it has one
 *
 * `npm run fixture:add -- <page> <slug>` adds a case (scripts/fixture-add.ts). The checks an
 * expected.json asks for are `fixtureChecks` below, run by tests/unit/fixtures.test.ts.
 * Other tests read pages through testing/pages.ts.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { FailureKind } from '../lib/errors';
import { decodeHtml } from '../lib/extract/decode';
import type { Article } from '../lib/types';
import { normalizeText } from './dom';

export type DomName = 'linkedom' | 'jsdom';

export interface FixtureExpectation {
  /** The headline as printed on the page. */
  title?: string;
  /** BCP 47 primary subtag. */
  lang?: string;
  siteName?: string;
  byline?: string;
  /** ISO 8601; compared as an instant. */
  publishedTime?: string;
  minWords?: number;
  maxWords?: number;
  /** Start of the first non-heading block: the lede (chapo / standfirst counts as article text). */
  firstParagraphStartsWith?: string;
  /** Short fragments of the article body that must be in the text. */
  contains?: string[];
  /** Boilerplate that must not be in the text. */
  notContains?: string[];
  /** Section headings that must come out as heading blocks, in this order (others may sit between). */
  headings?: string[];
  /** The text must keep at least this many blocks (paragraph structure not flattened). */
  minBlocks?: number;
  /** The extraction path when it is not Readability (a fallback). */
  extractedBy?: string;
  /** Exact list items, in order (synthetic pages). */
  listItems?: string[];
  /** Exact quotes, in order (synthetic pages). */
  quotes?: string[];
  /** The page has no article: extraction must fail with this kind. */
  failure?: FailureKind;
}

export interface KnownIssue {
  /** A check id: "title", "contains: <fragment>", "notContains: <fragment>", "ok", ... */
  check: string;
  /** Only under this DOM implementation; both when absent. */
  dom?: DomName;
  why: string;
}

export interface FixtureFile {
  /** The page, in the fixture's folder: "./source.html.gz" (a real page) or "./source.html" (ours). */
  source: string;
  url?: string;
  /** DOM implementations the fixture runs under; linkedom when absent. */
  doms?: DomName[];
  note?: string;
  /** Set by `npm run fixture:add`: the expectations are a first draft nobody has checked yet. */
  draft?: string;
  expected: FixtureExpectation;
  knownIssues?: KnownIssue[];
}

export interface Fixture extends FixtureFile {
  slug: string;
  html: string;
  /** Absolute path of the page that was read. */
  path: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));

/** The repository root (this file lives in testing/). */
export function repoRoot(): string {
  return resolve(HERE, '..');
}

export function fixturesDir(): string {
  return join(repoRoot(), 'tests', 'fixtures');
}

/**
 * Bytes of a page to text, as the CLI reads files (lib/extract/decode.ts): BOM, then a declared
 * charset unless the bytes are valid UTF-8 (pages saved as UTF-8 often keep the charset they
 * were served with), then UTF-8.
 */
export const decodePage = (bytes: Uint8Array): string => decodeHtml(bytes);

/** A page file, gunzipped when it ends in .gz, decoded. */
export function readPageFile(path: string): string {
  const raw = readFileSync(path);
  return decodePage(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}

/** Slugs of every fixture directory that has an expected.json. */
export function listFixtures(): string[] {
  return readdirSync(fixturesDir())
    .filter((name) => existsSync(join(fixturesDir(), name, 'expected.json')))
    .sort();
}

export function readFixtureFile(slug: string): FixtureFile {
  const path = join(fixturesDir(), slug, 'expected.json');
  if (!existsSync(path)) throw new Error(`No fixture "${slug}": ${path} is missing (tests/fixtures/NOTICE.md lists them).`);
  return JSON.parse(readFileSync(path, 'utf8')) as FixtureFile;
}

/** The page and its expectations, read from the fixture's folder. */
export function loadFixture(slug: string): Fixture {
  const file = readFixtureFile(slug);
  const path = join(fixturesDir(), slug, file.source);
  return { ...file, slug, html: readPageFile(path), path };
}

/** Is this check a known extractor defect for this DOM? Returns the reason. */
export function knownIssue(fixture: FixtureFile, check: string, dom: DomName): string | undefined {
  return fixture.knownIssues?.find((k) => k.check === check && (!k.dom || k.dom === dom))?.why;
}

// ---------------------------------------------------------------------------------------------
// The checks an expected.json asks for (node:assert, so that the fixture:add script can run them too)

const same = (a: string | undefined, b: string) => normalizeText(a ?? '').toLowerCase() === normalizeText(b).toLowerCase();
/** "2019-11-19T21:57:01+0000" and "…Z" are the same instant. */
const instant = (s: string | undefined): number => Date.parse((s ?? '').trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

function isSubsequence(wanted: string[], actual: string[]): boolean {
  let i = 0;
  for (const a of actual) if (i < wanted.length && a === wanted[i]) i++;
  return i === wanted.length;
}

export interface FixtureCheck {
  /** The id a known issue names: "title", "contains: <fragment>", ... */
  id: string;
  /** Throws (an AssertionError) when the article does not meet the expectation. */
  run(article: Article): void;
}

/**
 * One check per expectation of a page that has an article, in a fixed order: the invariants of
 * every article first, then the fields. ("ok", "unchanged" and "failure" need the Result and
 * the document, so the test writes them itself.)
 */
export function fixtureChecks(file: FixtureFile): FixtureCheck[] {
  const e = file.expected;
  const checks: FixtureCheck[] = [];
  const add = (id: string, run: (a: Article) => void) => checks.push({ id, run });

  add('invariants: text is the blocks joined, blocks are clean, url kept', (a) => {
    assert.equal(a.text, a.blocks.map((b) => b.text).join('\n\n'));
    for (const b of a.blocks) {
      assert.ok(b.text.length > 0, 'empty block');
      assert.equal(b.text, normalizeText(b.text));
      if (b.kind === 'heading') assert.ok(b.level !== undefined && b.level >= 1 && b.level <= 6, `heading level ${b.level}`);
      else assert.equal(b.level, undefined);
    }
    // Readability, unless it found nothing or a widget and a fallback took over (fixture says which).
    assert.equal(a.extractedBy, e.extractedBy ?? 'readability');
    if (file.url) assert.equal(a.url, file.url);
  });
  if (e.title !== undefined) add('title', (a) => assert.equal(normalizeText(a.title), normalizeText(e.title!)));
  if (e.lang !== undefined) add('lang', (a) => assert.equal(a.lang, e.lang));
  if (e.siteName !== undefined) add('siteName', (a) => assert.ok(same(a.siteName, e.siteName!), `got ${a.siteName}`));
  if (e.byline !== undefined) add('byline', (a) => assert.ok(same(a.byline, e.byline!), `got ${a.byline}`));
  if (e.publishedTime !== undefined)
    add('publishedTime', (a) => {
      assert.ok(!Number.isNaN(instant(a.publishedTime)), `unparseable: ${a.publishedTime}`);
      assert.equal(instant(a.publishedTime), instant(e.publishedTime));
    });
  if (e.minWords !== undefined || e.maxWords !== undefined)
    add('words', (a) => {
      assert.ok(a.wordCount >= (e.minWords ?? 0), `${a.wordCount} words, fewer than ${e.minWords}`);
      assert.ok(a.wordCount <= (e.maxWords ?? Infinity), `${a.wordCount} words, more than ${e.maxWords}`);
    });
  if (e.firstParagraphStartsWith !== undefined)
    add('firstParagraph', (a) => {
      const first = a.blocks.find((b) => b.kind !== 'heading');
      assert.ok(normalizeText(first?.text ?? '').startsWith(normalizeText(e.firstParagraphStartsWith!)), `first block: ${first?.text.slice(0, 120)}`);
    });
  for (const c of e.contains ?? []) add(`contains: ${c}`, (a) => assert.ok(normalizeText(a.text).includes(normalizeText(c)), `missing: ${c}`));
  for (const c of e.notContains ?? []) add(`notContains: ${c}`, (a) => assert.ok(!normalizeText(a.text).includes(normalizeText(c)), `kept: ${c}`));
  if (e.headings)
    add('headings', (a) => {
      const got = a.blocks.filter((b) => b.kind === 'heading').map((b) => normalizeText(b.text));
      assert.ok(isSubsequence(e.headings!.map(normalizeText), got), `headings: ${JSON.stringify(got)}`);
    });
  if (e.minBlocks !== undefined) add('minBlocks', (a) => assert.ok(a.blocks.length >= e.minBlocks!, `${a.blocks.length} blocks`));
  if (e.listItems)
    add('listItems', (a) =>
      assert.deepEqual(
        a.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text),
        e.listItems,
      ),
    );
  if (e.quotes)
    add('quotes', (a) =>
      assert.deepEqual(
        a.blocks.filter((b) => b.kind === 'quote').map((b) => b.text),
        e.quotes,
      ),
    );
  return checks;
}

/** Every id a known issue may name for this fixture. */
export function checkIds(file: FixtureFile): Set<string> {
  return new Set([
    'ok',
    'unchanged',
    ...fixtureChecks(file)
      .map((c) => c.id)
      .filter((id) => !id.startsWith('invariants')),
  ]);
}
