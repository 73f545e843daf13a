import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { describeError } from '../../../components/errors';
import { TendDb } from '../../../storage/db';
import { type DatabaseProblem, watchDatabase } from '../../../storage/db-status';

const NAME = 'tend-status-test';

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

    const db = new TendDb(NAME);
    const problems: (DatabaseProblem | null)[] = [];
    watchDatabase((problem) => problems.push(problem), db);
    const opening = db.open();
    await expect.poll(() => problems).toContain('blocked');
    old.close();
    await opening;
    await expect.poll(() => problems.at(-1)).toBeNull();
    db.close();
  });

  it('says "replaced" when another page upgrades the database', async () => {
    const db = new TendDb(NAME);
    const problems: (DatabaseProblem | null)[] = [];
    watchDatabase((problem) => problems.push(problem), db);
    await db.open();
    const newer = new Dexie(NAME);
    newer.version(3).stores({ contacts: 'id' });
    await newer.open();
    expect(problems).toEqual(['replaced']);
    newer.close();
    db.close();
  });
});

describe('describeError for storage failures', () => {
  it('names a full disk, also when Dexie reports it as the abort of the transaction', () => {
    const quota = new Dexie.QuotaExceededError('QuotaExceededError');
    expect(describeError(quota)).toMatch(/no storage space left/);
    const aborted = new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));
    expect(describeError(aborted)).toMatch(/no storage space left/);
  });

  it('tells the rep to reload when the connection was closed by an update elsewhere', () => {
    expect(describeError(new Dexie.DatabaseClosedError('closed'))).toMatch(/updated in another panel or tab.*Reload/);
    expect(describeError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toMatch(/^Something went wrong/);
  });
});
