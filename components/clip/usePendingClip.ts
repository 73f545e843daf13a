import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { grabPage } from '../../utils/clip/grab-page';
import type { PendingClip } from '../../utils/clip/pending-clip';
import { pendingClipItem, readPendingClip } from '../../utils/session-items';
import { NoticeError } from '../errors';

/** The page waiting to be clipped, if any, following storage.session. */
export function usePendingClip(): { pending: PendingClip | null; clear: () => Promise<void> } {
  const [pending, setPending] = useState<PendingClip | null>(null);
  useEffect(() => {
    const read = () => void readPendingClip().then(setPending);
    read();
    return pendingClipItem.watch(read);
  }, []);
  return { pending, clear: () => pendingClipItem.removeValue() };
}

/**
 * Grab the page in the rep's current tab for clipping. In the side panel that is the active tab;
 * when the panel is itself a tab, the web page the rep was on last.
 */
export async function clipCurrentTab(): Promise<void> {
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  let tab = active && active.id !== self?.id ? active : undefined;
  if (!tab) {
    // Without the tabs permission other tabs' URLs are hidden: take the last one used that is not ours.
    const ours = browser.runtime.getURL('/');
    const others = (await browser.tabs.query({})).filter((candidate) => candidate.id !== self?.id && !candidate.url?.startsWith(ours));
    tab = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  }
  if (tab?.id === undefined) throw new NoticeError('There is no web page open to clip.');
  // Its model (and Zod) load with the first clip, not with the panel.
  const { pendingClipOf } = await import('../../utils/clip/pending-clip');
  const [result] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: grabPage }).catch(() => {
    throw new NoticeError(
      'Tend cannot read this tab. Click Tend’s toolbar button on the article first, or use “Clip this article to Tend” in its right-click menu.',
    );
  });
  const pending = pendingClipOf(result?.result, Date.now());
  if (!pending) throw new NoticeError('This tab is not a web page Tend can clip.');
  await pendingClipItem.setValue(pending);
}
