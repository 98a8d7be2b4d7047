/**
 * The evaluation data that corpus-scale runs read (the benchmarks, and tests/corpus/ inside
 * `npm test`): the folder named by EN_BREF_DATA when it is set, else ../shared/data beside the
 * repository. It is never part of the repository; CONTRIBUTING.md, "Benchmark data", says what it
 * holds and where each set comes from. Unit, fixture and end-to-end tests never read it.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the data would be: EN_BREF_DATA, else ../shared/data. */
export function dataDirCandidate(): string {
  const fromEnv = process.env.EN_BREF_DATA;
  return fromEnv ? resolve(fromEnv) : resolve(REPO_ROOT, '../shared/data');
}

/** The data folder, or undefined when there is none. */
export function findDataDir(): string | undefined {
  const dir = dataDirCandidate();
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/** One line: what is missing and where to get it. */
export function missingDataLine(what: string): string {
  const where = process.env.EN_BREF_DATA
    ? `EN_BREF_DATA=${process.env.EN_BREF_DATA} is not a folder`
    : 'no ../shared/data beside the repository and EN_BREF_DATA is not set';
  return `${what}: the evaluation data is not here (${where}); CONTRIBUTING.md, "Benchmark data", says where to get it.`;
}

/**
 * The data folder for a benchmark; without one, says so in one line and exits 0, before the
 * benchmark does anything else (a fresh clone has no data: that is not a failure).
 */
export function dataDir(benchmark: string): string {
  const dir = findDataDir();
  if (dir) return dir;
  console.log(missingDataLine(`${benchmark}: skipped`));
  process.exit(0);
}
