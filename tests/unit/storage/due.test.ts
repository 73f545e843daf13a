import { addDays } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { getContact } from '../../../storage/contact-reads';
import { createContact, stageHistory, updateContact } from '../../../storage/contacts';
import { db } from '../../../storage/db';
import { snoozeContact } from '../../../storage/due';
import { ValidationError } from '../../../storage/errors';
import { addReminder } from '../../../storage/reminders';
import { saveSettings } from '../../../storage/save-settings';
import { countDueContacts, dueNotices, dueToday, loadToday } from '../../../storage/today';
import { deleteTouch, logTouch } from '../../../storage/touches';
import { BADGE_MAX, badgeText } from '../../../utils/background/nurture-wake';
import { DEFAULT_CADENCE } from '../../../utils/model/settings-defaults';
import type { Stage } from '../../../utils/model/vocabulary';
import { sectionCounts } from '../../../utils/nurture/today';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const T0 = new Date('2026-09-01T09:00:00Z').getTime();
const day = (n: number) => addDays(T0, n).getTime();

/** Today as the view shows it once counted: its items, and the sections' counts with the contacts counted whole. */
async function todayAt(now: number, all = false) {
  const items = await loadToday(now, all);
  return { items, counts: sectionCounts(items, await countDueContacts(now)) };
}

describe('the cadence clock in storage', () => {
  it('starts from when the contact was kept and restarts from every touch, never from a reminder', async () => {
    process.env.TZ = 'UTC';
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, T0);
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(30));
    await addReminder({ contactId: ana.id, dueAt: day(3), note: 'Send the deck' }, day(2));
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(30));
    await logTouch({ contactId: ana.id, type: 'call', direction: 'out', at: day(10), answered: false });
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(40));
    // A touch logged late, dated before the last one, does not move the clock back.
    await logTouch({ contactId: ana.id, type: 'email', direction: 'in', at: day(5) });
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(40));
  });

  it('moves with the stage, the contact override and the cadence settings', async () => {
    process.env.TZ = 'UTC';
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, T0);
    await updateContact(ana.id, { stage: 'sales-ready', stageReason: 'asked for pricing' }, day(1));
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(7));
    await updateContact(ana.id, { cadenceDays: 3 }, day(1));
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(3));
    await updateContact(ana.id, { cadenceDays: undefined }, day(1));
    await saveSettings({ cadenceByStage: { ...DEFAULT_CADENCE, 'sales-ready': 5 } });
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(5));
  });

  it('silences a do-not-contact contact: no due date, no Today item, no notification', async () => {
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, T0);
    await addReminder({ contactId: ana.id, dueAt: day(1) }, T0);
    expect((await todayAt(day(2))).items.length).toBe(1);
    await updateContact(ana.id, { stage: 'do-not-contact', stageReason: 'asked to be left alone' }, day(2));
    expect((await getContact(ana.id))?.nextDueAt).toBeUndefined();
    expect((await todayAt(day(40))).items).toEqual([]);
    expect(await dueNotices(day(40))).toEqual([]);
    expect(await dueToday(day(40))).toBe(0);
  });

  it('snoozes the cadence until a date; the next touch ends the snooze', async () => {
    process.env.TZ = 'UTC';
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, T0);
    expect(await snoozeContact(ana.id, day(45), day(31))).toBeUndefined();
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(45));
    expect(await dueToday(day(31))).toBe(0);
    await expect(snoozeContact(ana.id, day(1), day(31))).rejects.toBeInstanceOf(ValidationError);
    await logTouch({ contactId: ana.id, type: 'meeting', direction: 'out', at: day(32) });
    const after = await getContact(ana.id);
    expect(after?.dueSnoozedUntil).toBeUndefined();
    expect(after?.nextDueAt).toBe(day(62));
  });

  it('recomputes the clock when a touch is deleted', async () => {
    process.env.TZ = 'UTC';
    const ana = await createContact({ fullName: 'Ana', stage: 'nurturing' }, T0);
    await logTouch({ contactId: ana.id, type: 'call', direction: 'out', at: day(5) });
    const { touch } = await logTouch({ contactId: ana.id, type: 'call', direction: 'out', at: day(20) });
    await deleteTouch(touch.id);
    expect((await getContact(ana.id))?.nextDueAt).toBe(day(35));
  });

  it('counts on Today and the badge what is due by the end of today', async () => {
    process.env.TZ = 'UTC';
    await createContact({ fullName: 'Ana', stage: 'sales-ready' }, T0);
    const bo = await createContact({ fullName: 'Bo', stage: 'customer' }, T0);
    await addReminder({ contactId: bo.id, dueAt: day(8) + 3_600_000, note: 'renewal' }, T0);
    const { items } = await todayAt(day(8));
    expect(items.map((item) => [item.kind, item.bucket, item.contact.fullName])).toEqual([
      ['cadence', 'stale', 'Ana'],
      ['reminder', 'today', 'Bo'],
    ]);
    expect(await dueToday(day(8))).toBe(2);
  });
});

describe('stage history', () => {
  it('keeps every change with its date and reason, and refuses discontinuing without a reason', async () => {
    const ana = await createContact({ fullName: 'Ana' }, T0);
    await updateContact(ana.id, { stage: 'nurturing', stageReason: 'first call went well' }, day(1));
    await updateContact(ana.id, { title: 'CFO' }, day(2));
    await expect(updateContact(ana.id, { stage: 'discontinued' }, day(3))).rejects.toBeInstanceOf(ValidationError);
    await updateContact(ana.id, { stage: 'discontinued', stageReason: 'left the industry' }, day(4));
    const events = await stageHistory(ana.id);
    expect(events.map((event) => [event.from, event.to, event.at, event.reason])).toEqual([
      [undefined, 'new', T0, undefined],
      ['new', 'nurturing', day(1), 'first call went well'],
      ['nurturing', 'discontinued', day(4), 'left the industry'],
    ]);
    expect((await getContact(ana.id))?.stage).toBe('discontinued');
    expect(await db.stageEvents.count()).toBe(3);
  });
});

describe('Today with thousands due', () => {
  /** One contact per due date, copied from the contact kept first (`${id}-${n}`, named `${name} ${n}`), straight into the table. */
  async function addDueLike(id: string, name: string, dues: readonly number[], stageOf: (n: number) => Stage): Promise<void> {
    const record = await db.contacts.toCollection().first();
    if (!record) throw new Error('no contact to copy');
    await db.contacts.bulkAdd(
      dues.map((nextDueAt, n) => ({
        ...record,
        id: `${id}-${n}`,
        aliases: [`email:${id}-${n}@example.com`],
        fullName: `${name} ${n}`,
        stage: stageOf(n),
        nextDueAt,
      })),
    );
  }

  it('reads the first contacts gone stale, ranked as if all were read, counts the rest, and reads them all when asked', async () => {
    await createContact({ fullName: 'Template', stage: 'nurturing' }, T0);
    // 2,600 more, in runs of equal due dates that straddle the reads' chunks, and some not due yet.
    const dues = [...Array(1_300).fill(day(31)), ...Array(900).fill(day(32)), ...Array(400).fill(day(60))];
    await addDueLike('due', 'Due', dues, (n) => (n % 7 === 0 ? 'opportunity' : 'nurturing'));
    const all = await todayAt(day(33), true);
    const ids = all.items.map((item) => item.contact.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(1 + 1_300 + 900);
    expect(ids).not.toContain('due-2200');
    expect(all.counts.stale).toBe(2_201);

    // At first only the most overdue are read: the template, then the whole of the next day (ranked
    // by stage and name within it), so the first screenful is exactly the one of the full list.
    const first = await todayAt(day(33));
    expect(first.counts).toEqual(all.counts);
    expect(first.items).toHaveLength(1 + 1_300);
    expect(first.items.slice(0, 60)).toEqual(all.items.slice(0, 60));
    expect(await dueToday(day(33))).toBe(2_201);
  });
  it('counts for the badge only as far as it shows: 99 gone stale read 99, one more 99+, 2,200 more never counted whole', async () => {
    await createContact({ fullName: 'Template', stage: 'nurturing' }, T0);
    // With the template, 99 gone stale on day 33; then one more; then 2,200 more.
    await addDueLike('stale', 'Stale', Array(98).fill(day(31)), () => 'nurturing');
    const enough = BADGE_MAX + 1;
    expect(await dueToday(day(33), enough)).toBe(99);
    expect(badgeText(await dueToday(day(33), enough))).toBe('99');
    await addDueLike('more', 'More', [day(32)], () => 'nurturing');
    expect(badgeText(await dueToday(day(33), enough))).toBe('99+');
    await addDueLike('many', 'Many', Array(2_200).fill(day(32)), () => 'nurturing');
    const capped = await dueToday(day(33), enough);
    expect(badgeText(capped)).toBe('99+');
    // Exact counting is still there for whoever asks it.
    expect(await dueToday(day(33))).toBe(2_300);
    expect(capped).toBeLessThan(2_300);
  });
  it('reads the first contacts due this week, ranked as if all were read, counts them all with its reminders, and reads them all when asked', async () => {
    const template = await createContact({ fullName: 'Template', stage: 'nurturing' }, T0);
    // Seen on day 10: 120 due on each of the next seven days (from 10:00), 40 due today, 60 next month.
    const dues = [
      ...Array.from({ length: 7 * 120 }, (_, n) => day(11 + Math.floor(n / 120)) + 3_600_000),
      ...Array(40).fill(day(10) + 7_200_000),
      ...Array(60).fill(day(40)),
    ];
    await addDueLike('week', 'Week', dues, (n) => (n % 5 === 0 ? 'sales-ready' : 'nurturing'));
    await db.contacts.delete(template.id);
    // A reminder due this week, for someone due next month: one more item in the week's count.
    await addReminder({ contactId: 'week-900', dueAt: day(12) }, day(9));
    const all = await todayAt(day(10), true);
    const week = (list: typeof all) => list.items.filter((item) => item.bucket === 'week');
    expect(week(all)).toHaveLength(7 * 120 + 1);
    expect(all.counts.week).toBe(7 * 120 + 1);
    expect(all.counts.today).toBe(40);

    // At first only the soonest day is read whole (50 and the rest of their day), and the reminder.
    const first = await todayAt(day(10));
    expect(first.counts).toEqual(all.counts);
    expect(week(first)).toHaveLength(120 + 1);
    expect(week(first).slice(0, 60)).toEqual(week(all).slice(0, 60));
    expect(first.items.filter((item) => item.bucket === 'today')).toEqual(all.items.filter((item) => item.bucket === 'today'));
  });
});
