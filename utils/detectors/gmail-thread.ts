import { GmailThreadCapture } from '../capture';
import { readGmailThread } from './gmail-thread-read';
import { validateCapture } from './validate-capture';

/** The open Gmail thread's ids, subject and participants, validated, or null on list views. */
export function detectGmailThread(doc: Document, url: string): GmailThreadCapture | null {
  const raw = readGmailThread(doc, url);
  return raw ? validateCapture(GmailThreadCapture, { ...raw }, ['kind', 'threadUrl', 'threadToken', 'messages', 'anchors']) : null;
}
