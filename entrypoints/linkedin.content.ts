import { defineContentScript } from 'wxt/utils/define-content-script';
import { readLinkedInCompany } from '../utils/detectors/linkedin-company-read';
import { linkedInWaiting, readLinkedInProfile } from '../utils/detectors/linkedin-profile-read';
import { runPageScript } from '../utils/page-script-main';
import { LINKEDIN_PAGES } from '../utils/page-scripts';

// Reads the LinkedIn page the rep is on and tells the background who or what it is about.
// LinkedIn navigates without reloading, so it runs on the whole site and stays silent (reports
// "nothing here") on pages it does not understand. The background checks what it receives.
// The background injects it once the tab has loaded ("runtime": not declared in the manifest).
export default defineContentScript({
  matches: [LINKEDIN_PAGES],
  registration: 'runtime',
  main(ctx) {
    runPageScript(ctx, {
      detect: () => readLinkedInProfile(document, location.href) ?? readLinkedInCompany(document, location.href),
      waitingFor: linkedInWaiting,
    });
  },
});
