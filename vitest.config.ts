import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Safe in parallel: every DB suite works in its own cg_test_<random> database.
    fileParallelism: true,
    // Picks the database server once per run (env URL, local server, or one container).
    globalSetup: ['test/support/global-setup.ts'],
  },
});
