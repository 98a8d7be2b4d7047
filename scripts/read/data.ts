/**
 * The evaluation data folder: EN_BREF_DATA when set, else ../shared/data beside the repository.
 * Without either, say where to get it and stop with success: a fresh clone has no corpus.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function dataDir(): string {
  const dir = process.env.EN_BREF_DATA ? resolve(process.env.EN_BREF_DATA) : resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
  if (!existsSync(dir)) {
    console.log(`corpus not found at ${dir}: set EN_BREF_DATA to the evaluation data folder (see shared/data/README.md); nothing to do.`);
    process.exit(0);
  }
  return dir;
}
