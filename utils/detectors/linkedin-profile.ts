import { PersonCapture } from '../capture';
import { readLinkedInProfile } from './linkedin-profile-read';
import { validateCapture } from './validate-capture';

/**
 * The person a LinkedIn profile (or Sales Navigator lead) page is about, validated, or null when
 * the page is not one or the name cannot be found. Fields not found are absent, never guessed;
 * `anchors` says which anchor produced each field.
 */
export function detectLinkedInProfile(doc: Document, url: string): PersonCapture | null {
  const raw = readLinkedInProfile(doc, url);
  return raw ? validateCapture(PersonCapture, { ...raw }, ['kind', 'fullName', 'anchors']) : null;
}
