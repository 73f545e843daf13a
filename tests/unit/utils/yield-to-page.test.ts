import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage, yieldToTasks } from '../../../utils/yield-to-page';

describe('yielding to the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("uses the browser's scheduler.yield where there is one", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('elsewhere resumes after the tasks already queued, not within the current one', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const resumed = yieldToPage().then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('same task');
    await resumed;
    expect(order).toEqual(['same task', 'resumed']);
  });
});

describe('yielding to every queued task', () => {
  afterEach(() => vi.unstubAllGlobals());

  // scheduler.yield resumes ahead of queued timers and database answers: a preview's slices would
  // keep them all waiting until the last slice.
  it('never resumes through scheduler.yield, even where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    const order: string[] = [];
    const resumed = yieldToTasks().then(() => order.push('resumed'));
    await Promise.resolve();
    order.push('same task');
    await resumed;
    expect(order).toEqual(['same task', 'resumed']);
    expect(yielded).not.toHaveBeenCalled();
  });
});
