// Says when a piece of work has stood idle: nothing running and nothing started for `ms`. Chrome's
// offscreen document uses it to ask to be closed (entrypoints/offscreen/main.ts), so that it does
// not stay open for the rest of the browser's life after one reminder or capture.

export interface Timers {
  set(callback: () => void, ms: number): ReturnType<typeof setTimeout>;
  clear(timer: ReturnType<typeof setTimeout> | undefined): void;
}

const realTimers: Timers = { set: (callback, ms) => setTimeout(callback, ms), clear: (timer) => clearTimeout(timer) };

export function idleWatch(ms: number, onIdle: () => void, timers: Timers = realTimers) {
  let running = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    timers.clear(timer);
    timer = running === 0 ? timers.set(onIdle, ms) : undefined;
  };
  arm();
  return {
    /** `work` counts as running until it settles; the idle time starts again after it. */
    track<T>(work: () => Promise<T>): Promise<T> {
      running++;
      timers.clear(timer);
      return work().finally(() => {
        running--;
        arm();
      });
    },
  };
}
