import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { openExisting } from '../storage/open-existing';
import { DATABASE_NAME } from '../storage/schema-version';
import { serveFill } from '../storage/search-fill';

// The search table's worker (storage/fill-in-worker.ts): reads and packs every contact's search
// entry off the panel's main thread, posting each block as it is made, then ends.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { postMessage(message: unknown, transfer: Transferable[]): void; close(): void };
  void serveFill(
    () => openExisting(DATABASE_NAME),
    (message, transfer) => scope.postMessage(message, transfer),
  ).finally(() => scope.close());
});
