import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gmailWaiting, readGmailThread } from '../utils/detectors/gmail-thread-read';
import { sameGmailPage } from '../utils/page-keys';
import { runPageScript } from '../utils/page-script-main';

// Reads the open Gmail thread's participants (never message bodies) and tells the background.
// Gmail moves between threads by changing the hash only; list views report "nothing here".
// The background injects it once the tab has loaded (it is not declared in the manifest).
export default defineUnlistedScript(() => {
  runPageScript({ detect: () => readGmailThread(document, location.href), waitingFor: gmailWaiting, samePage: sameGmailPage });
});
