import { browser } from 'wxt/browser';
import { work } from './load-work';
import { openSidePanel } from './panel';

// "Clip this article to Tend" in the page's context menu: the click grants activeTab for the tab,
// the page is read (never changed), and the side panel opens to say whose article it is.

export const CLIP_MENU = { id: 'tend-clip', title: 'Clip this article to Tend', contexts: ['page', 'selection'] } as const;

export function wireClipping(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CLIP_MENU.id || tab?.id === undefined) return;
    void openSidePanel(tab.windowId);
    void work().grabClip(tab.id);
  });
}
