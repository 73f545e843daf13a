import type { OutlookThreadCapture } from '../model/capture';
import { checkCapture } from './check-capture';
import { readOutlookThread } from './outlook-thread-read';

/** The conversation in Outlook's reading pane, checked as the background checks it, or null. */
export function detectOutlookThread(doc: Document, url: string): OutlookThreadCapture | null {
  const checked = checkCapture(readOutlookThread(doc, url));
  return checked?.capture.kind === 'outlook-thread' ? checked.capture : null;
}
