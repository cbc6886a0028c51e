import { defineConfig } from '@playwright/test';
import { absolutePathPattern, notRunOn } from './tests/platform-scope';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  testIgnore: notRunOn(process.platform, 'e2e').map((n) => absolutePathPattern(n.file)),
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
