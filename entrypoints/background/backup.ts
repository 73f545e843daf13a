import { browser } from 'wxt/browser';
import { exportBackup } from '../../storage/backup';
import { markAutoBackup } from '../../storage/save-settings';
import { getSettings } from '../../storage/settings';
import { autoBackupDue, autoBackupFileName } from '../../utils/io/backup-schedule';

// Automatic local backups: when one is due, the whole database goes to the downloads folder.
// Service workers have no object URLs, so the file travels as a base64 data URL.

function base64Of(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export async function runAutoBackup(now = Date.now()): Promise<boolean> {
  const settings = await getSettings();
  if (!autoBackupDue(settings.autoBackup, settings.lastAutoBackupAt, now)) return false;
  const backup = await exportBackup(now);
  await browser.downloads.download({
    url: `data:application/json;base64,${base64Of(JSON.stringify(backup))}`,
    filename: autoBackupFileName(now),
    conflictAction: 'uniquify',
    saveAs: false,
  });
  await markAutoBackup(now);
  return true;
}
