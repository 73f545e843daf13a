import type { PageWaiting, PersonCapture } from '../model/capture';
import { checkCapture } from './check-capture';
import { readLinkedInProfile } from './linkedin-profile-read';

/**
 * The person a LinkedIn profile (or Sales Navigator lead) page is about, checked as the background
 * checks it; "waiting" while the page still shows another profile; null when the page is not a
 * profile or shows no name. Fields not found are absent, never guessed; `anchors` says which anchor
 * produced each field.
 */
export function detectLinkedInProfile(doc: Document, url: string): PersonCapture | PageWaiting | null {
  const checked = checkCapture(readLinkedInProfile(doc, url));
  return checked?.capture.kind === 'linkedin-person' || checked?.capture.kind === 'waiting' ? checked.capture : null;
}
