import { canonicalCompanyUrl, canonicalProfileUrl } from '../../utils/identity';
import type {
  Capture,
  CompanyCapture,
  ExperienceEntry,
  GmailThreadCapture,
  LinkedInConversationCapture,
  MailThreadCapture,
  OutlookThreadCapture,
  PersonCapture,
} from '../../utils/model/capture';

// Compares what a detector read with a saved page's `expected` block, field by field. Every field
// the block names is checked; a field no comparison here knows is a failure too, so a new kind of
// expectation cannot pass unread. `null` in an expectation means "must be missing".

export interface Mismatch {
  field: string;
  expected: unknown;
  actual: unknown;
}

type Reader<T> = (capture: T, expected: unknown) => { actual: unknown; expected: unknown };

/**
 * Tend keeps LinkedIn URLs in one canonical form (no trailing slash, lower-cased slug) so that the
 * same person from a page, an import and a vCard compare equal; an expected URL is brought to that
 * form, which keeps its slug exactly.
 */
const profileUrl = (value: unknown) => (typeof value === 'string' ? canonicalProfileUrl(value) : value);
const companyUrl = (value: unknown) => (typeof value === 'string' ? canonicalCompanyUrl(value) : value);

const plain =
  <T>(get: (capture: T) => unknown): Reader<T> =>
  (capture, expected) => ({ actual: get(capture) ?? null, expected });

const PERSON: Record<string, Reader<PersonCapture>> = {
  fullName: plain((c) => c.fullName),
  firstName: plain((c) => c.firstName),
  lastName: plain((c) => c.lastName),
  headline: plain((c) => c.headline),
  title: plain((c) => c.title),
  company: plain((c) => c.company),
  location: plain((c) => c.location),
  photoUrl: plain((c) => c.photoUrl),
  about: plain((c) => c.about),
  degree: plain((c) => c.degree),
  pronouns: plain((c) => c.pronouns),
  profileUrn: plain((c) => c.memberUrn),
  memberUrn: plain((c) => c.memberUrn),
  titleIsStale: plain((c) => c.titleIsStale ?? false),
  profileUrl: (c, expected) => ({ actual: c.profileUrl ?? null, expected: profileUrl(expected) }),
  salesNavigatorUrl: plain((c) => c.salesNavigatorUrl),
  companyUrl: (c, expected) => ({ actual: c.companyUrl ?? null, expected: companyUrl(expected) }),
};

const ROLE: Record<string, Reader<ExperienceEntry>> = {
  title: plain((e) => e.title),
  company: plain((e) => e.company),
  employmentType: plain((e) => e.employmentType),
  dates: plain((e) => e.dates),
  duration: plain((e) => e.duration),
  location: plain((e) => e.location),
  workplace: plain((e) => e.workplace),
  current: plain((e) => e.current),
  grouped: plain((e) => e.grouped ?? false),
  companyUrl: (e, expected) => ({ actual: e.companyUrl ?? null, expected: companyUrl(expected) }),
};

const COMPANY: Record<string, Reader<CompanyCapture>> = {
  name: plain((c) => c.name),
  website: plain((c) => c.website),
  domain: plain((c) => c.domain),
  industry: plain((c) => c.industry),
  size: plain((c) => c.size),
  headquarters: plain((c) => c.headquarters),
  logoUrl: plain((c) => c.logoUrl),
  companyUrl: (c, expected) => ({ actual: c.companyUrl, expected: companyUrl(expected) }),
};

function participantsOf(thread: MailThreadCapture): Record<string, string | null> {
  const names: Record<string, string | null> = {};
  for (const message of thread.messages)
    for (const person of [message.from, ...message.to, ...message.cc]) if (person) names[person.email] ??= person.name ?? null;
  return names;
}

const MAIL: Record<string, Reader<MailThreadCapture>> = {
  subject: plain((c) => c.subject),
  account: plain((c) => c.account),
  accountName: plain((c) => c.accountName),
  participants: plain(participantsOf),
  messageCount: plain((c) => c.messages.length + (c.hiddenMessages ?? 0)),
  moreParticipants: plain((c) => c.moreParticipants ?? 0),
};

const OUTLOOK: Record<string, Reader<OutlookThreadCapture>> = {
  ...MAIL,
  conversationId: plain((c) => c.conversationId),
  threadToken: plain((c) => c.threadToken),
};

const CONVERSATION: Record<string, Reader<LinkedInConversationCapture>> = {
  surface: plain((c) => c.surface),
  threadId: plain((c) => c.threadId),
  /** Name → canonical profile URL (null when the page links none). */
  participants: (c, expected) => ({
    actual: Object.fromEntries(c.participants.map((person) => [person.name, person.profileUrl ?? null])),
    expected:
      expected && typeof expected === 'object'
        ? Object.fromEntries(
            Object.entries(expected).map(([name, url]) => [name, typeof url === 'string' ? canonicalProfileUrl(url) : url]),
          )
        : expected,
  }),
  latestFrom: plain((c) => c.latest.from?.name),
  fromSelf: plain((c) => c.latest.fromSelf),
  latestDate: plain((c) => c.latest.date),
  latestKey: plain((c) => c.latest.key),
  messageCount: plain((c) => c.messageCount),
};

const THREAD: Record<string, Reader<GmailThreadCapture>> = {
  ...MAIL,
  'threadIds.legacy': plain((c) => c.legacyThreadId),
  'threadIds.perm': plain((c) => c.permThreadId),
  'threadIds.urlToken': plain((c) => c.threadToken),
};

/** Gmail's class for each message state (G4), which is what the reader reads the state from. */
const STATE_CLASS = { expanded: 'h7', collapsed: 'kv' } as const;

const MESSAGE: Record<string, Reader<MailThreadCapture['messages'][number]>> = {
  state: plain((m) => m.state),
  wrapperClass: plain((m) => (m.state ? STATE_CLASS[m.state] : undefined)),
  from: plain((m) => m.from?.email),
  fromSelf: plain((m) => m.fromSelf ?? false),
  recipients: plain((m) => [...m.to, ...m.cc].map((person) => person.email)),
  date: plain((m) => m.date),
  messageId: plain((m) => m.id),
  legacyMessageId: plain((m) => m.legacyId),
};

/** JSON with object keys sorted: two maps with the same entries compare equal in any order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function compareFields<T>(readers: Record<string, Reader<T>>, capture: T, expected: Record<string, unknown>, prefix: string): Mismatch[] {
  const mismatches: Mismatch[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'note') continue;
    const reader = readers[key];
    if (!reader) {
      mismatches.push({ field: `${prefix}${key}`, expected: value, actual: 'no reader for this field' });
      continue;
    }
    const result = reader(capture, value);
    if (stable(result.actual) !== stable(result.expected))
      mismatches.push({ field: `${prefix}${key}`, expected: result.expected, actual: result.actual });
  }
  return mismatches;
}

function compareList<T>(readers: Record<string, Reader<T>>, actual: readonly T[], expected: unknown, field: string): Mismatch[] {
  const wanted = Array.isArray(expected) ? (expected as Record<string, unknown>[]) : [];
  const mismatches: Mismatch[] = [];
  if (actual.length !== wanted.length) mismatches.push({ field: `${field}.length`, expected: wanted.length, actual: actual.length });
  wanted.forEach((entry, index) => {
    const found = actual[index];
    if (found === undefined) return;
    mismatches.push(...compareFields(readers, found, entry, `${field}[${index}].`));
  });
  return mismatches;
}

/** Flattens `{ threadIds: { legacy } }` to `threadIds.legacy`, as the Gmail expectations nest them. */
function flatten(expected: Record<string, unknown>, nested: readonly string[]): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected)) {
    if (nested.includes(key) && value && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, innerValue] of Object.entries(value)) flat[`${key}.${inner}`] = innerValue;
    else flat[key] = value;
  }
  return flat;
}

/** Every way `capture` differs from `expected` for a page of `pageType`; empty when it reads right. */
export function mismatchesOf(pageType: string, capture: Capture | null, expected: Record<string, unknown>): Mismatch[] {
  if (expected.waiting === true) {
    return capture?.kind === 'waiting' ? [] : [{ field: 'waiting', expected: true, actual: capture?.kind ?? null }];
  }
  const { experience, messages, ...rest } = expected;
  switch (pageType) {
    case 'linkedin-profile':
    case 'linkedin-lead':
      if (capture?.kind !== 'linkedin-person') return [{ field: 'kind', expected: 'linkedin-person', actual: capture?.kind ?? null }];
      return [
        ...compareFields(PERSON, capture, rest, ''),
        ...(experience === undefined ? [] : compareList(ROLE, capture.experience, experience, 'experience')),
      ];
    case 'linkedin-company':
      if (capture?.kind !== 'linkedin-company') return [{ field: 'kind', expected: 'linkedin-company', actual: capture?.kind ?? null }];
      return compareFields(COMPANY, capture, rest, '');
    case 'gmail-thread':
      if (capture?.kind !== 'gmail-thread') return [{ field: 'kind', expected: 'gmail-thread', actual: capture?.kind ?? null }];
      return [
        ...compareFields(THREAD, capture, flatten(rest, ['threadIds']), ''),
        ...(messages === undefined ? [] : compareList(MESSAGE, capture.messages, messages, 'messages')),
      ];
    case 'outlook-thread':
      if (capture?.kind !== 'outlook-thread') return [{ field: 'kind', expected: 'outlook-thread', actual: capture?.kind ?? null }];
      return [
        ...compareFields(OUTLOOK, capture, rest, ''),
        ...(messages === undefined ? [] : compareList(MESSAGE, capture.messages, messages, 'messages')),
      ];
    case 'linkedin-conversation':
      if (capture?.kind !== 'linkedin-conversation')
        return [{ field: 'kind', expected: 'linkedin-conversation', actual: capture?.kind ?? null }];
      return compareFields(CONVERSATION, capture, rest, '');
    default:
      return [{ field: 'pageType', expected: pageType, actual: 'no detector for this page type' }];
  }
}

/** How many fields an expectation names (each experience entry and message field counts once). */
export function fieldCount(expected: Record<string, unknown>): number {
  return Object.entries(expected).reduce((sum, [key, value]) => {
    if ((key === 'experience' || key === 'messages') && Array.isArray(value))
      return sum + 1 + value.reduce((inner: number, entry) => inner + Object.keys(entry as object).filter((k) => k !== 'note').length, 0);
    if (key === 'threadIds' && value && typeof value === 'object') return sum + Object.keys(value).length;
    return sum + 1;
  }, 0);
}

/** The optional fields Tend reads, compared only when the detector reports them. */
export function optionalMismatches(pageType: string, capture: Capture | null, optional: Record<string, unknown> | undefined): Mismatch[] {
  if (!optional || !capture) return [];
  const readers: Record<string, Reader<never>> = pageType === 'gmail-thread'
    ? THREAD
    : pageType === 'linkedin-company'
      ? COMPANY
      : (PERSON as Record<string, Reader<never>>);
  const known = Object.fromEntries(Object.entries(optional).filter(([key]) => readers[key] !== undefined));
  return mismatchesOf(pageType, capture, known).filter((mismatch) => mismatch.actual !== null);
}
