import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../../../utils/model/settings-defaults';
import { countsOf, type DueContact, dueCount, itemsBySection, todayItems } from '../../../../utils/nurture/today';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

const at = (iso: string) => new Date(iso).getTime();
const DAY = 86_400_000;

function contact(id: string, fields: Partial<DueContact> = {}): DueContact {
  return { id, fullName: id, stage: 'nurturing', createdAt: 0, ...fields };
}

describe('todayItems', () => {
  it('sorts what is due into overdue, today, this week and stale, with a reason each', () => {
    process.env.TZ = 'UTC';
    const now = at('2026-11-22T10:00:00Z');
    const items = todayItems(
      [
        contact('Stale', { lastTouchAt: now - 43 * DAY, nextDueAt: now - 13 * DAY }),
        contact('Tonight', { lastTouchAt: now - 30 * DAY + 5 * 3_600_000, nextDueAt: at('2026-11-22T15:00:00Z') }),
        contact('Friday', { lastTouchAt: now - 25 * DAY, nextDueAt: at('2026-11-27T09:00:00Z') }),
        contact('Later', { nextDueAt: at('2026-12-20T09:00:00Z') }),
        contact('Owed'),
      ],
      [
        { id: 'r1', contactId: 'Owed', dueAt: at('2026-11-20T09:00:00Z'), note: 'Send the deck' },
        { id: 'r2', contactId: 'Owed', dueAt: at('2026-11-22T16:00:00Z') },
        { id: 'r3', contactId: 'Owed', dueAt: at('2026-12-22T16:00:00Z') },
      ],
      DEFAULT_CADENCE,
      now,
    );
    expect(items.map((item) => [item.bucket, item.contact.id, item.reason])).toEqual([
      ['stale', 'Stale', '43 days since last touch; cadence 30'],
      ['overdue', 'Owed', 'Reminder 2 days overdue: Send the deck'],
      ['today', 'Owed', 'Reminder due today'],
      ['today', 'Tonight', '30 days since last touch; cadence 30'],
      ['week', 'Friday', '25 days since last touch; cadence 30'],
    ]);
    expect(countsOf(items)).toEqual({ overdue: 1, today: 2, week: 1, stale: 1 });
    expect(dueCount(countsOf(items))).toBe(4);
    const sections = itemsBySection(items);
    expect(Object.fromEntries(Object.entries(sections).map(([bucket, list]) => [bucket, list.map((item) => item.contact.id)]))).toEqual({
      overdue: ['Owed'],
      today: ['Owed', 'Tonight'],
      week: ['Friday'],
      stale: ['Stale'],
    });
  });

  it('ranks by how overdue, then by how close the contact is to a deal', () => {
    process.env.TZ = 'UTC';
    const now = at('2026-11-22T10:00:00Z');
    const items = todayItems(
      [
        contact('Nurtured', { nextDueAt: now - 2 * DAY }),
        contact('Opportunity', { stage: 'opportunity', nextDueAt: now - 2 * DAY }),
        contact('Older', { nextDueAt: now - 9 * DAY }),
      ],
      [],
      DEFAULT_CADENCE,
      now,
    );
    expect(items.map((item) => item.contact.id)).toEqual(['Older', 'Opportunity', 'Nurtured']);
  });

  it('never lists reminders of a contact who asked not to be contacted', () => {
    const now = at('2026-11-22T10:00:00Z');
    const items = todayItems(
      [contact('Gone', { stage: 'do-not-contact' })],
      [{ id: 'r', contactId: 'Gone', dueAt: now - DAY }],
      DEFAULT_CADENCE,
      now,
    );
    expect(items).toEqual([]);
  });

  it('decides "today" in the rep\'s own time zone', () => {
    const due = at('2026-11-22T14:00:00Z');
    const now = at('2026-11-22T20:00:00Z');
    const reminders = [{ id: 'r', contactId: 'A', dueAt: due }];
    process.env.TZ = 'Asia/Tokyo'; // Due 22 Nov 23:00 there, and it is already 23 Nov 05:00: overdue.
    expect(todayItems([contact('A')], reminders, DEFAULT_CADENCE, now)[0]?.bucket).toBe('overdue');
    process.env.TZ = 'America/Los_Angeles'; // Due 22 Nov 06:00 there, and it is 22 Nov 12:00: today.
    expect(todayItems([contact('A')], reminders, DEFAULT_CADENCE, now)[0]?.bucket).toBe('today');
  });
});
