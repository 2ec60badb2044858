import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (stryker.config.mjs): those that import the code they
 * test, so that a mutant planted in src/ reaches them. Tests that spawn the built CLI test dist/,
 * which Stryker does not rebuild per mutant; they run in `npm test`.
 */
export default defineConfig({
  test: {
    include: ['test/rules/*.test.ts', 'test/law/*.test.ts', 'test/validate/*.test.ts', 'test/render/{agreement,markdown,words,helpers,view-model}.test.ts', 'test/property/yaml-readers.test.ts', 'test/report/*.test.ts'],
    // fictitious-regime builds a copy of the sources: it tests the build, not a mutant.
    exclude: ['test/rules/unique-id.test.ts', 'test/report/meaning.test.ts', 'test/law/fictitious-regime.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
