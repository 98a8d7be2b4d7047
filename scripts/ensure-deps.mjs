#!/usr/bin/env node
/**
 * Runs first in `npm start` and `npm test`, with plain Node (tsx itself is a dependency): when
 * node_modules is missing or does not match package-lock.json, runs `npm ci`, so that a fresh
 * clone needs nothing but Node and the two commands. Matching means every package the
 * lockfile installs on this machine is there at the locked version; a quick look, not a
 * checksum of the tree.
 *
 *   node scripts/ensure-deps.mjs          install when needed, say so in one line
 *   node scripts/ensure-deps.mjs --check  exit 1 (and say why) instead of installing
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Why node_modules does not match the lockfile, or undefined when it does. */
export function outOfDate(root = ROOT) {
  const lockFile = join(root, 'package-lock.json');
  if (!existsSync(lockFile)) return 'package-lock.json is missing';
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    // "" is the project itself; links and optional packages for other platforms are not installed.
    if (where === '' || entry.link || entry.optional || !entry.version) continue;
    const manifest = join(root, where, 'package.json');
    if (!existsSync(manifest)) return `${where} is missing`;
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (installed !== entry.version) return `${where} is ${installed}, the lockfile says ${entry.version}`;
  }
  return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const why = outOfDate();
  if (why) {
    if (process.argv.includes('--check')) {
      console.error(`Dependencies out of date (${why}): run npm ci.`);
      process.exit(1);
    }
    console.log(`Installing dependencies (${why}): npm ci`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (r.status !== 0) {
      console.error(`npm ci failed (${r.error?.message ?? `exit ${r.status}`}): it needs the npm registry once.`);
      process.exit(r.status || 1);
    }
  }
}
