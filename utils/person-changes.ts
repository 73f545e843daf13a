import type { PersonCapture } from './model/capture';

// What changed about a known person since Tend last saw them. A field the page does not show is
// not a change: only values present on both sides, or newly present, are compared.

export interface FieldChange {
  field: 'title' | 'companyName' | 'headline' | 'location' | 'photoUrl';
  before: string | undefined;
  after: string;
}

export interface KnownPerson {
  title?: string | undefined;
  companyName?: string | undefined;
  headline?: string | undefined;
  location?: string | undefined;
  photoUrl?: string | undefined;
}

const same = (a: string | undefined, b: string) => a?.trim().toLowerCase() === b.trim().toLowerCase();

/** Anchors that derive a value instead of reading it: never enough to call something a change. */
const DERIVED = new Set(['headline-derived']);

export function personChanges(known: KnownPerson, capture: PersonCapture): FieldChange[] {
  const derived = (field: keyof PersonCapture) => DERIVED.has(capture.anchors[field] ?? '');
  const pairs: [FieldChange['field'], string | undefined, string | undefined][] = [
    ['title', known.title, derived('title') && known.title ? undefined : capture.title],
    ['companyName', known.companyName, capture.company],
    ['headline', known.headline, capture.headline],
    ['location', known.location, capture.location],
    ['photoUrl', known.photoUrl, capture.photoUrl],
  ];
  return pairs
    .filter(([, before, after]) => after !== undefined && !same(before, after))
    .map(([field, before, after]) => ({ field, before, after: after as string }));
}

/** A new title or a new company, where one was known before: news worth a conversation. */
export function isJobChange(changes: readonly FieldChange[]): boolean {
  return changes.some((change) => (change.field === 'title' || change.field === 'companyName') && change.before !== undefined);
}
