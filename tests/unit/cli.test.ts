import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isTrimOf } from '../../lib/engine/embedded/compress';
import { pagePath } from '../../testing/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) => spawnSync(TSX, ['scripts/digest.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

describe('npm run digest', () => {
  it('prints one JSON line per input, in order, and goes on after a failure', () => {
    const page = pagePath('fr-orange-globe-trotteur');
    const r = run(['--json', page, 'does-not-exist.html', page]);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1].error).toBeTruthy();
    for (const ok of [lines[0], lines[2]]) {
      expect(ok.article.lang).toBe('fr');
      expect(ok.article.url).toMatch(/^https:\/\/actu\.orange\.fr\//);
      expect(ok.digest.heading).toBe('EN BREF');
      expect(ok.digest.language).toBe('fr');
      expect(typeof ok.digest.timings.extractMs).toBe('number');
      expect(typeof ok.digest.timings.digestMs).toBe('number');
      for (const item of [...ok.digest.bullets, ...ok.digest.faq]) {
        expect(item.sources.length).toBeGreaterThan(0);
        for (const s of item.sources) expect(ok.article.sentences[s]).toBeTypeOf('string');
      }
      // A pair only where the article answers: this short feature has few questions to answer.
      expect(ok.digest.faq.length).toBeGreaterThanOrEqual(1);
      for (const b of ok.digest.bullets) expect(isTrimOf(b.text, b.sources.map((s: number) => ok.article.sentences[s]).join(' '))).toBe(true);
      // A news story: no table, printed as null.
      expect(ok.digest.table).toBeNull();
    }
    expect(r.status).toBe(0);
  });

  it('reads plain text from stdin with --text and fixes the bullet count', () => {
    const text = [
      'Heatwave grips the capital',
      'Temperatures in the capital reached 41 degrees on Sunday, the highest figure since records began in 1873, the national weather office said.',
      'Hospitals reported a sharp rise in admissions for heatstroke, and the city opened 25 cooling centres in libraries and schools.',
      'The mayor asked residents to check on elderly neighbours because most victims of past heatwaves lived alone.',
      'Forecasters expect the heat to ease on Wednesday when a cold front will cross the country from the west.',
    ].join('\n\n');
    const r = run(['-', '--text', '--bullets', '2', '--json', '--url', 'https://news.example/heat'], text);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toBe('Heatwave grips the capital');
    expect(out.article.url).toBe('https://news.example/heat');
    expect(out.digest.heading).toBe('In brief');
    expect(out.digest.bullets).toHaveLength(2);
  });

  it('prints a readable digest without --json, with jsdom too', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'enbref-'));
    const file = resolve(dir, 'empty.html');
    writeFileSync(file, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = run([pagePath('fr-orange-botero'), '--jsdom']);
    expect(r.stdout).toContain('EN BREF');
    expect(r.stdout).toMatch(/•/);
    const bad = run([file]);
    expect(bad.stderr).toContain('This page has no article to summarise.');
    expect(bad.status).toBe(1);
  });

  it('prints the table of an article organised in aspects: in JSON (digest.table) and as text', () => {
    const page = pagePath('en-slashgear-etron');
    const json = JSON.parse(run(['--json', page]).stdout);
    expect(json.digest.table.caption).toBe('At a glance');
    expect(json.digest.table.rows.map((r: { aspect: string }) => r.aspect)).toEqual(['Power and Performance', 'Range and Charging', 'Interior and Technology']);
    for (const r of json.digest.table.rows) expect(isTrimOf(r.text, r.sources.map((s: number) => json.article.sentences[s]).join(' '))).toBe(true);
    const text = run([page]).stdout;
    expect(text).toContain('At a glance\n  Aspect | What the article says\n  Power and Performance | ');
    expect(text.indexOf('At a glance')).toBeLessThan(text.indexOf('FAQ'));
  });

  it('explains its usage', () => {
    expect(() => execFileSync(TSX, ['scripts/digest.ts'], { cwd: ROOT, stdio: 'pipe' })).toThrow(/usage/);
  });
});
