import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readLinkedInCompany } from '../utils/detectors/linkedin-company-read';
import { conversationWaiting, inMessaging, overlayRoots, readLinkedInConversation } from '../utils/detectors/linkedin-conversation-read';
import { linkedInWaiting, readLinkedInProfile } from '../utils/detectors/linkedin-profile-read';
import { sameLinkedInPage } from '../utils/page-keys';
import { runPageScript } from '../utils/page-script-main';

// Reads the LinkedIn page the rep is on and tells the background who or what it is about: an open
// conversation (the messaging page, or a message bubble over any page) first, else the profile or
// company. LinkedIn navigates without reloading, so it runs on the whole site and stays silent
// (reports "nothing here") on pages it does not understand. The background checks what it receives.
// The background injects it once the tab has loaded (it is not declared in the manifest).
export default defineUnlistedScript(() => {
  runPageScript({
    detect: () =>
      readLinkedInConversation(document, location.href) ??
      readLinkedInProfile(document, location.href) ??
      readLinkedInCompany(document, location.href),
    waitingFor: (url) => conversationWaiting(url) ?? linkedInWaiting(url),
    liveParts: { matches: inMessaging, roots: () => overlayRoots(document) },
    samePage: sameLinkedInPage,
  });
});
