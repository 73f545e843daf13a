import { describe, expect, it } from 'vitest';
import { badgeText, checkDue, type DueReminderNotice, type NurtureDeps, syncAlarms } from '../../../../utils/background/nurture-wake';
import type { AlarmInfo, AlarmLike } from '../../../../utils/nurture/alarms';
import { NEXT_DUE_ALARM, TICK_ALARM } from '../../../../utils/nurture/alarms';

/** A stand-in for chrome.alarms: create replaces an alarm of the same name, as the browser does. */
function fakeAlarms(clock: { now: number }) {
  const alarms = new Map<string, AlarmLike>();
  let creates = 0;
  return {
    alarms,
    creates: () => creates,
    api: {
      getAll: async () => [...alarms.values()],
      create: (name: string, info: AlarmInfo) => {
        creates++;
        const scheduledTime = 'when' in info ? info.when : clock.now + info.delayInMinutes * 60_000;
        alarms.set(name, { name, scheduledTime, periodInMinutes: 'periodInMinutes' in info ? info.periodInMinutes : undefined });
      },
      clear: async (name: string) => alarms.delete(name),
    },
  };
}

function world(reminders: { id: string; dueAt: number; notifiedAt?: number }[]) {
  const clock = { now: 1_000_000 };
  const alarms = fakeAlarms(clock);
  const notified: string[] = [];
  let badge = -1;
  const deps: NurtureDeps = {
    alarms: alarms.api,
    now: () => clock.now,
    nextWakeAt: async (now) => {
      const future = reminders.filter((reminder) => reminder.dueAt > now).map((reminder) => reminder.dueAt);
      return future.length ? Math.min(...future) : undefined;
    },
    toNotify: async (now) =>
      reminders
        .filter((reminder) => reminder.dueAt <= now && reminder.notifiedAt === undefined)
        .map((reminder): DueReminderNotice => ({ reminderId: reminder.id, contactId: 'c', contactName: 'Ana' })),
    markNotified: async (ids, now) => {
      for (const reminder of reminders) if (ids.includes(reminder.id)) reminder.notifiedAt = now;
    },
    notify: async (notice) => {
      notified.push(notice.reminderId);
    },
    dueCount: async (now) => reminders.filter((reminder) => reminder.dueAt <= now).length,
    setBadge: async (count) => {
      badge = count;
    },
  };
  return { clock, alarms, notified, deps, badge: () => badge };
}

describe('the background wake-up', () => {
  it('does not reset pending alarms when the service worker starts again', async () => {
    const { clock, alarms, deps } = world([{ id: 'r1', dueAt: 5_000_000 }]);
    await syncAlarms(deps);
    const tickAt = alarms.alarms.get(TICK_ALARM)?.scheduledTime;
    expect(alarms.alarms.get(NEXT_DUE_ALARM)?.scheduledTime).toBe(5_000_000);
    // The worker is stopped and started 40 seconds later: the tick keeps its original schedule.
    clock.now += 40_000;
    await syncAlarms(deps);
    await syncAlarms(deps);
    expect(alarms.alarms.get(TICK_ALARM)?.scheduledTime).toBe(tickAt);
    expect(alarms.creates()).toBe(2);
  });

  it('notifies what fell due while the browser was closed, once, and counts it on the badge', async () => {
    const { clock, notified, deps, badge, alarms } = world([
      { id: 'past', dueAt: 500_000 },
      { id: 'future', dueAt: 9_000_000 },
    ]);
    expect(await checkDue(deps)).toEqual({ notified: 1, badge: 1 });
    expect(notified).toEqual(['past']);
    expect(badge()).toBe(1);
    expect(alarms.alarms.get(NEXT_DUE_ALARM)?.scheduledTime).toBe(9_000_000);
    // Woken again (another alarm, the panel): nothing is notified twice.
    expect(await checkDue(deps)).toEqual({ notified: 0, badge: 1 });
    // The exact alarm rings at the next due instant.
    clock.now = 9_000_000;
    expect(await checkDue(deps)).toEqual({ notified: 1, badge: 2 });
    expect(notified).toEqual(['past', 'future']);
    expect(alarms.alarms.has(NEXT_DUE_ALARM)).toBe(false);
  });

  it('writes the badge short', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(250)).toBe('99+');
  });
});
