/**
 * The tests drive Debian's browsers, never ones downloaded by a package: the drivers are the
 * -core packages (no browser of their own), pinned, and nothing in the lockfile runs an install
 * script that could fetch one during `npm ci`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync(resolve(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; hasInstallScript?: boolean }>;
};

describe('browser drivers', () => {
  it('are the -core packages, pinned to an exact version', () => {
    const all = { ...pkg.dependencies, ...pkg.devDependencies };
    expect(all['puppeteer-core']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(all['playwright-core']).toMatch(/^\d+\.\d+\.\d+$/);
    // The full packages download a browser when installed.
    expect(Object.keys(all)).not.toContain('puppeteer');
    expect(Object.keys(all)).not.toContain('playwright');
  });

  it('install no browser: no package of theirs runs an install script', () => {
    const theirs = Object.entries(lock.packages).filter(([path]) => /node_modules\/(puppeteer|@puppeteer|playwright|chromium-bidi)/.test(path));
    expect(theirs.map(([path]) => path)).toEqual(expect.arrayContaining(['node_modules/puppeteer-core', 'node_modules/@puppeteer/browsers']));
    expect(theirs.filter(([, p]) => p.hasInstallScript).map(([path]) => path)).toEqual([]);
    expect(lock.packages['node_modules/puppeteer']).toBeUndefined();
  });
});
