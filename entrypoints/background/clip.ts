import { browser } from 'wxt/browser';
import { grabPage } from '../../utils/clip/grab-page';
import { pendingClipItem } from '../../utils/session-items';
import { work } from './load-work';
import { openSidePanel } from './panel';

// "Clip this article to Tend" in the page's context menu: the click grants activeTab for the tab,
// the page is read (never changed), and the side panel opens to say whose article it is.

export const CLIP_MENU = { id: 'tend-clip', title: 'Clip this article to Tend', contexts: ['page', 'selection'] } as const;

/** Read the page in `tabId` for clipping (never changing it); the panel reviews it from session storage. */
async function grabClip(tabId: number): Promise<void> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: grabPage });
    const pending = await work().checkClip(result?.result, Date.now());
    if (pending) await pendingClipItem.setValue(pending);
  } catch (error) {
    console.warn('Tend: this page cannot be clipped', error);
  }
}

export function wireClipping(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_MENU.id || tab?.id === undefined) return;
    void openSidePanel(tab.windowId);
    void grabClip(tab.id);
  });
}
