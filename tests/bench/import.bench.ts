import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionIdOf, launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { ms, ratio, report, verdict } from './stats';

// A 50,000-row Connections.csv through the panel: time to preview, time to import, and the longest
// the panel's main thread was blocked meanwhile: a 20 ms interval timer in the page, so a block is
// any span in which the page's other tasks could not run, whether one long task or many that
// resumed ahead of them (issue 22: nothing the rep waits for holds the page over 100 ms).

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
    // How long the timer was held up past its 20 ms period: the page's other tasks waited as long.
    const longestGap = () => panel.evaluate(() => Math.max(0, ...(globalThis as unknown as { gaps: number[] }).gaps) - 20);

    // The rep chooses a file once its input is there; found first, so that the watch does not count
    // Playwright's own script going into the page (33-68 ms in traces) as the panel's.
    const input = panel.getByLabel('File to import');
    await expect(input).toBeVisible();
    await watchGaps();
    let started = Date.now();
    await input.setInputFiles(FILE);
    const preview = panel.getByRole('region', { name: /Preview of/ });
    await expect(preview).toBeVisible({ timeout: 120_000 });
    const previewMs = Date.now() - started;
    const previewGap = await longestGap();
    const counts = (await preview.locator('p').first().textContent()) ?? '';

    // Earlier benches leave the disk busy writing back dozens of browser profiles they deleted; both
    // the import and its baseline start after that has drained, so neither pays for it.
    execFileSync('sync');
    await watchGaps();
    started = Date.now();
    await preview.getByRole('button', { name: /^Import/ }).click();
    await expect(panel.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
    await expect(panel.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible({ timeout: 300_000 });
    const importMs = Date.now() - started;
    const importGap = await longestGap();

    // The baseline: the very records Tend wrote, read back, the stores emptied, and written again
    // with raw IndexedDB in one transaction, into the same indexes.
    execFileSync('sync');
    const rawMs = await panel.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('tend');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const stores = ['contacts', 'stageEvents'];
            const read = db.transaction(stores, 'readwrite');
            const records: Record<string, unknown[]> = {};
            for (const store of stores) {
              const request = read.objectStore(store).getAll();
              request.onsuccess = () => {
                records[store] = request.result;
                read.objectStore(store).clear();
              };
            }
            read.onerror = () => reject(read.error);
            read.oncomplete = () => {
              const started = performance.now();
              const write = db.transaction(stores, 'readwrite');
              for (const store of stores) for (const record of records[store] ?? []) write.objectStore(store).add(record);
              write.onerror = () => reject(write.error);
              write.oncomplete = () => {
                db.close();
                resolve(performance.now() - started);
              };
            };
          };
        }),
    );
    report('import', [
      `| 50,000-row Connections.csv (${counts}) | measured | baseline | ratio | target | |`,
      '| --- | ---: | ---: | ---: | ---: | --- |',
      `| preview (parse, validate, match) | ${ms(previewMs)} | | | | |`,
      `| longest main-thread block during preview (other tasks kept waiting) | ${ms(previewGap)} | | | 100 ms | ${verdict(previewGap <= 100)} |`,
      `| import (one transaction), beside raw IndexedDB writing the same records in one transaction | ${ms(importMs)} | ${ms(rawMs)} | ${ratio(importMs, rawMs)} | 1.5 | ${verdict(importMs / rawMs <= 1.5)} |`,
      `| longest main-thread block during import (other tasks kept waiting) | ${ms(importGap)} | | | 100 ms | ${verdict(importGap <= 100)} |`,
    ]);
  } finally {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
});
