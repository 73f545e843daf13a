import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { outlookWaiting, readOutlookThread } from '../utils/detectors/outlook-thread-read';
import { sameOutlookPage } from '../utils/page-keys';
import { runPageScript } from '../utils/page-script-main';

// Reads the conversation in Outlook on the web's reading pane (who wrote to whom and when, never
// the bodies) and tells the background. Outlook's hosts are optional permissions: the background
// can inject this only after the rep switched Outlook on in Settings and the browser granted it.
export default defineUnlistedScript(() => {
  runPageScript({ detect: () => readOutlookThread(document, location.href), waitingFor: outlookWaiting, samePage: sameOutlookPage });
});
