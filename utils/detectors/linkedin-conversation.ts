import type { LinkedInConversationCapture } from '../model/capture';
import { checkCapture } from './check-capture';
import { readLinkedInConversation } from './linkedin-conversation-read';

/** The LinkedIn conversation open on the page, checked as the background checks it, or null. */
export function detectLinkedInConversation(doc: Document, url: string): LinkedInConversationCapture | null {
  const checked = checkCapture(readLinkedInConversation(doc, url));
  return checked?.capture.kind === 'linkedin-conversation' ? checked.capture : null;
}
