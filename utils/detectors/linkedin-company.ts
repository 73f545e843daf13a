import type { CompanyCapture, PageWaiting } from '../model/capture';
import { checkCapture } from './check-capture';
import { readLinkedInCompany } from './linkedin-company-read';

/** The company a LinkedIn company page is about, checked as the background checks it, or null. */
export function detectLinkedInCompany(doc: Document, url: string): CompanyCapture | PageWaiting | null {
  const checked = checkCapture(readLinkedInCompany(doc, url));
  return checked?.capture.kind === 'linkedin-company' || checked?.capture.kind === 'waiting' ? checked.capture : null;
}
