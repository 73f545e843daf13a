import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionIdOf, launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';

// A 50,000-row Connections.csv through the panel: time to preview, time to import, and the longest
// the panel's main thread was blocked meanwhile (measured by a 20 ms interval timer in the page).

const GENERATOR = path.resolve('../shared/tools/gen-connections.mjs');
const FILE = path.resolve('bench-output/connections-50000.csv');

test('import of a 50,000-row Connections.csv', async () => {
  test.skip(!existsSync(GENERATOR), `${GENERATOR} is absent: the 50,000-row file cannot be generated.`);
  mkdirSync(path.dirname(FILE), { recursive: true });
  writeFileSync(FILE, execFileSync('node', [GENERATOR, '50000', '1'], { maxBuffer: 64 * 1024 * 1024 }));
  const { context, profileDir } = await launchWithExtension();
  try {
    const id = extensionIdOf(await serviceWorkerOf(context));
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html#/data`);
    const watchGaps = () =>
      panel.evaluate(() => {
        const state = globalThis as unknown as { gaps: number[] };
        state.gaps = [];
        let last = performance.now();
        setInterval(() => {
          const now = performance.now();
          state.gaps.push(now - last);
          last = now;
        }, 20);
      });
    const longestGap = () => panel.evaluate(() => Math.max(...(globalThis as unknown as { gaps: number[] }).gaps));

    await watchGaps();
    let started = Date.now();
    await panel.getByLabel('File to import').setInputFiles(FILE);
    const preview = panel.getByRole('region', { name: /Preview of/ });
    await expect(preview).toBeVisible({ timeout: 120_000 });
    const previewMs = Date.now() - started;
    const previewGap = await longestGap();
    const counts = (await preview.locator('p').first().textContent()) ?? '';

    await watchGaps();
    started = Date.now();
    await preview.getByRole('button', { name: /^Import/ }).click();
    await expect(panel.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
    await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible({ timeout: 300_000 });
    const importMs = Date.now() - started;
    const importGap = await longestGap();
    console.log(
      [
        '',
        `| 50,000-row Connections.csv (${counts}) | measured |`,
        '| --- | ---: |',
        `| preview (parse, validate, match) | ${previewMs} ms |`,
        `| longest main-thread block during preview | ${previewGap.toFixed(0)} ms |`,
        `| import (one transaction) | ${importMs} ms |`,
        `| longest main-thread block during import | ${importGap.toFixed(0)} ms |`,
        '',
      ].join('\n'),
    );
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
