/**
 * The extractor on real pages (read in place from ../shared/data) and on two hand-written pages.
 * Every expectation was written from the page and its ground truth, not from the extractor's
 * output; where the extractor is known to be wrong the check is skipped with the reason
 * (tests/fixtures/<slug>/expected.json, "knownIssues").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import type { Result } from '../../lib/errors';
import type { Article } from '../../lib/types';
import { normalizeText, pageText, parseDocument } from '../helpers/dom';
import { VERIFY_KNOWN } from '../helpers/known';
import { decodePage, knownIssue, listFixtures, loadFixture, readFixtureFile, sharedDataDir, type DomName, type Fixture, type FixtureFile } from '../helpers/fixtures';

const slugs = listFixtures();
// EN_BREF_VERIFY_KNOWN_ISSUES=1 runs the known-issue checks expecting them to fail (see helpers/known.ts).

const same = (a: string | undefined, b: string) => normalizeText(a ?? '').toLowerCase() === normalizeText(b).toLowerCase();
/** "2019-11-19T21:57:01+0000" and "…Z" are the same instant. */
const instant = (s: string | undefined): number => Date.parse((s ?? '').trim().replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

function isSubsequence(wanted: string[], actual: string[]): boolean {
  let i = 0;
  for (const a of actual) if (i < wanted.length && a === wanted[i]) i++;
  return i === wanted.length;
}

describe('fixture helpers', () => {
  it('sharedDataDir() throws a clear error when the shared data is missing', () => {
    const saved = process.env.EN_BREF_SHARED_DATA;
    process.env.EN_BREF_SHARED_DATA = '/nonexistent/en-bref/shared/data';
    try {
      expect(() => sharedDataDir()).toThrow(/Shared evaluation data not found at \/nonexistent\/en-bref\/shared\/data.*\.\.\/shared\/data/);
    } finally {
      if (saved === undefined) delete process.env.EN_BREF_SHARED_DATA;
      else process.env.EN_BREF_SHARED_DATA = saved;
    }
    expect(sharedDataDir()).toMatch(/shared[\\/]data$/);
  });

  it('keeps valid UTF-8 even when the page declares gb2312 (DAnIEL finance.ce.cn)', () => {
    const html = loadFixture('zh-ce-vaccine').html;
    expect(html).toContain('charset=gb2312');
    expect(html).toContain('疫苗泡沫破灭复牌跌停');
  });

  it('honours a declared charset when the bytes are not UTF-8', () => {
    // "Привет" in windows-1251.
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodePage(bytes)).toBe('<meta charset="windows-1251"><p>Привет');
  });

  it('loads a synthetic page from the repo and a real page from the shared data', () => {
    expect(loadFixture('synthetic-no-article').path).toMatch(/tests[\\/]fixtures[\\/]synthetic-no-article[\\/]source\.html$/);
    const real = loadFixture('en-techcrunch-wework');
    expect(real.path.startsWith(sharedDataDir())).toBe(true);
    expect(real.html).toContain('WeWork');
  });
});

describe('fixture corpus', () => {
  it('has at least 12 real pages (5+ French, 5+ English) and the two synthetic pages', () => {
    const files = slugs.map((s) => readFixtureFile(s));
    const real = files.filter((f) => !f.source.startsWith('./'));
    const byLang = (l: string) => real.filter((f) => f.expected.lang === l).length;
    expect(real.length).toBeGreaterThanOrEqual(12);
    expect(byLang('fr')).toBeGreaterThanOrEqual(5);
    expect(byLang('en')).toBeGreaterThanOrEqual(5);
    expect(slugs).toEqual(expect.arrayContaining(['synthetic-no-article', 'synthetic-blocks-fr']));
  });

  it('every real page is referenced inside the shared data dir, never copied into the repo', () => {
    for (const slug of slugs) {
      const f = readFixtureFile(slug);
      if (f.source.startsWith('./')) expect(f.note, slug).toMatch(/hand-written/i);
      else expect(f.source, slug).toMatch(/^(summaries|extraction)\/.+\.html\.gz$/);
    }
  });

  it('every known issue names a check the fixture has and gives a reason', () => {
    for (const slug of slugs) {
      const f = readFixtureFile(slug);
      const e = f.expected;
      const ids = new Set(['ok', 'unchanged', 'title', 'lang', 'siteName', 'byline', 'publishedTime', 'words', 'firstParagraph', 'headings', 'minBlocks', 'listItems', 'quotes']);
      for (const c of e.contains ?? []) ids.add(`contains: ${c}`);
      for (const c of e.notContains ?? []) ids.add(`notContains: ${c}`);
      for (const k of f.knownIssues ?? []) {
        expect(ids.has(k.check), `${slug}: unknown check "${k.check}"`).toBe(true);
        expect(k.why.length, `${slug}: ${k.check}`).toBeGreaterThan(10);
      }
    }
  });
});

for (const slug of slugs) {
  const file: FixtureFile = readFixtureFile(slug);
  const e = file.expected;
  const doms: DomName[] = file.doms ?? ['linkedom'];

  describe(slug, () => {
    let fixture: Fixture;
    beforeAll(() => {
      fixture = loadFixture(slug);
    });

    it('expectations are real: fragments, lede and title occur on the page, boilerplate too', () => {
      const page = pageText(fixture.html);
      for (const c of e.contains ?? []) expect(page, `contains: ${c}`).toContain(normalizeText(c));
      for (const c of e.notContains ?? []) expect(page, `notContains: ${c}`).toContain(normalizeText(c));
      if (e.firstParagraphStartsWith) expect(page).toContain(normalizeText(e.firstParagraphStartsWith));
      if (e.title) expect(page).toContain(normalizeText(e.title));
      if (e.minWords !== undefined) expect(e.maxWords).toBeGreaterThanOrEqual(e.minWords);
    });

    for (const dom of doms) {
      describe(dom, () => {
        let result: Result<Article>;
        let doc: Document;
        let before: string;
        beforeAll(() => {
          doc = parseDocument(dom, fixture.html, file.url);
          before = doc.documentElement.outerHTML;
          result = extractArticle(doc, { url: file.url });
        });

        it('returns a typed Result without throwing', () => {
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(['no-article', 'page-too-large']).toContain(result.error.kind);
          }
        });

        const unchangedIssue = knownIssue(file, 'unchanged', dom);
        (unchangedIssue ? (VERIFY_KNOWN ? it.fails : it.skip) : it)(unchangedIssue ? `unchanged — known issue: ${unchangedIssue}` : 'unchanged: extraction leaves the document as it was', () => {
          expect(doc.documentElement.outerHTML).toBe(before);
        });

        if (e.failure) {
          it(`fails with kind "${e.failure}"`, () => {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error.kind).toBe(e.failure);
          });
          return;
        }

        const okIssue = knownIssue(file, 'ok', dom);
        const article = (): Article => {
          if (!result.ok) throw new Error(`extraction failed: ${result.error.kind} (${result.error.detail ?? ''})`);
          return result.value;
        };
        /** One test per check; a known extractor defect skips only its own check. */
        const check = (id: string, fn: () => void) => {
          const why = id === 'ok' ? okIssue : okIssue ? `extraction fails: ${okIssue}` : knownIssue(file, id, dom);
          if (!why) it(id, fn);
          else if (VERIFY_KNOWN) it.fails(`${id} — still broken: ${why}`, fn);
          else it.skip(`${id} — known issue: ${why}`, fn);
        };

        check('ok', () => {
          expect(result.ok, result.ok ? '' : `${result.error.kind}: ${result.error.detail}`).toBe(true);
        });

        check('invariants: text is the blocks joined, blocks are clean, url kept', () => {
          const a = article();
          expect(a.text).toBe(a.blocks.map((b) => b.text).join('\n\n'));
          for (const b of a.blocks) {
            expect(b.text.length).toBeGreaterThan(0);
            expect(b.text).toBe(normalizeText(b.text));
            if (b.kind === 'heading') {
              expect(b.level).toBeGreaterThanOrEqual(1);
              expect(b.level).toBeLessThanOrEqual(6);
            } else expect(b.level).toBeUndefined();
          }
          // Readability, unless it found nothing or a widget and a fallback took over (fixture says which).
          expect(a.extractedBy).toBe(e.extractedBy ?? 'readability');
          if (file.url) expect(a.url).toBe(file.url);
        });

        if (e.title !== undefined) check('title', () => expect(normalizeText(article().title)).toBe(normalizeText(e.title!)));
        if (e.lang !== undefined) check('lang', () => expect(article().lang).toBe(e.lang));
        if (e.siteName !== undefined) check('siteName', () => expect(same(article().siteName, e.siteName!), `got ${article().siteName}`).toBe(true));
        if (e.byline !== undefined) check('byline', () => expect(same(article().byline, e.byline!), `got ${article().byline}`).toBe(true));
        if (e.publishedTime !== undefined)
          check('publishedTime', () => {
            const got = article().publishedTime;
            expect(Number.isNaN(instant(got)), `unparseable: ${got}`).toBe(false);
            expect(instant(got)).toBe(instant(e.publishedTime));
          });
        if (e.minWords !== undefined || e.maxWords !== undefined)
          check('words', () => {
            const n = article().wordCount;
            expect(n).toBeGreaterThanOrEqual(e.minWords ?? 0);
            expect(n).toBeLessThanOrEqual(e.maxWords ?? Infinity);
          });
        if (e.firstParagraphStartsWith !== undefined)
          check('firstParagraph', () => {
            const first = article().blocks.find((b) => b.kind !== 'heading');
            expect(normalizeText(first?.text ?? '').startsWith(normalizeText(e.firstParagraphStartsWith!)), `first block: ${first?.text.slice(0, 120)}`).toBe(true);
          });
        for (const c of e.contains ?? []) check(`contains: ${c}`, () => expect(normalizeText(article().text)).toContain(normalizeText(c)));
        for (const c of e.notContains ?? []) check(`notContains: ${c}`, () => expect(normalizeText(article().text)).not.toContain(normalizeText(c)));
        if (e.headings)
          check('headings', () => {
            const got = article().blocks.filter((b) => b.kind === 'heading').map((b) => normalizeText(b.text));
            expect(isSubsequence(e.headings!.map(normalizeText), got), `headings: ${JSON.stringify(got)}`).toBe(true);
          });
        if (e.minBlocks !== undefined) check('minBlocks', () => expect(article().blocks.length).toBeGreaterThanOrEqual(e.minBlocks!));
        if (e.listItems)
          check('listItems', () => expect(article().blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(e.listItems));
        if (e.quotes) check('quotes', () => expect(article().blocks.filter((b) => b.kind === 'quote').map((b) => b.text)).toEqual(e.quotes));
      });
    }
  });
}
