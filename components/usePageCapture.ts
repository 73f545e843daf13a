import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Capture } from '../utils/model/capture';
import { applyFills } from '../utils/page-fills';
import { pageScriptFor } from '../utils/page-scripts';
import { sendToBackground } from '../utils/send-message';
import { captureOf, readTabFills, type StoredCapture, tabCapture, tabOfCaptureKey } from '../utils/session-items';
import { preloadOnPage } from './page/on-page';

export interface PageCapture {
  capture: Capture | null;
  tabId: number | undefined;
}

/** The newest capture held for any tab, for a panel opened as a tab of its own. */
function newest(all: Record<string, unknown>): { value: StoredCapture | null; tabId: number | undefined } {
  let best: { value: StoredCapture | null; tabId: number | undefined } = { value: null, tabId: undefined };
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabOfCaptureKey(key);
    // A capture key holds what tabCapture(tabId) wrote (see session-items.ts).
    const capture = tabId === undefined ? null : (value as StoredCapture | null);
    if (capture && capture.at > (best.value?.at ?? -1)) best = { value: capture, tabId };
  }
  return best;
}

interface Read extends PageCapture {
  /** A LinkedIn or Gmail tab with nothing held for it: its page script may not be running. */
  unread?: { tabId: number; url: string };
}

async function readCapture(): Promise<Read> {
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  let raw: StoredCapture | null = null;
  let tabId: number | undefined;
  if (active?.id !== undefined && active.id !== self?.id) {
    tabId = active.id;
    raw = await tabCapture(tabId).getValue();
  } else {
    // The panel is itself the active tab (opened as a page, as the tests do): show the latest capture.
    ({ value: raw, tabId } = newest(await browser.storage.session.get(null)));
  }
  const fills = tabId === undefined ? undefined : await readTabFills(tabId);
  const url = active?.url;
  const unread = raw === null && tabId === active?.id && tabId !== undefined && url && pageScriptFor(url) ? { tabId, url } : undefined;
  const capture = applyFills(raw && captureOf(raw), fills);
  await preloadOnPage(capture);
  return { capture, tabId, unread };
}

/** What the page in the rep's current tab is about, following tab switches and in-page navigation. */
export function usePageCapture(): PageCapture | undefined {
  const [state, setState] = useState<PageCapture>();
  useEffect(() => {
    let alive = true;
    // Reads overlap (a tab switch and a storage change arrive together) and can finish out of order:
    // only the newest read may set the state, or an older empty read hides a capture that just arrived.
    let latest = 0;
    // Each address in a tab is asked about once: a page the script reads as nothing stays nothing.
    const asked = new Set<string>();
    const refresh = () => {
      const mine = ++latest;
      const settle = ({ capture, tabId, unread }: Read) => {
        if (alive && mine === latest) setState({ capture, tabId });
        const key = unread && `${unread.tabId} ${unread.url}`;
        if (unread && key && !asked.has(key)) {
          asked.add(key);
          sendToBackground({ type: 'read-tab', tabId: unread.tabId }).catch(() => undefined);
        }
      };
      readCapture()
        .then(settle)
        .catch(() => settle({ capture: null, tabId: undefined }));
    };
    const onStorage = (_changes: unknown, area: string) => {
      if (area === 'session') refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.tabs.onActivated.addListener(refresh);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onStorage);
      browser.tabs.onActivated.removeListener(refresh);
    };
  }, []);
  return state;
}
