import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraseAll, exportBackup, latestSchemaVersion, restoreBackup } from '../../../storage/backup';
import { createContact, updateContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { addReminder, snoozeReminder } from '../../../storage/reminders';
import { saveSettings } from '../../../storage/save-settings';
import { logTouch } from '../../../storage/touches';
import { parseBackup } from '../../../utils/io/backup';
import type { ContactInput } from '../../../utils/model/contact';
import { DEFAULT_CADENCE } from '../../../utils/model/settings-defaults';
import { ROLES, STAGES, TOUCH_TYPES } from '../../../utils/model/vocabulary';

/** Any text a rep or a page might give us, including the odd ones. */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom('Zoë Müller', '山田 太郎', '<script>x</script>', 'a\u202Eb', '"quoted, comma"'),
);
const name = text.filter((value) => value.trim().length > 0);

const contactInput = fc.record({
  fullName: name,
  title: fc.option(name, { nil: undefined }),
  companyName: fc.option(name, { nil: undefined }),
  emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 2 }),
  roles: fc.subarray([...ROLES]),
  tags: fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 10 }).filter((tag) => tag.trim().length > 0),
    { maxLength: 3 },
  ),
  stage: fc.constantFrom(...STAGES.filter((stage) => stage !== 'discontinued')),
  cadenceDays: fc.option(fc.integer({ min: 1, max: 365 }), { nil: undefined }),
});

async function populate(people: ContactInput[], touches: number[], reminders: number[]): Promise<void> {
  const ids: string[] = [];
  for (const person of people) {
    try {
      ids.push((await createContact(person, 1_000)).id);
    } catch {
      // Two generated people sharing an email are refused by design; the rest still count.
    }
  }
  for (const [index, at] of touches.entries()) {
    const contactId = ids[index % Math.max(1, ids.length)];
    if (contactId)
      await logTouch({
        contactId,
        type: TOUCH_TYPES[index % TOUCH_TYPES.length] ?? 'email',
        direction: index % 2 ? 'in' : 'out',
        at,
        answered: index % 3 !== 0,
        summary: `touch ${index}`,
      });
  }
  for (const [index, dueAt] of reminders.entries()) {
    const contactId = ids[index % Math.max(1, ids.length)];
    if (!contactId) continue;
    const reminder = await addReminder({ contactId, dueAt, note: `reminder ${index}` }, 2_000);
    if (index % 2) await snoozeReminder(reminder.id, dueAt + 86_400_000, 2_000);
  }
  if (ids[0]) await updateContact(ids[0], { stage: 'discontinued', stageReason: 'moved away' }, 3_000);
}

describe('backup', () => {
  it('restores exactly what was exported, whatever the data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(contactInput, { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 2_000_000_000_000 }), { maxLength: 10 }),
        fc.array(fc.integer({ min: 3_000, max: 2_000_000_000_000 }), { maxLength: 5 }),
        async (people, touches, reminders) => {
          await eraseAll();
          await populate(people, touches, reminders);
          await saveSettings({ neverLog: ['@colleagues.example'], cadenceByStage: { ...DEFAULT_CADENCE, customer: 45 } });
          const exported = await exportBackup(9_000);
          const file = JSON.stringify(exported);
          await eraseAll();
          expect(await db.contacts.count()).toBe(0);
          const parsed = parseBackup(file, latestSchemaVersion());
          if (!parsed.ok) throw new Error(parsed.problems.join('; '));
          await restoreBackup(parsed.backup);
          expect(await exportBackup(9_000)).toEqual(exported);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('refuses a damaged or foreign file with the reasons, and restores nothing', async () => {
    await createContact({ fullName: 'Kept' });
    const exported = await exportBackup();
    const damaged = JSON.parse(JSON.stringify(exported));
    damaged.tables.contacts[0].stage = 'best-friend';
    const parsed = parseBackup(JSON.stringify(damaged), latestSchemaVersion());
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems[0]).toMatch(/^tables\.contacts\.0\.stage:/);
    expect(parseBackup('{"hello":1}', 2)).toEqual({ ok: false, problems: ['This JSON file is not a Tend backup.'] });
    expect(parseBackup('not json', 2)).toEqual({ ok: false, problems: ['This file is not JSON, so not a Tend backup.'] });
    expect(parseBackup(JSON.stringify({ ...exported, schemaVersion: 99 }), 2).ok).toBe(false);
  });

  it('keeps the old data when a restore fails half-way', async () => {
    const kept = await createContact({ fullName: 'Kept', emails: ['kept@example.com'] });
    const exported = await exportBackup();
    // Two contacts claiming the same email break the unique alias index during the restore.
    const clash = { ...exported.tables.contacts[0], id: 'other' } as (typeof exported.tables.contacts)[number];
    const broken = { ...exported, tables: { ...exported.tables, contacts: [...exported.tables.contacts, clash] } };
    await expect(restoreBackup(broken)).rejects.toThrow();
    expect((await db.contacts.toArray()).map((contact) => contact.id)).toEqual([kept.id]);
  });
});
