import { browser } from 'wxt/browser';
import { isPageScriptRunning, PAGE_SCRIPTS, pageScriptFor } from '../../utils/page-scripts';

// Starts the LinkedIn and Gmail page scripts once a tab on those sites has finished loading, so
// Tend adds nothing to the page's own load (see utils/page-scripts.ts). Tabs already open when
// Tend is installed, updated or the browser starts get theirs too, without a reload.

/** One injection at a time per tab: a burst of "complete" events must not start two scripts. */
const queues = new Map<number, Promise<void>>();

function startIn(tabId: number, url: string | undefined): void {
  const script = pageScriptFor(url);
  if (!script) return;
  const next = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    try {
      const [probe] = await browser.scripting.executeScript({ target: { tabId }, func: isPageScriptRunning });
      if (probe?.result === true) return;
      await browser.scripting.executeScript({ target: { tabId }, files: [script.file] });
    } catch {
      // The tab closed or left the site meanwhile, or shows an error page: there is nothing to read.
    }
  });
  queues.set(tabId, next);
  void next.then(() => {
    if (queues.get(tabId) === next) queues.delete(tabId);
  });
}

/** The panel asked (it holds no capture for this tab): start its page script if none runs there. */
export async function startInTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.status === 'complete') startIn(tabId, tab.url);
}

async function startInOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_SCRIPTS.map((script) => script.matches) });
  for (const tab of tabs) if (tab.id !== undefined && tab.status === 'complete') startIn(tab.id, tab.url);
}

export function wirePageScripts(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') startIn(tabId, tab.url);
  });
  browser.runtime.onInstalled.addListener(() => void startInOpenTabs());
  browser.runtime.onStartup.addListener(() => void startInOpenTabs());
  // The rep switched Outlook on: its tabs already open are read without a reload.
  browser.permissions.onAdded.addListener(() => void startInOpenTabs());
}
