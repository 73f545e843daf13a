import { browser } from 'wxt/browser';
import type { RawRead } from './detectors/reads';
import { isCompleteRead } from './detectors/reads';
import { markPageScriptRunning } from './page-scripts';
import { type PageWatchOptions, watchPage } from './page-watch';
import { sendToBackground } from './send-message';

// The body of each page script: follow the page, read it, send each read to the background (which
// checks it), and leave the mark that keeps a second copy from starting.

interface PageScriptContext {
  readonly isValid: boolean;
  onInvalidated: (cleanup: () => void) => void;
}

/**
 * Whether this copy still belongs to the installed extension: after an update or a reload the old
 * copy stays in the page with its runtime gone. Checked when asked (the background's probe asks
 * before starting a new copy; a failed send asks too), and a dead copy stops watching the page.
 */
function extensionContext(): PageScriptContext {
  const cleanups: (() => void)[] = [];
  let valid = true;
  return {
    get isValid() {
      if (valid && !browser.runtime?.id) {
        valid = false;
        for (const cleanup of cleanups.splice(0)) cleanup();
      }
      return valid;
    },
    onInvalidated: (cleanup) => {
      cleanups.push(cleanup);
    },
  };
}

export function runPageScript(read: {
  detect: () => RawRead | null;
  waitingFor: (url: string) => RawRead | null;
  liveParts?: PageWatchOptions<RawRead>['liveParts'];
  /** The site's own "same page" (utils/page-keys.ts). */
  samePage: (a: string, b: string) => boolean;
}): void {
  const ctx = extensionContext();
  const watch = watchPage({
    detect: read.detect,
    waitingFor: read.waitingFor,
    liveParts: read.liveParts,
    isComplete: isCompleteRead,
    samePage: read.samePage,
    report: (capture) => {
      sendToBackground({ type: 'capture', capture, url: location.href }).catch(() => {
        // The extension was reloaded or updated: this copy is orphaned; asking makes it stop.
        void ctx.isValid;
      });
    },
    onDispose: (cleanup) => ctx.onInvalidated(cleanup),
  });
  markPageScriptRunning(() => ctx.isValid, watch.poke);
}
