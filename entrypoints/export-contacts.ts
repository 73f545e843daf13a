import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveContactsFile } from '../storage/contacts-file';
import { db } from '../storage/db';

// An export's worker (storage/file-from-worker.ts): reads every contact and writes them out as the
// kind its URL names (`?kind=plain`), off the panel's main thread, posts the file, then ends.
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { location: Location; postMessage(message: unknown): void; close(): void };
  const kind = new URLSearchParams(scope.location.search).get('kind');
  void serveContactsFile(db, kind, (message) => scope.postMessage(message)).finally(() => scope.close());
});
