import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage, yieldToTasks } from '../../../utils/yield-to-page';

afterEach(() => vi.unstubAllGlobals());

/** What ran first: the rest of the current task, or the code after the yield. */
async function orderAround(yielding: () => Promise<void>): Promise<string[]> {
  const order: string[] = [];
  const resumed = yielding().then(() => order.push('resumed'));
  await Promise.resolve();
  order.push('same task');
  await resumed;
  return order;
}

describe('yielding to the page', () => {
  it("uses the browser's scheduler.yield where there is one", async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('elsewhere resumes after the tasks already queued, not within the current one', async () => {
    vi.stubGlobal('scheduler', undefined);
    expect(await orderAround(yieldToPage)).toEqual(['same task', 'resumed']);
  });
});

describe('yielding to every queued task', () => {
  // scheduler.yield resumes ahead of queued timers and database answers: a preview's slices would
  // keep them all waiting until the last slice.
  it('never resumes through scheduler.yield, even where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    expect(await orderAround(yieldToTasks)).toEqual(['same task', 'resumed']);
    expect(yielded).not.toHaveBeenCalled();
  });
});
