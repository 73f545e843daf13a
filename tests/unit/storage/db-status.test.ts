import { Dexie } from 'dexie';
import { forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError } from '../../../components/errors';
import { TendDb } from '../../../storage/db';
import { type DatabaseProblem, watchDatabase } from '../../../storage/db-status';

const NAME = 'tend-status-test';

/** What the browser does after a storage error. fake-indexeddb's typings ask for the class; it takes a connection. */
const closeByBrowser = (connection: IDBDatabase) => forceCloseDatabase(connection as unknown as typeof IDBDatabase);

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('watchDatabase', () => {
  it('says "blocked" while an older version stays open elsewhere, and clears once it opens', async () => {
    // Another Tend page still on schema version 1, which does not let go when asked.
    const old = new Dexie(NAME);
    old.version(1).stores({ contacts: 'id' });
    old.on('versionchange', () => false);
    await old.open();

    // Dexie says so on the console too; the test keeps that out of the run's output and checks it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new TendDb(NAME);
    const problems: (DatabaseProblem | null)[] = [];
    watchDatabase((problem) => problems.push(problem), db);
    const opening = db.open();
    await expect.poll(() => problems).toContain('blocked');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/blocked by other connection/));
    old.close();
    await opening;
    await expect.poll(() => problems.at(-1)).toBeNull();
    db.close();
  });

  it('says "replaced" when another page upgrades the database', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const db = new TendDb(NAME);
    const problems: (DatabaseProblem | null)[] = [];
    watchDatabase((problem) => problems.push(problem), db);
    await db.open();
    // One version beyond the latest this build knows.
    const newer = new Dexie(NAME);
    newer.version(db.verno + 1).stores({ contacts: 'id' });
    await newer.open();
    expect(problems).toEqual(['replaced']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/wants to upgrade database/));
    newer.close();
    db.close();
  });
  it('says "lost" when the browser closes the connection itself, not when Tend closes it', async () => {
    const db = new TendDb(NAME);
    const problems: (DatabaseProblem | null)[] = [];
    const stop = watchDatabase((problem) => problems.push(problem), db);
    await db.open();
    closeByBrowser(db.backendDB());
    await expect.poll(() => problems).toEqual(['lost']);
    // Opened again (Dexie reopens on the next read): the new connection is watched too.
    db.close({ disableAutoOpen: false });
    await db.contacts.count();
    expect(problems).toEqual(['lost']);
    closeByBrowser(db.backendDB());
    await expect.poll(() => problems).toEqual(['lost', 'lost']);
    stop();
    db.close();
  });
});

describe('describeError for storage failures', () => {
  it('names a full disk, also when Dexie reports it as the abort of the transaction', () => {
    const quota = new Dexie.QuotaExceededError('QuotaExceededError');
    expect(describeError(quota)).toMatch(/disk is probably full/);
    const aborted = new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));
    expect(describeError(aborted)).toMatch(/disk is probably full/);
    // What Chromium reports when a large value, kept as a file, cannot be written.
    const blobs = new Dexie.AbortError('Transaction aborted', new DOMException('Failed to write blobs (IOError)', 'DataError'));
    expect(describeError(blobs)).toMatch(/disk is probably full/);
    expect(describeError(new Dexie.DataError('Not a valid key'))).toMatch(/^Something went wrong/);
    const reopen = new Dexie.OpenFailedError(new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'));
    expect(describeError(reopen)).toMatch(/disk is probably full/);
  });

  it('tells the rep to reload when the connection was closed by an update elsewhere', () => {
    expect(describeError(new Dexie.DatabaseClosedError('closed'))).toMatch(/updated in another panel or tab.*Reload/);
    expect(describeError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toMatch(/^Something went wrong/);
  });
});
