import { yieldToTasks } from './yield-to-page';

/**
 * Long work cut by time rather than by count: `due()` says the current slice has run `budgetMs`,
 * `next()` lets every queued task run (yieldToTasks) and starts another. A slice counted in rows
 * (1,000 validated, 5,000 matched) ran 25-40 ms on a 2-core laptop, and a timer that came due
 * during one waited for the next slice too, the message that resumes the work being queued ahead
 * of it: the import preview held the panel's other tasks 100-257 ms (issue 22's limit is 100). A
 * slice of `budgetMs` is as short on a slow laptop as on a fast one.
 */
export interface TimeSlices {
  due(): boolean;
  next(): Promise<void>;
}

const SLICE_MS = 8;

export function timeSlices(
  budgetMs = SLICE_MS,
  now: () => number = () => performance.now(),
  yieldNow: () => Promise<void> = yieldToTasks,
): TimeSlices {
  let started = now();
  return {
    due: () => now() - started >= budgetMs,
    next: async () => {
      await yieldNow();
      started = now();
    },
  };
}
