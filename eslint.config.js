// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules, and the layers
// of ARCHITECTURE.md as eslint-plugin-boundaries element types: a file may import its own
// layer and the layers under it, never one above (so no cycle between layers). Formatting is
// Prettier's (.prettierrc.json); eslint-config-prettier turns off the rules that would fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';

/** Bottom to top: each layer may import those before it. First match wins. */
const LAYERS = [
  ['base', ['lib/errors.ts', 'lib/types.ts', 'lib/i18n.ts', 'lib/page-stamp.ts', 'lib/platform.ts', 'lib/highlight/**', 'public/**']],
  ['text', ['lib/text/**']],
  ['extract', ['lib/extract/**', 'lib/page-extraction.ts']],
  ['qa', ['lib/qa/**', 'lib/ask.ts', 'lib/asked.ts']],
  ['engine', ['lib/engine/**', 'lib/digest.ts']],
  ['store', ['lib/storage.ts', 'lib/panel-request.ts', 'lib/markdown.ts', 'lib/library/**']],
  ['protocol', ['lib/protocol.ts']],
  ['background', ['lib/background/**']],
  ['ui', ['lib/ui/**']],
  ['components', ['components/**']],
  ['entrypoints', ['entrypoints/**']],
];
// mode 'full': a pattern matches the whole path from the repository's root (the plugin warns that
// the option is deprecated for partialMatch, which does not match single files the same way).
const layerNames = LAYERS.map(([name]) => name);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-output/**', 'scratch/**', 'docs/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', globalThis: 'readonly' },
    },
    rules: {
      // TypeScript checks names (tsc --noEmit); ESLint's own check knows no browser or Node globals.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Casts through unknown and `any` at the browser's untyped edges are deliberate and few.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Escapes in regular expressions' character classes ([\-\[]) are harmless and often clearer.
      'no-useless-escape': 'off',
      // Flags the defensive first value of a variable a try block assigns.
      'no-useless-assignment': 'off',
    },
  },
  {
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.flatMap(([type, patterns]) => patterns.map((pattern) => ({ type, pattern, mode: 'full' }))),
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/include': ['lib/**', 'components/**', 'entrypoints/**', 'public/**'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // The pages' side (ui, components) reaches the background through lib/protocol.ts only.
          policies: layerNames.map((type, i) => ({
            from: { element: { type } },
            allow: {
              to: { element: { types: { anyOf: layerNames.slice(0, i + 1).filter((t) => t !== 'background' || !['ui', 'components'].includes(type)) } } },
            },
          })),
        },
      ],
    },
  },
  {
    // The tools share testing/ with the tests; they never import a test's own files.
    files: ['scripts/**/*.ts', 'testing/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)tests/', message: 'scripts and testing/ do not import tests/: move what they share to testing/.' }] },
      ],
    },
  },
  {
    // The extension never imports the tools or the tests.
    files: ['lib/**/*.ts', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)(scripts|tests|testing)/', message: 'the extension does not import scripts/, tests/ or testing/.' }] },
      ],
    },
  },
  {
    // Unused names in the embedded engine's FAQ code, left to the FAQ work going on there.
    files: ['lib/engine/embedded/faq/generate.ts', 'lib/engine/embedded/faq/people.ts'],
    rules: { '@typescript-eslint/no-unused-vars': 'warn' },
  },
  prettier,
);
