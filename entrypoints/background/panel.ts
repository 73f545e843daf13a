import { browser } from 'wxt/browser';

// Opening Tend's panel from the background: Chrome's side panel, or Firefox's sidebar (whose API
// is not in Chrome's typings). Call it before anything is awaited: the rep's click must still count
// as a user gesture, or the browser refuses.

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> };
}

export function firefoxSidebar(): FirefoxSidebar['sidebarAction'] {
  return (globalThis as { browser?: FirefoxSidebar }).browser?.sidebarAction;
}

/** Resolves true when the panel opened. */
export function openSidePanel(windowId: number): Promise<boolean> {
  const opening = browser.sidePanel ? browser.sidePanel.open({ windowId }) : firefoxSidebar()?.open();
  return opening
    ? opening.then(
        () => true,
        () => false,
      )
    : Promise.resolve(false);
}
