import type { Target } from '../utils/io/csv-targets';
import type { FilePlan, PlanMessage, PlanRequest } from './file-plan';
import type { PlanItem } from './imports';

/**
 * A file's plan, made in a worker; where there are none (Node, in unit tests) in place, the parsers
 * loaded then: the panel itself never loads them (papaparse, the vCard reader, the models' checks).
 */
export function previewFile(file: File, mapping?: readonly Target[], signal?: AbortSignal): Promise<FilePlan> {
  if (typeof Worker === 'function') return planFromWorker(file, mapping, signal);
  return import('./file-plan').then(({ planFile }) => planFile(file, mapping));
}

/** What the page posts once it has taken in a message of items (any message after the file asks for more). */
const MORE = 'more';

/** The import preview's worker, as built (entrypoints/import-plan.ts): one script at the extension's root. */
const WORKER_URL = '/import-plan.js';

/**
 * A file's import plan (file-plan.ts), made in a worker of its own.
 *
 * Reading, parsing, checking and matching a 50,000-row Connections.csv on the panel's main thread
 * filled its heap to some 90 MB, and the collector's final pause over it held the panel 90-120 ms
 * in the one task it fell in (traced 2026-12-05: `V8.GC_MARK_COMPACTOR` in a slice of the
 * preview), 196 ms in a full bench run. In a worker the text, the parsed rows and their checking
 * stay off the page, which takes in the plan a thousand items a message, asking for each.
 * `signal` ends the worker when the rep chooses another file meanwhile.
 */
export function planFromWorker(file: File, mapping?: readonly Target[], signal?: AbortSignal): Promise<FilePlan> {
  const worker = new Worker(WORKER_URL);
  const items: PlanItem[] = [];
  return new Promise<FilePlan>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    worker.onmessage = (event: MessageEvent<PlanMessage>) => {
      const message = event.data;
      if ('items' in message) {
        for (const item of message.items) items.push(item);
        worker.postMessage(MORE);
      } else if ('planned' in message) resolve({ plan: { items, counts: message.planned } });
      else if ('failed' in message) reject(new Error(`the preview stopped: ${message.failed}`));
      else resolve(message);
    };
    worker.onmessageerror = () => reject(new Error('the preview could not be handed over'));
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the preview did not start'));
    };
    const request: PlanRequest = { file, mapping: mapping ? [...mapping] : undefined };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
