import { defineConfig } from '@playwright/test';

// One worker: the machines have two cores, and each test runs its own Chromium with the extension.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test-results/artifacts',
  use: { trace: 'retain-on-failure' },
});
