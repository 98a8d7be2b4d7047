/**
 * Where the evaluation corpus is: the folder named by EN_BREF_DATA, else ../shared/data beside
 * the repository. A benchmark that needs it and finds none says so in one line and exits 0:
 * a fresh clone has no ../shared.
 *
 * A local version: the branch of issue 17 writes the shared module for this; the two are to
 * be unified when both are merged.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus folder, or undefined when it is not there. */
export function dataDir(): string | undefined {
  const dir = process.env.EN_BREF_DATA ? resolve(process.env.EN_BREF_DATA) : resolve(REPO_ROOT, '../shared/data');
  return existsSync(dir) ? dir : undefined;
}

/** The corpus folder; without one, prints why `what` is skipped and ends the process (exit 0). */
export function requireDataDir(what: string): string {
  const dir = dataDir();
  if (dir) return dir;
  console.log(`${what}: skipped, no evaluation data (set EN_BREF_DATA or put the corpus in ../shared/data)`);
  process.exit(0);
}
