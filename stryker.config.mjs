// Mutation testing (issue 19): `npm run mutate` plants one bug at a time in the code that carries
// the legal and machine-readable meaning and runs the tests that cover it. Incremental: a rerun
// after a small change tests only the mutants it touches (reports/stryker-incremental.json).
// Not part of `npm test`. Scores and the surviving mutants judged equivalent: docs/testing.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  // Outside the git work tree: the sandbox must not be a path that .gitignore leaves out.
  tempDirName: '../.privrec-stryker-tmp',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: [
    'src/rules/**/*.ts',
    'src/law/**/*.ts',
    'src/report/**/*.ts',
    'src/render/helpers.ts',
    'src/render/markdown.ts',
    'src/validate/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  ignoreStatic: true,
};
