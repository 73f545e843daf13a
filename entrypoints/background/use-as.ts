import { browser } from 'wxt/browser';
import { addFill, FILL_LABELS, FILLABLE, type FillField, selectionValue } from '../../utils/page-fills';
import { intentItem, readTabFills, tabFills } from '../../utils/session-items';
import { openSidePanel } from './panel';

// "Use as title / company / location / headline" on text selected on a LinkedIn page: fills that
// field of the person on the page in the panel (see utils/page-fills.ts), which then opens on it.

const PREFIX = 'tend-use-as-';

/** One item per field, shown on text selected on a LinkedIn profile. */
export const USE_AS_MENUS = FILLABLE.map((field) => ({
  id: `${PREFIX}${field}`,
  title: `Use as ${FILL_LABELS[field]}`,
  contexts: ['selection'] as const,
  documentUrlPatterns: ['https://www.linkedin.com/in/*'],
}));

export function wireUseAs(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const id = String(info.menuItemId);
    if (!id.startsWith(PREFIX) || tab?.id === undefined || !tab.url) return;
    void openSidePanel(tab.windowId);
    void fillFromSelection(tab.id, tab.url, id.slice(PREFIX.length) as FillField, info.selectionText);
  });
}

export async function fillFromSelection(tabId: number, url: string, field: FillField, selection: string | undefined): Promise<void> {
  const value = selectionValue(selection);
  if (!value || !FILLABLE.includes(field)) return;
  const next = addFill(await readTabFills(tabId), url, field, value);
  if (!next) return;
  await tabFills(tabId).setValue(next);
  await intentItem.setValue({ kind: 'show-page', at: Date.now() });
}
