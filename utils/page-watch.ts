// Follows a single-page site's in-page navigation and reports what a detector finds, without
// slowing the page: no polling, one small observer on <title>, and a bounded wait for the new
// page to render that disconnects as soon as the page settles or the time is up.

export interface PageWatchOptions<T> {
  detect: () => T | null;
  report: (capture: T | null) => void;
  /** How long to wait for a page to render what the detector needs. */
  maxWaitMs?: number;
  /** Quiet time after the last DOM change before reading. */
  settleMs?: number;
  /** Called to register cleanups that must run when the content script is invalidated. */
  onDispose: (cleanup: () => void) => void;
}

export function watchPage<T>({ detect, report, maxWaitMs = 10_000, settleMs = 250, onDispose }: PageWatchOptions<T>): void {
  let lastUrl = '';
  let lastReported: string | undefined;
  let stopWaiting: (() => void) | undefined;

  const send = (capture: T | null) => {
    const serialised = JSON.stringify(capture);
    if (serialised === lastReported) return;
    lastReported = serialised;
    report(capture);
  };

  /** Read now; if the page has not rendered its subject yet, wait for DOM changes to settle, within a bound. */
  const readWhenReady = (afterNavigation: boolean) => {
    stopWaiting?.();
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let sawChange = false;
    const attempt = (final: boolean) => {
      // A user-timing entry per detection: free to record, and what `npm run bench` reads.
      const start = performance.now();
      const capture = detect();
      // Only the latest entry is kept: the page's timeline must not grow with every navigation.
      performance.clearMeasures('tend:detect');
      performance.measure('tend:detect', { start, end: performance.now() });
      if (capture || final) {
        finish();
        send(capture);
      }
    };
    const observer = new MutationObserver(() => {
      sawChange = true;
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => attempt(false), settleMs);
    });
    const deadline = setTimeout(() => attempt(true), maxWaitMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(settleTimer);
      clearTimeout(deadline);
      stopWaiting = undefined;
    };
    stopWaiting = finish;
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    // After an in-page navigation the old page's markup is still there: read only once the new
    // one has started rendering and gone quiet. On first load the page may already be complete.
    if (!afterNavigation) attempt(false);
    else
      settleTimer = setTimeout(() => {
        if (!sawChange) attempt(false);
      }, settleMs);
  };

  const onMaybeNavigated = () => {
    if (location.href === lastUrl) return;
    const first = lastUrl === '';
    lastUrl = location.href;
    readWhenReady(!first);
  };

  // Sites change <title> on every in-page navigation; popstate covers back and forward, hashchange
  // covers hash-routed apps.
  const titleObserver = new MutationObserver(onMaybeNavigated);
  let started = false;
  const start = () => {
    started = true;
    onMaybeNavigated();
    titleObserver.observe(document.head, { childList: true, subtree: true, characterData: true });
    window.addEventListener('popstate', onMaybeNavigated);
    window.addEventListener('hashchange', onMaybeNavigated);
  };
  // Chromium may run an idle content script before the page's load event; waiting for it (and a
  // turn of the event loop) keeps the first read off the page's own loading path.
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  const startAfterLoad = () => {
    startTimer = setTimeout(start, 0);
  };
  if (document.readyState === 'complete') startAfterLoad();
  else window.addEventListener('load', startAfterLoad, { once: true });
  onDispose(() => {
    window.removeEventListener('load', startAfterLoad);
    clearTimeout(startTimer);
    if (!started) return;
    titleObserver.disconnect();
    stopWaiting?.();
    window.removeEventListener('popstate', onMaybeNavigated);
    window.removeEventListener('hashchange', onMaybeNavigated);
  });
}
