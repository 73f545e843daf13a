import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readLinkedInCompany } from '../utils/detectors/linkedin-company-read';
import { readLinkedInProfile } from '../utils/detectors/linkedin-profile-read';
import { LINKEDIN_PAGES, markPageScriptRunning } from '../utils/page-scripts';
import { watchPage } from '../utils/page-watch';

// Reads the LinkedIn page the rep is on and tells the background who or what it is about.
// LinkedIn navigates without reloading, so it runs on the whole site and stays silent (reports
// "nothing here") on pages it does not understand. The background validates what it receives.
// The background injects it once the tab has loaded ("runtime": not declared in the manifest).
export default defineContentScript({
  matches: [LINKEDIN_PAGES],
  registration: 'runtime',
  main(ctx) {
    markPageScriptRunning(() => ctx.isValid);
    watchPage({
      detect: () => readLinkedInProfile(document, location.href) ?? readLinkedInCompany(document, location.href),
      report: (capture) => {
        browser.runtime.sendMessage({ type: 'capture', capture }).catch(() => {
          // The extension was reloaded or updated: this page's script is orphaned and stays quiet.
        });
      },
      onDispose: (cleanup) => ctx.onInvalidated(cleanup),
    });
  },
});
