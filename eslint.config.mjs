// The project lints itself (issue 17): typescript-eslint's recommended rules over the code, the
// scripts and the tests, run by `npm test` (test/package/self-lint.test.ts). Import cycles and the
// direction of imports are checked by test/package/imports.test.ts; layout by Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'TextDecoder',
    'TextEncoder',
    'setTimeout',
    'clearTimeout',
    'setImmediate',
    'performance',
    'structuredClone',
    'Intl',
    'AbortController',
    'SharedArrayBuffer',
    'Atomics',
  ].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/', 'dist.building-*/', 'src/generated/', 'node_modules/', 'coverage/', 'reports/', 'bench/out/', 'test-artifacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: NODE_GLOBALS },
    rules: {
      // privrec matches control characters on purpose: to show them as text instead of letting them act.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // CommonJS by design: the launcher and the bin load the bundle with V8's code cache (src/launch.cts).
    files: ['bin/**', '**/*.cts', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The site's filter runs in the browser, as a classic script.
    files: ['templates/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', window: 'readonly' } },
  },
  {
    // Tests read YAML into loosely typed data, and spell out the spaces of aligned output.
    files: ['test/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', getComputedStyle: 'readonly' } },
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-regex-spaces': 'off', 'no-misleading-character-class': 'off' },
  },
);
