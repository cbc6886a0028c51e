import { defineConfig } from '@playwright/test';

/**
 * The release workflow's smoke launch of a packaged app (AFTERWORD_PACKAGED_APP names its
 * executable); not part of `npm test`, which has no packaged app to launch.
 */
export default defineConfig({
  testDir: 'tests/smoke',
  testMatch: '**/*.smoke.ts',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results/smoke',
  use: { trace: 'retain-on-failure' },
});
