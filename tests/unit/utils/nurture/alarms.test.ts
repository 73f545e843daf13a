import { describe, expect, it } from 'vitest';
import { alarmChanges, NEXT_DUE_ALARM, TICK_ALARM, TICK_MINUTES } from '../../../../utils/nurture/alarms';

const NOW = 1_800_000_000_000;

describe('alarmChanges', () => {
  it('creates the tick and the exact wake-up when none exists', () => {
    expect(alarmChanges([], NOW + 60_000, NOW)).toEqual([
      { kind: 'create', name: TICK_ALARM, info: { delayInMinutes: 1, periodInMinutes: TICK_MINUTES } },
      { kind: 'create', name: NEXT_DUE_ALARM, info: { when: NOW + 60_000 } },
    ]);
  });

  it('leaves pending alarms alone when they already ring at the right time', () => {
    const existing = [
      { name: TICK_ALARM, scheduledTime: NOW + 30_000, periodInMinutes: TICK_MINUTES },
      { name: NEXT_DUE_ALARM, scheduledTime: NOW + 60_000 },
    ];
    expect(alarmChanges(existing, NOW + 60_000, NOW)).toEqual([]);
  });

  it('moves the exact wake-up when the next due instant changes, and clears it when nothing is pending', () => {
    const existing = [
      { name: TICK_ALARM, scheduledTime: NOW + 30_000, periodInMinutes: TICK_MINUTES },
      { name: NEXT_DUE_ALARM, scheduledTime: NOW + 60_000 },
    ];
    expect(alarmChanges(existing, NOW + 10_000, NOW)).toEqual([{ kind: 'create', name: NEXT_DUE_ALARM, info: { when: NOW + 10_000 } }]);
    expect(alarmChanges(existing, undefined, NOW)).toEqual([{ kind: 'clear', name: NEXT_DUE_ALARM }]);
  });
});
