/**
 * What a fresh clone needs: the dependencies installed when node_modules does not match the
 * lockfile (scripts/ensure-deps.mjs), a browser found where it is usually installed
 * (scripts/lib/browser.ts), the benchmarks stepping aside without the evaluation data
 * (scripts/lib/data-dir.ts), and tests that read nothing outside the repository.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BrowserNotFound, browserCandidates, browserPath, installHint, isBrandedChrome } from '../../scripts/lib/browser';
import { dataDirCandidate, findDataDir, missingDataLine } from '../../scripts/lib/data-dir';
// @ts-expect-error plain JavaScript (it runs before the dependencies exist), no types
import { outOfDate } from '../../scripts/ensure-deps.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'en-bref-fresh-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('ensure-deps: node_modules against package-lock.json', () => {
  const project = (installed: Record<string, string>, locked: Record<string, { version: string; optional?: boolean }>) => {
    const dir = temp();
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'x' }, ...locked } }));
    for (const [where, version] of Object.entries(installed)) {
      mkdirSync(join(dir, where), { recursive: true });
      writeFileSync(join(dir, where, 'package.json'), JSON.stringify({ version }));
    }
    return dir;
  };

  it('matches when every locked package is installed at its version (optional ones may be absent)', () => {
    const dir = project(
      { 'node_modules/a': '1.0.0', 'node_modules/a/node_modules/b': '2.0.0' },
      {
        'node_modules/a': { version: '1.0.0' },
        'node_modules/a/node_modules/b': { version: '2.0.0' },
        'node_modules/@esbuild/win32-x64': { version: '0.1.0', optional: true },
      },
    );
    expect(outOfDate(dir)).toBeUndefined();
  });

  it('says what is missing or at another version', () => {
    expect(outOfDate(temp())).toBe('package-lock.json is missing');
    const locked = { 'node_modules/a': { version: '1.0.0' } };
    const none = project({}, locked);
    expect(outOfDate(none)).toBe('node_modules is missing');
    mkdirSync(join(none, 'node_modules'));
    expect(outOfDate(none)).toBe('node_modules/a is missing');
    expect(outOfDate(project({ 'node_modules/a': '0.9.0' }, locked))).toBe('node_modules/a is 0.9.0, the lockfile says 1.0.0');
  });

  it('this checkout is up to date', () => {
    expect(outOfDate(ROOT)).toBeUndefined();
  });
});

describe('the browser', () => {
  it('looks where Chrome and Chromium install themselves on Linux, macOS and Windows, Chromium first', () => {
    const linux = browserCandidates('linux', {});
    expect(linux).toEqual(
      expect.arrayContaining(['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/snap/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome']),
    );
    expect(linux.indexOf('/usr/bin/chromium')).toBeLessThan(linux.indexOf('/usr/bin/google-chrome'));
    expect(browserCandidates('darwin', {}, '/Users/ann')).toEqual(
      expect.arrayContaining(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Users/ann/Applications/Chromium.app/Contents/MacOS/Chromium']),
    );
    expect(browserCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' })).toEqual([
      'C:\\Users\\ann\\AppData\\Local\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });

  it('CHROME_PATH wins; a wrong one is one plain line, as is no browser at all', () => {
    const exe = join(temp(), 'chrome');
    writeFileSync(exe, '');
    expect(browserPath({ CHROME_PATH: exe })).toBe(exe);
    expect(() => browserPath({ CHROME_PATH: '/no/such/chrome' })).toThrow(BrowserNotFound);
    expect(() => browserPath({ CHROME_PATH: '/no/such/chrome' })).toThrow(/^CHROME_PATH=\/no\/such\/chrome does not exist/);
    for (const p of ['linux', 'darwin', 'win32'] as const) {
      expect(installHint(p)).toMatch(/^No Chrome or Chromium found: install .*, or set CHROME_PATH to its executable\.$/);
      expect(installHint(p)).not.toContain('\n');
    }
  });

  it('tells Google Chrome (extension loaded through CDP) from Chromium', () => {
    for (const p of [
      '/opt/google/chrome/chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ])
      expect(isBrandedChrome(p), p).toBe(true);
    for (const p of [
      '/usr/lib/chromium/chromium',
      '/snap/bin/chromium',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      'C:\\Users\\a\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    ])
      expect(isBrandedChrome(p), p).toBe(false);
  });
});

describe('the evaluation data', () => {
  const saved = process.env.EN_BREF_DATA;
  afterEach(() => {
    if (saved === undefined) delete process.env.EN_BREF_DATA;
    else process.env.EN_BREF_DATA = saved;
  });

  it('is the folder EN_BREF_DATA names, else ../shared/data beside the repository', () => {
    const dir = temp();
    process.env.EN_BREF_DATA = dir;
    expect(findDataDir()).toBe(dir);
    process.env.EN_BREF_DATA = join(dir, 'missing');
    expect(findDataDir()).toBeUndefined();
    expect(missingDataLine('bench:x: skipped')).toBe(
      `bench:x: skipped: the evaluation data is not here (EN_BREF_DATA=${join(dir, 'missing')} is not a folder); CONTRIBUTING.md, "Benchmark data", says where to get it.`,
    );
    delete process.env.EN_BREF_DATA;
    expect(dataDirCandidate()).toBe(resolve(ROOT, '../shared/data'));
  });

  it('without it, every benchmark says so in one line and exits 0 before doing anything else', () => {
    const env = { ...process.env, EN_BREF_DATA: join(temp(), 'missing') };
    for (const script of [
      'scripts/bench-quality.ts',
      'scripts/bench-extract.ts',
      'scripts/bench-faq.ts',
      'scripts/bench.ts',
      'scripts/bench/compare.ts',
      'scripts/bench-read.ts',
      'scripts/bench-ask.ts',
      'scripts/bench-library.ts',
    ]) {
      const r = spawnSync(TSX, [script], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
      expect(r.status, `${script}: ${r.stderr}`).toBe(0);
      expect(r.stderr, script).toBe('');
      expect(r.stdout.trim().split('\n'), script).toEqual([
        expect.stringMatching(/: skipped: the evaluation data is not here .*"Benchmark data", says where to get it\.$/),
      ]);
    }
  }, 120_000);
});

describe('tests read only the repository', () => {
  it('no unit, fixture or end-to-end test names the evaluation data (tests/corpus alone may)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'corpus' && e.name !== 'fixtures') walk(p);
        } else if (/\.(ts|tsx|mjs|js)$/.test(e.name) && p !== import.meta.filename) {
          const src = readFileSync(p, 'utf8');
          if (/shared\/data|\.\.\/\.\.\/\.\.\/|EN_BREF_DATA|data-dir/.test(src)) offenders.push(relative(ROOT, p));
        }
      }
    };
    walk(join(ROOT, 'tests'));
    expect(offenders).toEqual([]);
  });
});
