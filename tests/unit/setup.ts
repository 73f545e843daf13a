import nodeConsole from 'node:console';
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { db } from '../../storage/db';

// Each test starts from an empty database. Dexie 4's delete() would otherwise disable auto-open.
afterEach(async () => {
  await db.delete({ disableAutoOpen: false });
});

// Saved pages are parsed, never run; happy-dom still reports each <iframe> it did not load, with a
// stack trace, on the process's own console (not the test's), which would bury real warnings.
const printError = nodeConsole.error.bind(nodeConsole);
nodeConsole.error = (...args: unknown[]) => {
  const [first] = args;
  const unloadedFrame =
    first instanceof Error && first.name === 'NotSupportedError' && first.message.includes('Iframe page loading is disabled');
  if (!unloadedFrame) printError(...args);
};
