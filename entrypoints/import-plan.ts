import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { db } from '../storage/db';
import { planWorkerInbox } from '../storage/file-plan';

// The import preview's worker (storage/plan-from-worker.ts): plans the one file the panel posts it,
// off the panel's main thread, posts the plan as the panel asks for more of it, then ends.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<unknown>) => void) | null;
    postMessage(message: unknown): void;
    close(): void;
  };
  const inbox = planWorkerInbox(
    db,
    (message) => scope.postMessage(message),
    () => scope.close(),
  );
  // Set here, after every module has loaded: papaparse, loading in a worker, takes its `onmessage`
  // for workers of its own.
  scope.onmessage = (event) => inbox(event.data);
});
