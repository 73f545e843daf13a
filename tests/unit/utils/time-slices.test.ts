import { describe, expect, it } from 'vitest';
import { timeSlices } from '../../../utils/time-slices';

describe('slices of time', () => {
  it('are due once their budget has run, and start again after yielding', async () => {
    let clock = 100;
    const yielded: number[] = [];
    const slices = timeSlices(
      8,
      () => clock,
      async () => {
        yielded.push(clock);
        clock += 3; // the tasks that ran meanwhile do not count against the next slice
      },
    );
    clock += 7.9;
    expect(slices.due()).toBe(false);
    clock += 0.1;
    expect(slices.due()).toBe(true);
    await slices.next();
    expect(yielded).toEqual([108]);
    expect(slices.due()).toBe(false);
    clock += 8;
    expect(slices.due()).toBe(true);
  });
});
