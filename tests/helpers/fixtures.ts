/**
 * Test fixtures: real pages read in place from the shared evaluation data (never copied into
 * the repository) and a few synthetic pages written for this project.
 *
 * Layout:
 *   tests/fixtures/<slug>/expected.json   what a careful reader finds on the page
 *   tests/fixtures/<slug>/source.html     only for synthetic pages (our own text)
 *   <repo>/../shared/data/<source>        the real page, .html.gz
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { FailureKind } from '../../lib/errors';
import { decodeHtml } from '../../lib/extract/decode';

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
  /** Path relative to the shared data dir, or "./source.html" for a synthetic page. */
  source: string;
  url?: string;
  /** DOM implementations the fixture runs under; linkedom when absent. */
  doms?: DomName[];
  note?: string;
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

/** The repository root (this file lives in tests/helpers/). */
export function repoRoot(): string {
  return resolve(HERE, '..', '..');
}

export function fixturesDir(): string {
  return join(repoRoot(), 'tests', 'fixtures');
}

/**
 * The shared evaluation data: `../shared/data` beside the repository, or EN_BREF_SHARED_DATA
 * when set. Throws a clear error when it is missing rather than letting tests fail obscurely.
 */
export function sharedDataDir(): string {
  const fromEnv = process.env.EN_BREF_SHARED_DATA;
  const dir = fromEnv ? resolve(fromEnv) : resolve(repoRoot(), '..', 'shared', 'data');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new Error(
      `Shared evaluation data not found at ${dir}. The fixture tests read real pages in place from ` +
        `../shared/data beside the repository (set EN_BREF_SHARED_DATA to use another place); ` +
        `the pages are never copied into the repo.`,
    );
  }
  return dir;
}

export function hasSharedData(): boolean {
  try {
    sharedDataDir();
    return true;
  } catch {
    return false;
  }
}

/**
 * Bytes of a page to text, as the CLI reads files (lib/extract/decode.ts): BOM, then a declared
 * charset unless the bytes are valid UTF-8 (the stored pages are UTF-8 even where they declare
 * another charset, e.g. the DAnIEL finance.ce.cn page declares gb2312), then UTF-8.
 */
export const decodePage = (bytes: Uint8Array): string => decodeHtml(bytes);

/** A page from the shared data, by path relative to the shared data dir. */
export function readSharedPage(relative: string): string {
  const path = join(sharedDataDir(), relative);
  if (!existsSync(path)) throw new Error(`Shared page missing: ${path}`);
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
  return JSON.parse(readFileSync(join(fixturesDir(), slug, 'expected.json'), 'utf8')) as FixtureFile;
}

/** The page and its expectations. Real pages come from the shared data dir, decoded. */
export function loadFixture(slug: string): Fixture {
  const file = readFixtureFile(slug);
  let path: string;
  let html: string;
  if (file.source.startsWith('./')) {
    path = join(fixturesDir(), slug, file.source);
    html = readFileSync(path, 'utf8');
  } else {
    path = join(sharedDataDir(), file.source);
    html = readSharedPage(file.source);
  }
  return { ...file, slug, html, path };
}

/** Is this check a known extractor defect for this DOM? Returns the reason. */
export function knownIssue(fixture: FixtureFile, check: string, dom: DomName): string | undefined {
  return fixture.knownIssues?.find((k) => k.check === check && (!k.dom || k.dom === dom))?.why;
}
