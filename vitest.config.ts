import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';
import { findDataDir, missingDataLine } from './scripts/lib/data-dir.ts';

// Corpus-scale tests read the evaluation data, which a fresh clone does not have: one project,
// added only where the data is, and one line saying so where it is not.
const corpus: TestProjectConfiguration[] = findDataDir()
  ? [{ test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], environment: 'node', testTimeout: 120_000, sequence: { groupOrder: 1 } } }]
  : [];
if (!corpus.length && !process.argv.includes('--project')) console.log(missingDataLine('corpus not found: skipped (tests/corpus)'));

// The Firefox end-to-end tests need Debian's firefox-esr: required in CI (which installs it),
// skipped with one line elsewhere, so that a clone with only a Chrome or Chromium passes.
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const withFirefox = existsSync(firefoxPath) || !!process.env.CI;
const firefoxTests = ['tests/e2e/firefox-*.test.ts', 'tests/e2e/same-digest.test.ts'];
if (!withFirefox && !process.argv.includes('--project'))
  console.log(`firefox-esr not found at ${firefoxPath}: the Firefox end-to-end tests are skipped (apt-get install -y firefox-esr, or set FIREFOX_PATH).`);

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
          // Projects run one after the other: the browsers' timings never share the two cores with Node's workers.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: withFirefox ? [] : firefoxTests,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      ...corpus,
    ],
  },
});
