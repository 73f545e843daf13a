import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailWaiting, readGmailThread } from '../utils/detectors/gmail-thread-read';
import { runPageScript } from '../utils/page-script-main';
import { GMAIL_PAGES } from '../utils/page-scripts';

// Reads the open Gmail thread's participants (never message bodies) and tells the background.
// Gmail moves between threads by changing the hash only; list views report "nothing here".
// The background injects it once the tab has loaded ("runtime": not declared in the manifest).
export default defineContentScript({
  matches: [GMAIL_PAGES],
  registration: 'runtime',
  main(ctx) {
    runPageScript(ctx, { detect: () => readGmailThread(document, location.href), waitingFor: gmailWaiting });
  },
});
