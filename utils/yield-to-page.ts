/** `scheduler.yield`, where the browser has it (Chromium 129+): not yet in TypeScript's DOM types. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

/**
 * Lets the page handle input and paint before long work goes on. `scheduler.yield` resumes ahead of
 * other queued tasks; elsewhere a message to ourselves does the same without the 4 ms that nested
 * `setTimeout`s are held back by.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
