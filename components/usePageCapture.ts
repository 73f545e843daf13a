import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Capture } from '../utils/model/capture';
import { applyFills } from '../utils/page-fills';
import { parseStoredCapture, readTabFills, tabCapture, tabOfCaptureKey } from '../utils/session-items';

export interface PageCapture {
  capture: Capture | null;
  tabId: number | undefined;
}

/** The newest capture held for any tab, for a panel opened as a tab of its own. */
function newest(all: Record<string, unknown>): { value: unknown; tabId: number | undefined } {
  let best: { value: unknown; tabId: number | undefined; at: number } = { value: null, tabId: undefined, at: -1 };
  for (const [key, value] of Object.entries(all)) {
    const tabId = tabOfCaptureKey(key);
    if (tabId === undefined || typeof value !== 'object' || value === null) continue;
    const at = 'at' in value && typeof value.at === 'number' ? value.at : 0;
    if (at > best.at) best = { value, tabId, at };
  }
  return best;
}

async function readCapture(): Promise<PageCapture> {
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  let raw: unknown = null;
  let tabId: number | undefined;
  if (active?.id !== undefined && active.id !== self?.id) {
    tabId = active.id;
    raw = await tabCapture(tabId).getValue();
  } else {
    // The panel is itself the active tab (opened as a page, as the tests do): show the latest capture.
    ({ value: raw, tabId } = newest(await browser.storage.session.get(null)));
  }
  // Session storage only ever holds what the background checked, but it came from a web page.
  const fills = tabId === undefined ? undefined : await readTabFills(tabId);
  return { capture: applyFills(parseStoredCapture(raw), fills), tabId };
}

/** What the page in the rep's current tab is about, following tab switches and in-page navigation. */
export function usePageCapture(): PageCapture | undefined {
  const [state, setState] = useState<PageCapture>();
  useEffect(() => {
    let alive = true;
    const refresh = () => {
      readCapture()
        .then((next) => {
          if (alive) setState(next);
        })
        .catch(() => {
          if (alive) setState({ capture: null, tabId: undefined });
        });
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
