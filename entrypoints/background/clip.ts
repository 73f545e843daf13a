import { browser } from 'wxt/browser';
import { grabPage, PendingClip } from '../../utils/clip/pending-clip';
import { pendingClipItem } from '../../utils/session-items';
import { openSidePanel } from './panel';

// "Clip this article to Tend" in the page's context menu: the click grants activeTab for the tab,
// the page is read (never changed), and the side panel opens to say whose article it is.

export const CLIP_MENU = { id: 'tend-clip', title: 'Clip this article to Tend', contexts: ['page', 'selection'] } as const;

export function wireClipping(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_MENU.id || tab?.id === undefined) return;
    void openSidePanel(tab.windowId);
    void grab(tab.id);
  });
}

async function grab(tabId: number): Promise<void> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: grabPage });
    const pending = PendingClip.safeParse({ ...(result?.result as object), at: Date.now() });
    if (pending.success) await pendingClipItem.setValue(pending.data);
  } catch (error) {
    console.warn('Tend: this page cannot be clipped', error);
  }
}
