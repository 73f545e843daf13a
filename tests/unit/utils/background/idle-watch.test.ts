import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleWatch } from '../../../../utils/background/idle-watch';

// The offscreen document asks to be closed after a minute without work, never while a call runs.
describe('idleWatch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says idle once the time has passed with nothing started', () => {
    const onIdle = vi.fn();
    idleWatch(60_000, onIdle);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('never while work runs, and counts the time again from when the last work settled', async () => {
    const onIdle = vi.fn();
    const watch = idleWatch(60_000, onIdle);
    let finish: (value: string) => void = () => undefined;
    const slow = watch.track(() => new Promise<string>((resolve) => (finish = resolve)));
    const failing = watch.track(() => Promise.reject(new Error('refused')));
    await expect(failing).rejects.toThrow('refused');
    vi.advanceTimersByTime(120_000);
    expect(onIdle).not.toHaveBeenCalled();
    finish('done');
    await expect(slow).resolves.toBe('done');
    vi.advanceTimersByTime(59_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });
});
