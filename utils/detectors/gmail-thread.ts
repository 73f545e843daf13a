import type { GmailThreadCapture } from '../model/capture';
import { checkCapture } from './check-capture';
import { readGmailThread } from './gmail-thread-read';

/** The open Gmail thread's ids, subject and participants, checked as the background checks it, or null on list views. */
export function detectGmailThread(doc: Document, url: string): GmailThreadCapture | null {
  const checked = checkCapture(readGmailThread(doc, url));
  return checked?.capture.kind === 'gmail-thread' ? checked.capture : null;
}
