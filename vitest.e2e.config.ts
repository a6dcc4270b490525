import { defineConfig } from 'vitest/config';

// End-to-end: the real server (a child process on a temporary PGlite database with the demo program)
// driven through Debian's Chromium. One file at a time in one fork: the flows share one server.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 360_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest-e2e.json' },
  },
});
