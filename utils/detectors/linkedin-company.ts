import { CompanyCapture } from '../capture';
import { readLinkedInCompany } from './linkedin-company-read';
import { validateCapture } from './validate-capture';

/** The company a LinkedIn company page is about, validated, or null. Missing fields stay missing. */
export function detectLinkedInCompany(doc: Document, url: string): CompanyCapture | null {
  const raw = readLinkedInCompany(doc, url);
  return raw ? validateCapture(CompanyCapture, { ...raw }, ['kind', 'companyUrl', 'name', 'anchors']) : null;
}
