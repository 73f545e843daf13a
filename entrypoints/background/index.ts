import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { recordCaptureHealth } from '../../storage/capture-health';
import { checkCapture } from '../../utils/detectors/check-capture';
import { gmailWaiting } from '../../utils/detectors/gmail-thread-read';
import { linkedInWaiting } from '../../utils/detectors/linkedin-profile-read';
import { isContentScriptUrl, receive } from '../../utils/messages';
import { samePage } from '../../utils/page-scripts';
import { tabCapture, tabFills } from '../../utils/session-items';
import { wireClipping } from './clip';
import { wireMenus } from './menus';
import { scheduleCheck, wireNurture } from './nurture';
import { startInTab, wirePageScripts } from './page-scripts';
import { firefoxSidebar, openSidePanel } from './panel';
import { wireUseAs } from './use-as';

/** The tab moved to `url`: a capture read at another address gives way to "waiting" (or nothing). */
async function forgetOtherAddress(tabId: number, url: string): Promise<void> {
  const item = tabCapture(tabId);
  const stored = await item.getValue();
  if (stored === null || (stored.pageUrl !== undefined && samePage(stored.pageUrl, url))) return;
  const waiting = linkedInWaiting(url) ?? gmailWaiting(url);
  if (waiting) await item.setValue({ ...waiting, tabId, at: Date.now(), pageUrl: url });
  else await item.removeValue();
}

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Chrome and Edge: the toolbar button opens the side panel. It is opened from action.onClicked
  // rather than by openPanelOnActionClick, because only a click Tend handles itself grants activeTab
  // on the page (needed to clip its article). Firefox: the button toggles the sidebar.
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
    browser.action.onClicked.addListener((tab) => {
      void openSidePanel(tab.windowId).then((opened) => opened || console.error('Tend: could not open the side panel'));
    });
  } else {
    browser.action.onClicked.addListener(() => void firefoxSidebar()?.toggle());
  }

  // The Firefox end-to-end build only (`--mode e2e`): Firefox's test driver may not open
  // moz-extension:// pages, so the add-on opens its panel in a tab itself. Other builds drop this.
  if (import.meta.env.MODE === 'e2e')
    browser.runtime.onInstalled.addListener(() => void browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }));

  browser.runtime.onMessage.addListener((raw, sender) => {
    const received = receive(raw, sender, browser.runtime.id, extensionOrigin);
    if (!received.ok) {
      console.warn(`Tend: refused a message (${received.reason})`);
      return undefined;
    }
    const { message } = received;
    if (message.type === 'ping') return Promise.resolve({ ok: true });
    if (message.type === 'due-changed') {
      scheduleCheck();
      return Promise.resolve({ ok: true });
    }
    if (message.type === 'read-tab') return startInTab(message.tabId).then(() => ({ ok: true }));
    const tabId = sender.tab?.id;
    if (message.type === 'capture' && tabId !== undefined) {
      // The side panel reads the active tab's capture from session storage and follows its changes.
      const item = tabCapture(tabId);
      const checked = message.capture === null ? null : checkCapture(message.capture);
      if (message.capture !== null && !checked) console.warn('Tend: refused a capture without the fields it needs');
      if (checked?.dropped.length) console.warn(`Tend: dropped fields the check refused: ${checked.dropped.join(', ')}`);
      if (checked) void recordCaptureHealth(checked.capture).catch(() => undefined);
      const write = checked ? item.setValue({ ...checked.capture, tabId, at: Date.now(), pageUrl: message.url }) : item.removeValue();
      return write.then(() => ({ ok: true }));
    }
    return undefined;
  });

  wireNurture();
  wireClipping();
  wirePageScripts();
  wireUseAs();
  wireMenus();

  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove([tabCapture(tabId).key, tabFills(tabId).key]));
  // A tab that loads a page on a host we have no access to (its URL is hidden from us) no longer
  // shows what was captured there. On our hosts the page script reports the new page itself; until
  // it has, a capture read at another address is not shown under this one.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' && !isContentScriptUrl(tab.url)) void tabCapture(tabId).removeValue();
    if (change.url) void forgetOtherAddress(tabId, change.url);
  });
});
