import { canonicalProfileUrl } from './identity';
import type { Capture } from './model/capture';

// "Use as title / company / location / headline": text the rep selected on a LinkedIn profile,
// filling what Tend could not read there. Kept per tab in session storage beside the tab's
// capture and laid over it when the panel shows the person of that same profile, so a later
// re-read of the page never wipes what the rep chose, and another profile never inherits it.

export const FILLABLE = ['title', 'company', 'location', 'headline'] as const;
export type FillField = (typeof FILLABLE)[number];

export const FILL_LABELS: Record<FillField, string> = {
  title: 'title',
  company: 'company',
  location: 'location',
  headline: 'headline',
};

/** The anchor a filled field reports: the rep, not the page's markup. */
export const SELECTED_ANCHOR = 'selected-on-page';

/** The rep's chosen values for one profile (each a selectionValue: one line, at most 300 characters). */
export interface PageFills {
  profileUrl: string;
  fields: Partial<Record<FillField, string>>;
}

/** A selection as a field value: one line, trimmed, bounded; nothing when it is empty. */
export function selectionValue(text: string | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return value ? value : undefined;
}

/** The fills after the rep chose `value` for `field` on the profile at `url`. */
export function addFill(existing: PageFills | undefined, url: string, field: FillField, value: string): PageFills | undefined {
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl) return undefined;
  const fields = existing?.profileUrl === profileUrl ? existing.fields : {};
  return { profileUrl, fields: { ...fields, [field]: value } };
}

/** The capture with the rep's chosen values over what the page gave, for that profile only. */
export function applyFills(capture: Capture | null, fills: PageFills | undefined): Capture | null {
  if (capture?.kind !== 'linkedin-person' || !fills || !capture.profileUrl || canonicalProfileUrl(capture.profileUrl) !== fills.profileUrl)
    return capture;
  const anchors = { ...capture.anchors };
  for (const field of Object.keys(fills.fields)) anchors[field] = SELECTED_ANCHOR;
  return { ...capture, ...fills.fields, anchors };
}
