import { browser } from 'wxt/browser';
import { work } from './load-work';

// Automatic local backups: when one is due, the whole database goes to the downloads folder. The
// file is made where the database is read (an object URL, see work.ts) and downloaded from here:
// the downloads API is the worker's.

/** Resolves once the download has finished or failed (or after ten minutes), whichever comes first. */
function ended(id: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.downloads.onChanged.removeListener(listener);
      resolve();
    };
    const listener = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id === id && (delta.state?.current === 'complete' || delta.state?.current === 'interrupted')) done();
    };
    const timer = setTimeout(done, 600_000);
    browser.downloads.onChanged.addListener(listener);
    // It may have ended before the listener was added.
    void browser.downloads.search({ id }).then(([item]) => {
      if (item?.state !== 'in_progress') done();
    });
  });
}

export async function runAutoBackup(now = Date.now()): Promise<boolean> {
  const file = await work().backupFile(now);
  if (!file) return false;
  try {
    const id = await browser.downloads.download({ url: file.url, filename: file.filename, conflictAction: 'uniquify', saveAs: false });
    const finished = ended(id);
    await work().markAutoBackup(now);
    void finished.then(() => work().releaseFile(file.url));
  } catch (error) {
    void work().releaseFile(file.url);
    throw error;
  }
  return true;
}
