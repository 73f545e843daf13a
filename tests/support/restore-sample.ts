import type { Page } from '@playwright/test';
import { sampleBackup } from './sample-backup';

/** The sample months restored through the panel's own Restore, as a rep restores a backup. */
export async function restoreSample(panel: Page, schemaVersion: number): Promise<void> {
  await panel.goto(`${panel.url().replace(/#.*$/, '')}#/data`);
  const backup = sampleBackup(Date.now(), schemaVersion);
  await panel.getByLabel('Restore from a backup file').setInputFiles({
    name: 'tend-sample.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await panel.getByRole('button', { name: 'Replace with the backup' }).click();
  await panel.getByRole('status').filter({ hasText: 'Restored' }).waitFor();
}
