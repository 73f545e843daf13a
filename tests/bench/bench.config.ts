import { defineConfig } from '@playwright/test';

// `npm run bench` measures the built extension in Chromium; it is a measurement, not a test suite.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  timeout: 600_000,
  reporter: [['line']],
  outputDir: '../../bench-output/artifacts',
});
