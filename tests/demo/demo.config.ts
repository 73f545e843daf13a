import { defineConfig } from '@playwright/test';

// `npm start` runs the demo through Playwright so it shares the e2e launch code.
export default defineConfig({
  testDir: '.',
  testMatch: 'demo.run.ts',
  workers: 1,
  timeout: 0,
  reporter: [['line']],
  outputDir: '../../demo-output/artifacts',
});
