import type { ContactsFile, ContactsFileKind, FileMessage } from './contacts-file';

/** The export's worker, as built (entrypoints/export-contacts.ts): one script at the extension's root. */
const WORKER_URL = '/export-contacts.js';

/**
 * An export of every contact, read and written in a worker of its own.
 *
 * Each record IndexedDB hands a thread leaves the browser an object to finalize once it is dead, on
 * that thread, in one go when memory runs short: an export of 200,000 contacts read on the panel's
 * main thread, the CPU slowed 4x, held it 125-215 ms at a time doing only that (traced 2026-12-05:
 * `CppGC.SweepFinalizeSweptPages`), as the search table's fill did (fill-in-worker.ts). In a worker
 * the records, their writing out and those sweeps stay off the page, which takes one Blob.
 */
export function contactsFileFromWorker(kind: ContactsFileKind): Promise<ContactsFile> {
  const worker = new Worker(`${WORKER_URL}?kind=${encodeURIComponent(kind)}`);
  return new Promise<ContactsFile>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FileMessage>) => {
      const message = event.data;
      if ('failed' in message) reject(new Error(`the export stopped: ${message.failed}`));
      else resolve(message.written);
    };
    worker.onmessageerror = () => reject(new Error('the file the export wrote could not be handed over'));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the export did not start'));
    };
  }).finally(() => worker.terminate());
}
