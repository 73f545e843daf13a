import type { RawRead } from './detectors/reads';
import { isCompleteRead } from './detectors/reads';
import { markPageScriptRunning, samePage } from './page-scripts';
import { watchPage } from './page-watch';
import { sendToBackground } from './send-message';

// The body of each page script: follow the page, read it, send each read to the background (which
// checks it), and leave the mark that keeps a second copy from starting.

export interface PageScriptContext {
  readonly isValid: boolean;
  onInvalidated: (cleanup: () => void) => void;
}

export function runPageScript(
  ctx: PageScriptContext,
  read: { detect: () => RawRead | null; waitingFor: (url: string) => RawRead | null },
): void {
  const watch = watchPage({
    detect: read.detect,
    waitingFor: read.waitingFor,
    isComplete: isCompleteRead,
    samePage,
    report: (capture) => {
      sendToBackground({ type: 'capture', capture, url: location.href }).catch(() => {
        // The extension was reloaded or updated: this page's script is orphaned and stays quiet.
      });
    },
    onDispose: (cleanup) => ctx.onInvalidated(cleanup),
  });
  markPageScriptRunning(() => ctx.isValid, watch.poke);
}
