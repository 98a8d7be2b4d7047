/**
 * npm run search: pages digested as Save does, searched with the library's code. Pages: the
 * repository's own (tests/e2e/pages) and plain-text articles written here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const PAGES = resolve(ROOT, 'tests/e2e/pages');
const run = (args: string[]) => spawnSync(TSX, ['scripts/search.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

/** Two plain-text articles (imaginary facts) in a folder of their own. */
function textPages(): string {
  const dir = mkdtempSync(resolve(tmpdir(), 'enbref-search-'));
  writeFileSync(
    resolve(dir, 'strike.txt'),
    [
      'Rail workers walk out across the country',
      'Train drivers and rail workers began a walkout on Monday over pensions, halting most services between the capital and the coast.',
      'The union said the strike would last until the government withdrew its pension reform, which raises the retirement age by two years.',
      'Commuters crowded onto buses, and the transport minister called the walkout irresponsible.',
    ].join('\n\n'),
  );
  writeFileSync(
    resolve(dir, 'museum.txt'),
    [
      'A bronze sculpture is stolen from a city gallery',
      'Thieves took a bronze sculpture worth half a million euros from a gallery near the presidential palace on Saturday afternoon.',
      'Visitors noticed nothing, and the gallery owner told police the theft took less than a minute.',
      'Detectives from the banditry squad are examining the security camera footage.',
    ].join('\n\n'),
  );
  return dir;
}

describe('npm run search', () => {
  it('--query ranks the pages, forgiving typos and finding other words for the same thing', () => {
    const dir = textPages();
    const r = run(['--pages', dir, PAGES, '--query', 'sculture stolen', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ input: resolve(dir, 'museum.txt'), title: 'A bronze sculpture is stolen from a city gallery', matched: 2, words: 2 });
    expect(lines[0].score).toBeGreaterThan(0);
    // The page with no article is reported, not fatal.
    expect(r.stderr).toMatch(/no-article\.html/);
    // "grève" is a strike; the French page written for the tests speaks of bicycles.
    const greve = run(['--pages', dir, PAGES, '--query', 'grève', '--json']);
    expect(JSON.parse(greve.stdout.trim().split('\n')[0]).input).toBe(resolve(dir, 'strike.txt'));
    const text = run(['--pages', resolve(dir, 'strike.txt'), resolve(PAGES, 'exemple-fr.html'), '--query', 'vélo lyrac']);
    expect(text.stdout).toMatch(/^ 1\. .*Lyrac/m);
    expect(run(['--pages', dir, '--query', 'zzzz']).stdout).toMatch(/^Nothing in 2 pages matches "zzzz"\./);
  });

  it('--queries prints one line per query: id and the ten best {input, title, score}', () => {
    const dir = textPages();
    const file = resolve(dir, 'queries.jsonl');
    writeFileSync(file, ['{"id": "q1", "query": "walkout pension"}', '{"id": 2, "query": "bronze galery"}', '', '{"id": "none", "query": "zzzz"}'].join('\n'));
    const r = run(['--pages', dir, '--queries', file]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['q1', 2, 'none']);
    expect(lines[0].results[0]).toEqual({ input: resolve(dir, 'strike.txt'), title: 'Rail workers walk out across the country', score: expect.any(Number) });
    expect(lines[1].results.map((x: { input: string }) => x.input)).toEqual([resolve(dir, 'museum.txt')]);
    expect(lines[2].results).toEqual([]);
  });

  it('says how to use it when the arguments are wrong', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--pages', PAGES]).stderr).toMatch(/^usage: npm run search/);
    expect(run(['--pages', resolve(PAGES, 'nope'), '--query', 'x']).status).toBe(2);
  });
});
