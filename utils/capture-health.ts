import type { Capture, PageCaptureKind } from './model/capture';

// Knowing when LinkedIn (or Gmail) changes again: every capture leaves a small record of which
// fields were found, by which anchor, on which kind of page and layout. A field that used to be
// found and is now missing on several pages in a row is the sign of a changed page, said plainly
// instead of leaving a half-empty card. Records hold no names or values, only field names, anchor
// names and an opaque hash of the page's address (so a page read twice counts once).

export interface HealthRecord {
  kind: PageCaptureKind;
  layout: string;
  /** An opaque hash of the page's identity: a re-read of the same page replaces its record. */
  page: string;
  at: number;
  /** Field → the anchor that found it. */
  found: Record<string, string>;
  /** Fields looked for and not found (or refused by the check). */
  missing: string[];
}

/** The fields worth watching per page kind: what a rep would miss on the card. */
export const WATCHED: Record<PageCaptureKind, readonly string[]> = {
  'linkedin-person': ['fullName', 'headline', 'title', 'company', 'companyUrl', 'location', 'photoUrl', 'about', 'memberUrn', 'experience'],
  'linkedin-company': ['name', 'website', 'industry', 'size', 'headquarters', 'logoUrl'],
  'gmail-thread': ['subject', 'account', 'legacyThreadId', 'messages'],
  'outlook-thread': ['subject', 'account', 'conversationId', 'messages'],
  'linkedin-conversation': ['participants', 'latestFrom', 'latestDate', 'threadId'],
};

/**
 * A record as read back from local storage, or null for one that is not a record (damaged, or kept
 * by a Tend whose records looked different: local storage outlives updates). Only Tend's background
 * writes these records, so a structural check is enough; the panel reads them without loading Zod.
 */
export function asHealthRecord(entry: unknown): HealthRecord | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { kind, layout, page, at, found, missing } = entry as Record<string, unknown>;
  if (typeof kind !== 'string' || !Object.hasOwn(WATCHED, kind)) return null;
  if (typeof layout !== 'string' || typeof page !== 'string' || typeof at !== 'number') return null;
  if (!Array.isArray(missing) || !missing.every((field) => typeof field === 'string')) return null;
  if (typeof found !== 'object' || found === null || !Object.values(found).every((anchor) => typeof anchor === 'string')) return null;
  return { kind: kind as PageCaptureKind, layout, page, at, found: { ...(found as Record<string, string>) }, missing: [...missing] };
}

/** Records kept per page kind and layout: enough to see a trend, small enough for local storage. */
export const RECORDS_PER_GROUP = 20;
/** Pages in a row a field must be missing on before the panel says the page may have changed. */
export const MISSING_IN_A_ROW = 3;

/** FNV-1a: a short, stable, non-reversible key for a page address. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

/** The layout a capture was read in, as Capture health groups them. */
export function layoutOf(capture: Exclude<Capture, { kind: 'waiting' }>): string {
  switch (capture.kind) {
    case 'gmail-thread':
      return 'gmail';
    case 'outlook-thread':
      return 'outlook';
    case 'linkedin-conversation':
      return capture.surface;
    default:
      return capture.layout;
  }
}

function pageOf(capture: Exclude<Capture, { kind: 'waiting' }>): string {
  switch (capture.kind) {
    case 'linkedin-person':
      return capture.profileUrl ?? capture.salesNavigatorUrl ?? capture.fullName;
    case 'linkedin-company':
      return capture.companyUrl;
    case 'gmail-thread':
    case 'outlook-thread':
      return capture.threadToken;
    case 'linkedin-conversation':
      return capture.threadId ?? capture.participants.map((person) => person.profileUrl ?? person.name).join(' ');
  }
}

/** The record of one capture; null for a page still loading (nothing to judge yet). */
export function healthRecordOf(capture: Capture, at: number): HealthRecord | null {
  if (capture.kind === 'waiting') return null;
  const pending = new Set<string>(capture.kind === 'linkedin-person' ? (capture.pending ?? []) : []);
  const refused = new Set((capture.dropped ?? []).map((path) => path.split('.')[0] ?? path));
  const found: Record<string, string> = {};
  const missing: string[] = [];
  for (const field of WATCHED[capture.kind]) {
    if (pending.has(field)) continue;
    const anchor = capture.anchors[field];
    if (anchor && !refused.has(field)) found[field] = anchor;
    else missing.push(field);
  }
  return { kind: capture.kind, layout: layoutOf(capture), page: hash(pageOf(capture)), at, found, missing };
}

const sameGroup = (a: Pick<HealthRecord, 'kind' | 'layout'>, b: Pick<HealthRecord, 'kind' | 'layout'>) =>
  a.kind === b.kind && a.layout === b.layout;

/** Adds a record, newest first: a page read again replaces its earlier record; each group keeps its last few. */
export function addRecord(records: readonly HealthRecord[], record: HealthRecord): HealthRecord[] {
  const others = records.filter((old) => !(old.kind === record.kind && old.page === record.page));
  const next = [record, ...others];
  const kept: HealthRecord[] = [];
  const counts = new Map<string, number>();
  for (const entry of next) {
    const key = `${entry.kind}|${entry.layout}`;
    const count = counts.get(key) ?? 0;
    if (count < RECORDS_PER_GROUP) kept.push(entry);
    counts.set(key, count + 1);
  }
  return kept;
}

/**
 * Fields that used to be found on this kind of page and layout, missing on each of the last
 * MISSING_IN_A_ROW pages read: what the panel names when it says the page may have changed.
 */
export function fieldsGoneMissing(records: readonly HealthRecord[], group: Pick<HealthRecord, 'kind' | 'layout'>): string[] {
  const inGroup = records.filter((record) => sameGroup(record, group)).sort((a, b) => b.at - a.at);
  const recent = inGroup.slice(0, MISSING_IN_A_ROW);
  if (recent.length < MISSING_IN_A_ROW) return [];
  const earlier = inGroup.slice(MISSING_IN_A_ROW);
  return WATCHED[group.kind].filter(
    (field) => recent.every((record) => record.missing.includes(field)) && earlier.some((record) => field in record.found),
  );
}
