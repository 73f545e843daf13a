import { recordCaptureHealth } from '../../storage/capture-health';
import { tabCapture } from '../../utils/session-items';
import { work } from './load-work';

/** A page script's capture for `tabId`: checked (with the work), its anchors counted, then shown to the panel. */
export async function storeCapture(tabId: number, capture: unknown, url: string | undefined): Promise<void> {
  // The side panel reads the active tab's capture from session storage and follows its changes.
  const item = tabCapture(tabId);
  const checked = capture === null ? null : await work().checkCapture(capture);
  if (capture !== null && !checked) console.warn('Tend: refused a capture without the fields it needs');
  if (checked?.dropped.length) console.warn(`Tend: dropped fields the check refused: ${checked.dropped.join(', ')}`);
  if (checked) void recordCaptureHealth(checked.capture).catch(() => undefined);
  await (checked ? item.setValue({ ...checked.capture, tabId, at: Date.now(), pageUrl: url }) : item.removeValue());
}
