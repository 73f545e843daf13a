import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readGmailThread } from '../utils/detectors/gmail-thread-read';
import { GMAIL_PAGES, markPageScriptRunning } from '../utils/page-scripts';
import { watchPage } from '../utils/page-watch';

// Reads the open Gmail thread's participants (never message bodies) and tells the background.
// Gmail moves between threads by changing the hash only; list views report "nothing here".
// The background injects it once the tab has loaded ("runtime": not declared in the manifest).
export default defineContentScript({
  matches: [GMAIL_PAGES],
  registration: 'runtime',
  main(ctx) {
    markPageScriptRunning(() => ctx.isValid);
    watchPage({
      detect: () => readGmailThread(document, location.href),
      report: (capture) => {
        browser.runtime.sendMessage({ type: 'capture', capture }).catch(() => {
          // The extension was reloaded or updated: this page's script is orphaned and stays quiet.
        });
      },
      onDispose: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
