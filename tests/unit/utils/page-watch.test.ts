// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { watchPage } from '../../../utils/page-watch';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  performance.clearMeasures('tend:detect');
});

/** A watch over the current document, reporting into the returned array. */
function watch(capture: { name: string } | null, waiting: { name: string } | null) {
  const reported: unknown[] = [];
  watchPage({
    detect: () => capture,
    report: (read) => reported.push(read),
    waitingFor: () => waiting,
    isComplete: () => true,
    onDispose: (cleanup) => cleanups.push(cleanup),
  });
  return reported;
}

// `npm run bench` reads how long each detection took from this entry: a page read without waiting
// (a message bubble over the feed) had none, and the bench printed NaN for it.
it('times the read of a page it does not wait for, as it times one it waits for', async () => {
  const reported = watch({ name: 'Marisol Quennevaux' }, null);
  await vi.waitFor(() => expect(reported).toEqual([{ name: 'Marisol Quennevaux' }]));
  expect(performance.getEntriesByName('tend:detect')).toHaveLength(1);
});

it('times the read of a page it waits for', async () => {
  const reported = watch({ name: 'Ana Castillo' }, { name: 'waiting' });
  await vi.waitFor(() => expect(reported).toEqual([{ name: 'Ana Castillo' }]));
  expect(performance.getEntriesByName('tend:detect')).toHaveLength(1);
});
