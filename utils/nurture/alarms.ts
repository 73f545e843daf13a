// Alarms are only wake-ups: IndexedDB says what is due. These rules decide which alarms to
// (re)create so that a service worker starting again never pushes back an alarm already pending.

export const TICK_ALARM = 'tend:tick';
export const NEXT_DUE_ALARM = 'tend:next-due';
/** The tick re-reads the database, catches the day rolling over and anything the exact alarm missed. */
export const TICK_MINUTES = 15;

export interface AlarmLike {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number | undefined;
}

/** Either a one-off alarm at an instant or a repeating one; the browsers accept no other mix. */
export type AlarmInfo = { when: number } | { delayInMinutes: number; periodInMinutes: number };

export type AlarmChange = { kind: 'create'; name: string; info: AlarmInfo } | { kind: 'clear'; name: string };

/**
 * What to change so that the tick exists and the exact alarm rings at the next due instant.
 * An existing tick is left alone (re-creating it would restart its period); the exact alarm is only
 * replaced when the next due instant differs from the one it is set for.
 */
export function alarmChanges(existing: readonly AlarmLike[], nextDueAt: number | undefined, now: number): AlarmChange[] {
  const changes: AlarmChange[] = [];
  const tick = existing.find((alarm) => alarm.name === TICK_ALARM);
  if (!tick || tick.periodInMinutes !== TICK_MINUTES) {
    changes.push({ kind: 'create', name: TICK_ALARM, info: { delayInMinutes: 1, periodInMinutes: TICK_MINUTES } });
  }
  const next = existing.find((alarm) => alarm.name === NEXT_DUE_ALARM);
  if (nextDueAt === undefined || nextDueAt <= now) {
    if (next) changes.push({ kind: 'clear', name: NEXT_DUE_ALARM });
  } else if (!next || next.scheduledTime !== nextDueAt) {
    changes.push({ kind: 'create', name: NEXT_DUE_ALARM, info: { when: nextDueAt } });
  }
  return changes;
}
