import { browser } from 'wxt/browser';
import { CLIP_MENU } from './clip';
import { USE_AS_MENUS } from './use-as';

// Tend's context menu items, created once per install or update, all in one place: clearing and
// creating them from two listeners would race.
export function wireMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ ...CLIP_MENU, contexts: [...CLIP_MENU.contexts] });
      for (const item of USE_AS_MENUS) browser.contextMenus.create({ ...item, contexts: [...item.contexts] });
    });
  });
}
