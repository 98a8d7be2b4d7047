/**
 * What a digest shown by the extension must be, whichever browser shows it: the checks the
 * Chromium tests (popup.test.ts) and the Firefox tests (firefox-*.test.ts) share. No browser
 * driver here: the tests read the views (digestSnapshot, testing/harness.ts) and pass what they read.
 */
import { expect } from 'vitest';
import { SOURCES_PATTERN, normaliseText, type DigestSnapshot } from '../../testing/harness';

export const NO_ARTICLE = 'This page has no article to summarise.';
export const RESTRICTED = 'The browser does not let extensions read this page.';

/** Runs in the page: what the reader sees of it, and its raw text (a bullet may quote either). */
export function bodyTexts(): [string, string] {
  return [document.body.innerText, document.body.textContent ?? ''];
}

export const readerText = ([inner, content]: [string, string]) => normaliseText(inner) + '\n' + normaliseText(content);

const pageWords = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The bullet's words appear in the page in order, starting together and within a sentence's span. */
export function tracesToPage(bullet: string, text: string): boolean {
  const b = pageWords(bullet);
  const p = pageWords(text);
  for (let start = 0; start < p.length; start++) {
    if (p[start] !== b[0]) continue;
    let j = start;
    let k = 0;
    const limit = start + b.length * 2 + 12;
    while (j < p.length && j < limit && k < b.length) {
      if (p[j] === b[k]) k++;
      j++;
    }
    if (k === b.length) return true;
  }
  return false;
}

export const withoutCacheFlag = ({ cached: _cached, ...rest }: DigestSnapshot) => rest;

/**
 * A digest of a real article: its heading in the article's language, title, site and reading
 * time, 3 to 6 distinct bullets that are sentences of the page with their sources, and an FAQ
 * whose questions end with one "?" and whose answers cite sentences. `text`: readerText.
 */
export function expectWellFormedDigest(d: DigestSnapshot, heading: string, text: string): void {
  expect(d.state, `popup error: ${d.error}`).toBe('ready');
  expect(d.error).toBeNull();
  expect(d.heading).toBe(heading);
  expect(d.title, 'article title').toBeTruthy();
  expect(d.site, 'article site').toBeTruthy();
  expect(d.readingTime, 'reading time').toMatch(/\d/);
  if (d.cached !== null) expect(d.cached).toMatch(/^(true|false)$/);

  expect(d.bullets.length, `bullets: ${JSON.stringify(d.bullets)}`).toBeGreaterThanOrEqual(3);
  expect(d.bullets.length, `bullets: ${JSON.stringify(d.bullets)}`).toBeLessThanOrEqual(6);
  for (const b of d.bullets) {
    expect(b.text.length, 'bullet text').toBeGreaterThan(0);
    expect(b.sources, `data-sources of bullet "${b.text}"`).toMatch(SOURCES_PATTERN);
    // Every bullet is a sentence of the article, at most trimmed: its words are on the page,
    // in order, within one sentence's reach.
    expect(tracesToPage(b.text, text), `bullet not found in the page text: "${b.text}"`).toBe(true);
  }
  expect(new Set(d.bullets.map((b) => b.text)).size, 'bullets are distinct').toBe(d.bullets.length);

  // The table, when there is one: 3 to 6 rows, each a sentence of the page with its sources.
  if (d.table) {
    expect(d.table.caption, 'table caption').toBeTruthy();
    expect(d.table.columns).toHaveLength(2);
    expect(d.table.rows.length, `table rows: ${JSON.stringify(d.table.rows)}`).toBeGreaterThanOrEqual(3);
    expect(d.table.rows.length).toBeLessThanOrEqual(6);
    for (const r of d.table.rows) {
      expect(r.aspect, 'row aspect').toBeTruthy();
      expect(r.sources, `data-sources of row "${r.aspect}"`).toMatch(SOURCES_PATTERN);
      expect(tracesToPage(r.text, text), `table row not found in the page text: "${r.text}"`).toBe(true);
    }
  }

  expect(d.faq.length, 'FAQ items').toBeGreaterThanOrEqual(1);
  for (const f of d.faq) {
    expect(f.question.endsWith('?'), `FAQ question should end with "?": "${f.question}"`).toBe(true);
    expect(f.question, 'one question mark').not.toMatch(/\?.*\?/);
    expect(f.answer, `answer to "${f.question}"`).toBeTruthy();
    expect(f.sources, `data-sources of FAQ "${f.question}"`).toMatch(SOURCES_PATTERN);
  }
}

/**
 * "Copy as Markdown" of `d`: the title first, the heading, one "- " line per bullet and every
 * question in bold (page text escaped for Markdown; compared unescaped).
 */
export function expectMarkdownOf(markdown: string, d: DigestSnapshot, title: RegExp): void {
  expect(markdown).toMatch(title);
  expect(markdown).toContain(`## ${d.heading}`);
  expect(markdown.split('\n').filter((l) => l.startsWith('- ')).length).toBe(d.bullets.length);
  const plain = normaliseText(markdown.replace(/\\([\\`*_{}[\]<>()#+!|~.)-])/g, '$1'));
  for (const b of d.bullets) expect(plain).toContain(`- ${normaliseText(b.text)}`);
  for (const f of d.faq) expect(plain).toContain(`**${normaliseText(f.question)}**`);
  // The table as a Markdown table under its caption, or no table at all.
  if (d.table) {
    expect(plain).toContain(`## ${normaliseText(d.table.caption!)}`);
    for (const r of d.table.rows) expect(plain).toContain(`| ${normaliseText(r.aspect)} | ${normaliseText(r.text)} |`);
  } else expect(markdown).not.toContain('|---|---|');
}
