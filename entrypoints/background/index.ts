import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { gmailWaiting } from '../../utils/detectors/gmail-thread-read';
import { linkedInWaiting } from '../../utils/detectors/linkedin-profile-read';
import { bareMessage, isContentScriptUrl, isOwnPage, isTrustedSender, ownPagesOnly } from '../../utils/message-checks';
import type { Message } from '../../utils/messages';
import { samePage } from '../../utils/page-scripts';
import { tabCapture, tabFills } from '../../utils/session-items';
import { storeCapture } from './capture';
import { wireClipping } from './clip';
import { closeIdleDocument, work } from './load-work';
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

/** What a message that passed its checks asks for; undefined when there is nothing to answer. */
function handle(message: Message, tabId: number | undefined): Promise<{ ok: true }> | undefined {
  if (message.type === 'ping') return Promise.resolve({ ok: true });
  if (message.type === 'due-changed') {
    scheduleCheck();
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'work-idle') {
    closeIdleDocument();
    return Promise.resolve({ ok: true });
  }
  if (message.type === 'read-tab') return startInTab(message.tabId).then(() => ({ ok: true }));
  if (message.type === 'capture' && tabId !== undefined)
    return storeCapture(tabId, message.capture, message.url).then(() => ({ ok: true }));
  return undefined;
}

export default defineBackground(() => {
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Chrome and Edge: the toolbar button opens the side panel. It is opened from action.onClicked
  // rather than by openPanelOnActionClick, because only a click Tend handles itself grants activeTab
  // on the page (needed to clip its article). Firefox: the button toggles the sidebar.
  // Asked with `has`, not read: reading an API namespace builds its bindings, and every wake would
  // pay for one it does not use. The behaviour is a setting the browser keeps, so it is set on
  // install and update only (false is the default; an update undoes a version that set it true).
  if (Reflect.has(browser, 'sidePanel')) {
    browser.runtime.onInstalled.addListener(
      () => void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined),
    );
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
    if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin)) {
      console.warn('Tend: refused a message (untrusted sender)');
      return undefined;
    }
    // A message that is nothing but its type is answered at once; anything else is parsed by the
    // schemas, with the rest of the work (load-work.ts).
    const bare = bareMessage(raw);
    if (bare && (!ownPagesOnly(bare.type) || isOwnPage(sender, browser.runtime.id, extensionOrigin))) return handle(bare, sender.tab?.id);
    const from = { id: sender.id, url: sender.url, origin: sender.origin, tab: sender.tab && { id: sender.tab.id, url: sender.tab.url } };
    return work()
      .receive(raw, from, browser.runtime.id, extensionOrigin)
      .then((received) => {
        if (received.ok) return handle(received.message, sender.tab?.id);
        console.warn(`Tend: refused a message (${received.reason})`);
        return undefined;
      });
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
