import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import { findDataDir, missingDataLine } from './scripts/lib/data-dir.ts';

// Corpus-scale tests read the evaluation data, which a fresh clone does not have: one project,
// added only where the data is, and one line saying so where it is not.
const corpus: TestProjectConfiguration[] = findDataDir()
  ? [{ test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } }]
  : [];
if (!corpus.length && !process.argv.includes('--project')) console.log(missingDataLine('corpus not found: skipped (tests/corpus)'));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
          environment: 'node',
          // Fixture tests parse real pages and the CLI tests start Node: slow next to the e2e browser.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      ...corpus,
    ],
  },
});
