import { addRecord, asHealthRecord, type HealthRecord, healthRecordOf } from '../utils/capture-health';
import type { Capture } from '../utils/model/capture';
import { storageItem } from '../utils/storage-item';

// Capture health lives in the extension's local storage, not in IndexedDB: it is a diagnostic
// trail the browser writes as pages are read (never user data, never in a backup), bounded to a
// few records per page kind and layout. The background is its only writer.

// Read back as unknown: local storage outlives updates, so each record is checked (asHealthRecord).
const item = storageItem<unknown>('local', 'captureHealth');

/** The records kept, newest first; anything that does not parse is left out. */
export async function readHealth(): Promise<HealthRecord[]> {
  const stored = await item.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((entry) => asHealthRecord(entry) ?? []);
}

let writes: Promise<unknown> = Promise.resolve();

/** Records what a capture found. Writes are queued: captures from several tabs arrive together. */
export function recordCaptureHealth(capture: Capture, at = Date.now()): Promise<void> {
  const record = healthRecordOf(capture, at);
  if (!record) return Promise.resolve();
  const next = writes.then(async () => item.setValue(addRecord(await readHealth(), record)));
  writes = next.catch(() => undefined);
  return next;
}

export function clearHealth(): Promise<void> {
  return item.removeValue();
}

/** Calls back with the records whenever they change (the panel follows captures as they come). */
export function watchHealth(callback: (records: HealthRecord[]) => void): () => void {
  return item.watch(() => void readHealth().then(callback));
}
