import { describe, expect, it } from 'vitest';
import { db } from '../../storage/db';
import { parseBackup } from '../../utils/io/backup';
import { sampleBackup } from '../support/sample-backup';

describe('the sample months of the demo', () => {
  it('are a valid backup of the current schema', () => {
    const parsed = parseBackup(JSON.stringify(sampleBackup(Date.now(), db.verno)), db.verno);
    expect(parsed.ok ? parsed.backup.tables.contacts.length : parsed.problems).toBe(6);
  });
});
