import { defineConfig } from 'vitest/config';

const database = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts'],
    // The pure kernels and the web app's helpers never touch a database: the PostgreSQL pass skips them.
    exclude:
      database === 'postgres'
        ? ['**/node_modules/**', 'src/analytics/**', 'src/web/**']
        : ['**/node_modules/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // CI also writes a machine-readable report, summed into one closing line by .ci/run.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: `test-results/vitest-${database}.json` },
  },
});
