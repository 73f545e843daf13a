// Follows a single-page site's in-page navigation and reports what a detector reads, without
// slowing the page: no polling, one small observer on <title>, and after each navigation one
// observer that waits for the page to render, debounced, and disconnects once the read is complete
// or its time is up. Right after an in-page move the previous page's markup can linger (the URL
// changes first), so the panel is told to wait until the page's own markers name the new URL.

export interface PageWatchOptions<T> {
  detect: () => T | null;
  report: (capture: T | null) => void;
  /** What to report while a page the script reads is still showing the previous one; null for other pages. */
  waitingFor: (url: string) => T | null;
  /** True when nothing more is coming (no card still to load); until then the watch keeps reading. */
  isComplete: (capture: T) => boolean;
  /** Two addresses of the same page (an overlay over a profile): no wait is shown between them. */
  samePage?: (a: string, b: string) => boolean;
  /** How long to wait for a page to render anything the detector reads before saying "nothing here". */
  maxWaitMs?: number;
  /** How long to keep reading a page that is still loading parts of itself (cards loaded on scroll). */
  followUpMs?: number;
  /** Quiet time after the last DOM change before reading. */
  settleMs?: number;
  /** Called to register cleanups that must run when the content script is invalidated. */
  onDispose: (cleanup: () => void) => void;
  /**
   * Parts of the page that change without a navigation (LinkedIn's message bubbles): the rep's
   * clicks, focus and Enter inside them start a new bounded read, which also watches `roots()`
   * (shadow roots a document observer cannot see into).
   */
  liveParts?: { matches: (path: readonly EventTarget[]) => boolean; roots: () => Node[] };
}

export function watchPage<T>({
  detect,
  report,
  waitingFor,
  isComplete,
  samePage = (a, b) => a === b,
  maxWaitMs = 10_000,
  followUpMs = 60_000,
  settleMs = 250,
  onDispose,
  liveParts,
}: PageWatchOptions<T>): { poke: () => void } {
  let lastUrl = '';
  let lastReported: string | undefined;
  let stopWaiting: (() => void) | undefined;

  const send = (capture: T | null) => {
    const serialised = JSON.stringify(capture);
    if (serialised === lastReported) return;
    lastReported = serialised;
    report(capture);
  };

  /** A user-timing entry per detection, wherever it runs: free to record, and what `npm run bench` reads. */
  const timedDetect = () => {
    const start = performance.now();
    const capture = detect();
    // Only the latest entry is kept: the page's timeline must not grow with every navigation.
    performance.clearMeasures('tend:detect');
    performance.measure('tend:detect', { start, end: performance.now() });
    return capture;
  };

  /** Read now and whenever the page settles after a change, until the read is complete or time is up. */
  const readUntilComplete = (afterNavigation: boolean, from: string) => {
    stopWaiting?.();
    let settleTimer: ReturnType<typeof setTimeout> | undefined;
    let found = false;
    const waiting = waitingFor(location.href);
    const attempt = () => {
      const capture = timedDetect();
      if (capture === null) return;
      found = true;
      send(capture);
      if (JSON.stringify(capture) !== JSON.stringify(waiting) && isComplete(capture)) finish();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(settleTimer);
      settleTimer = setTimeout(attempt, settleMs);
    });
    // Nothing this script reads appeared in time: not a page it understands.
    const nothingHere = setTimeout(() => {
      if (found) return;
      finish();
      send(null);
    }, maxWaitMs);
    const giveUp = setTimeout(() => finish(), followUpMs);
    const finish = () => {
      observer.disconnect();
      clearTimeout(settleTimer);
      clearTimeout(nothingHere);
      clearTimeout(giveUp);
      stopWaiting = undefined;
    };
    stopWaiting = finish;
    if (waiting === null) {
      // Not a page this script reads (a feed, an inbox list): say so at once, nothing to wait for.
      finish();
      send(timedDetect());
      return;
    }
    // The whole document: the title (which lags behind in-page moves) is one of the page's markers.
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    for (const root of liveParts?.roots() ?? []) observer.observe(root, { childList: true, subtree: true, characterData: true });
    if (afterNavigation) {
      // The old page's markup is still there: never show it under the new address.
      if (!samePage(from, location.href)) send(waiting);
      settleTimer = setTimeout(attempt, settleMs);
    } else attempt();
  };

  const onMaybeNavigated = () => {
    if (location.href === lastUrl) return;
    const from = lastUrl;
    lastUrl = location.href;
    readUntilComplete(from !== '', from);
  };

  // The rep acted in a live part (opened, closed or wrote in a message bubble): read again, once
  // the page has reacted. Events, not an observer: nothing runs while the rep does nothing.
  let liveTimer: ReturnType<typeof setTimeout> | undefined;
  const onLiveEvent = (event: Event) => {
    if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
    if (!liveParts?.matches(event.composedPath())) return;
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => readUntilComplete(false, location.href), settleMs * 2);
  };
  const LIVE_EVENTS = ['click', 'focusin', 'keydown'] as const;

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
    if (liveParts) for (const type of LIVE_EVENTS) document.addEventListener(type, onLiveEvent, { capture: true, passive: true });
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
    clearTimeout(liveTimer);
    if (liveParts) for (const type of LIVE_EVENTS) document.removeEventListener(type, onLiveEvent, { capture: true });
  });
  return {
    poke: () => {
      if (started) onMaybeNavigated();
    },
  };
}
