import { defineConfig } from 'vitest/config';

const database = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
    // The PostgreSQL pass skips what does not depend on which server runs: the pure kernels, the web
    // app's helpers, and the generated bad-input suites (PGlite is the same PostgreSQL engine; what they
    // check is validation and refusal). The authorization matrix and partner isolation run on both.
    exclude:
      database === 'postgres'
        ? [
            '**/node_modules/**',
            'src/analytics/**',
            'src/web/**',
            'src/platform/http/__tests__/bad-input.test.ts',
            'src/platform/http/__tests__/bad-input-properties.test.ts',
          ]
        : ['**/node_modules/**'],
    pool: 'forks',
    // Vitest's default in a run is one worker fewer than the cores, which on two cores is one: the
    // test processes wait on PGlite and PostgreSQL as much as they compute, so use every core.
    maxWorkers: '100%',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // CI also writes a machine-readable report, summed into one closing line by .ci/run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: `test-results/vitest-${database}.json` },
  },
});
