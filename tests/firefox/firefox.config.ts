import { defineConfig } from '@playwright/test';

// Firefox runs through puppeteer-core over WebDriver BiDi (Playwright's own Firefox cannot be
// downloaded here); Playwright's runner only runs the specs. See TESTING.md's Firefox notes.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  outputDir: '../../test-results/firefox',
});
