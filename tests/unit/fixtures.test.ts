/**
 * The extractor on the fixture corpus (tests/fixtures/<slug>/: real pages from licensed corpora
 * and pages written for this project, all in the repository). Every expectation was written from
 * the page and its reference text, not from the extractor's output; where the extractor is known
 * to be wrong the check is skipped with the reason (expected.json, "knownIssues").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract';
import type { Result } from '../../lib/errors';
import type { Article } from '../../lib/types';
import { normalizeText, pageText, parseDocument } from '../../testing/dom';
import { VERIFY_KNOWN } from '../../testing/known';
import {
  checkIds,
  decodePage,
  fixtureChecks,
  fixturesDir,
  knownIssue,
  listFixtures,
  loadFixture,
  readFixtureFile,
  type DomName,
  type Fixture,
  type FixtureFile,
} from '../../testing/fixtures';
import { qaArticles } from '../../testing/pages';
import { failureMessage } from '../../lib/ui/failures';

const slugs = listFixtures();
// EN_BREF_VERIFY_KNOWN_ISSUES=1 runs the known-issue checks expecting them to fail (see testing/known.ts).

/** NOTICE.md's rows: `| \`<file>\` | <source> | <licence> |`. */
function noticeRows(): Map<string, { source: string; licence: string }> {
  const rows = new Map<string, { source: string; licence: string }>();
  for (const m of readFileSync(join(fixturesDir(), 'NOTICE.md'), 'utf8').matchAll(/^\| `([^`]+)` \| (.+) \| (.+) \|$/gm))
    rows.set(m[1], { source: m[2], licence: m[3] });
  return rows;
}

describe('fixture helpers', () => {
  it('keeps valid UTF-8 even when the page declares gb2312', () => {
    const html = loadFixture('zh-xquad-amazon-gb2312').html;
    expect(html).toContain('charset=gb2312');
    expect(html).toContain('亚马逊雨林');
  });

  it('honours a declared charset when the bytes are not UTF-8', () => {
    // "Привет" in windows-1251.
    const bytes = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    expect(decodePage(bytes)).toBe('<meta charset="windows-1251"><p>Привет');
  });

  it("loads pages from the fixture's folder: ours as HTML, real ones gunzipped", () => {
    expect(loadFixture('synthetic-no-article').path).toMatch(/tests[\\/]fixtures[\\/]synthetic-no-article[\\/]source\.html$/);
    const real = loadFixture('en-techcrunch-wework');
    expect(real.path).toMatch(/tests[\\/]fixtures[\\/]en-techcrunch-wework[\\/]source\.html\.gz$/);
    expect(real.html).toContain('WeWork');
  });

  it('says which fixture is missing', () => {
    expect(() => loadFixture('xx-no-such-page')).toThrow(/No fixture "xx-no-such-page"/);
  });
});

describe('fixture corpus', () => {
  it('has real pages in French, English, German, Italian, Portuguese and Russian, and pages of ours', () => {
    const files = slugs.map((s) => readFixtureFile(s));
    const real = files.filter((f) => f.source === './source.html.gz');
    const byLang = (l: string) => real.filter((f) => f.expected.lang === l).length;
    expect(real.length).toBeGreaterThanOrEqual(30);
    expect(byLang('fr')).toBeGreaterThanOrEqual(5);
    expect(byLang('en')).toBeGreaterThanOrEqual(5);
    for (const l of ['de', 'it', 'pt', 'ru']) expect(byLang(l), l).toBeGreaterThanOrEqual(1);
    expect(slugs).toEqual(expect.arrayContaining(['synthetic-no-article', 'synthetic-blocks-fr', 'pl-written-tramwaj', 'zh-xquad-amazon-gb2312']));
  });

  it('every page is in its folder, named in NOTICE.md with its source and a licence that allows it', () => {
    const rows = noticeRows();
    for (const slug of slugs) {
      const f = readFixtureFile(slug);
      expect(['./source.html.gz', './source.html'], slug).toContain(f.source);
      const row = rows.get(slug);
      expect(row, `${slug} has no row in tests/fixtures/NOTICE.md`).toBeDefined();
      expect(['MIT', 'CC BY-SA 4.0'], `${slug}: ${row?.licence}`).toContain(row?.licence);
      expect(row?.source, slug).not.toMatch(/DAnIEL|FRANK|CNN\/Daily ?Mail|XSum/i);
      // Real pages are the corpora's (gzipped); the pages we wrote or built say so.
      if (f.source === './source.html') expect(row?.source, slug).toMatch(/^(Written|Built) for this project/);
      else expect(row?.source, slug).toMatch(/^(Scrapinghub|OrangeSum)/);
    }
    for (const name of readdirSync(join(fixturesDir(), 'qa')))
      expect(
        [...rows.keys()].some((k) => k === `qa/${name}` || (k.startsWith('qa/{') && k.includes(name.replace('.json', '')))),
        name,
      ).toBe(true);
  });

  it('no expectation is a draft nobody checked (npm run fixture:add writes drafts)', () => {
    for (const slug of slugs) expect(readFixtureFile(slug).draft, slug).toBeUndefined();
  });

  it('the question-answering texts load, in every language they cover', () => {
    for (const lang of ['en', 'de', 'es', 'el', 'ru', 'zh', 'fr']) {
      const articles = qaArticles(lang);
      expect(articles.length, lang).toBeGreaterThanOrEqual(3);
      for (const a of articles) {
        expect(a.paragraphs.length).toBeGreaterThan(0);
        for (const q of a.questions) expect(a.paragraphs[q.paragraph], q.question).toContain(q.answers[0]);
      }
    }
  });

  it('every known issue names a check the fixture has and gives a reason', () => {
    for (const slug of slugs) {
      const f = readFixtureFile(slug);
      const ids = checkIds(f);
      for (const k of f.knownIssues ?? []) {
        expect(ids.has(k.check), `${slug}: unknown check "${k.check}"`).toBe(true);
        expect(k.why.length, `${slug}: ${k.check}`).toBeGreaterThan(10);
        expect(k.why, `${slug}: ${k.check}`).not.toMatch(/^fixture:add/);
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
            expect(failureMessage(result.error.kind).length).toBeGreaterThan(0);
            expect(['no-article', 'page-too-large']).toContain(result.error.kind);
          }
        });

        const unchangedIssue = knownIssue(file, 'unchanged', dom);
        (unchangedIssue ? (VERIFY_KNOWN ? it.fails : it.skip) : it)(
          unchangedIssue ? `unchanged — known issue: ${unchangedIssue}` : 'unchanged: extraction leaves the document as it was',
          () => {
            expect(doc.documentElement.outerHTML).toBe(before);
          },
        );

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
        for (const c of fixtureChecks(file)) check(c.id, () => c.run(article()));
      });
    }
  });
}
