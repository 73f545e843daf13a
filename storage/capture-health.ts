import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { addRecord, type HealthRecord, healthRecordOf } from '../utils/capture-health';
import type { Capture } from '../utils/model/capture';

// Capture health lives in the extension's local storage, not in IndexedDB: it is a diagnostic
// trail the browser writes as pages are read (never user data, never in a backup), bounded to a
// few records per page kind and layout. The background is its only writer.

const Record_ = z.object({
  kind: z.enum(['linkedin-person', 'linkedin-company', 'gmail-thread']),
  layout: z.string().max(40),
  page: z.string().max(16),
  at: z.number(),
  found: z.record(z.string().max(60), z.string().max(80)),
  missing: z.array(z.string().max(60)).max(40),
});

const item = storage.defineItem<unknown[]>('local:captureHealth', { fallback: [] });

/** The records kept, newest first; anything that does not parse is left out. */
export async function readHealth(): Promise<HealthRecord[]> {
  const stored = await item.getValue();
  return (Array.isArray(stored) ? stored : []).flatMap((entry) => {
    const parsed = Record_.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
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
