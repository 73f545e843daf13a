/** `scheduler.yield`, where the browser has it (Chromium 129+): not yet in TypeScript's DOM types. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Lets every task already queued run first (timers, database answers, React's renders), then goes
 * on: for long work with nothing to wait for between its slices (a file read, checked and matched
 * for its preview), which would otherwise keep them all waiting until it ends. A message to
 * ourselves, without the 4 ms that nested `setTimeout`s are held back by.
 */
export function yieldToTasks(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Lets the page handle input and paint, then resumes ahead of other queued tasks (`scheduler.yield`;
 * elsewhere `yieldToTasks`): for work the rep waits on that waits for the database between its
 * slices anyway (the exports), so queued tasks run meanwhile.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldToTasks();
}
