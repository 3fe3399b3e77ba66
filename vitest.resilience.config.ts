import { defineConfig } from 'vitest/config';

/**
 * Resilience tests (tests/resilience): real server processes killed with SIGKILL, two instances on
 * one PostgreSQL, backup and restore round trips. One file at a time (they start servers on
 * ports 3230–3239 and load the machine); the PostgreSQL cases run when YUVA_TEST_DATABASE_URL is set.
 */
export default defineConfig({
  test: {
    include: ['tests/resilience/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
