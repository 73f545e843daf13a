import { MAX_EXPERIENCE, MAX_MESSAGES, MAX_RECIPIENTS } from './capture-limits';
import { Email, httpUrl } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// What a page script reports about the page it reads. Everything here came from a web page, so it
// is untrusted: bounded strings, http(s) URLs only. The same check (utils/detectors/check-capture.ts)
// runs in the detector tests and in the background on receipt.

const str = (max: number) => z.string().trim().min(1).max(max);

/** Which anchor produced each field, so a broken anchor is visible in tests, in the panel and in Capture health. */
export const AnchorReport = lazySchema(() => z.record(z.string().max(60), z.string().max(80)));

/** Fields the check refused (by path, `experience.2.companyUrl`): dropped and reported, never the whole capture. */
const Dropped = lazySchema(() => z.array(z.string().max(120)).max(100));

/**
 * The LinkedIn layouts Tend reads: the server-driven profile of 2026 (`sdui`), the classic Ember
 * profile, the logged-out public page, Sales Navigator.
 */
export const LINKEDIN_LAYOUTS = ['sdui', 'classic', 'public', 'sales-navigator'] as const;
export type LinkedInLayout = (typeof LINKEDIN_LAYOUTS)[number];

export const ExperienceEntry = lazySchema(() =>
  z.object({
    title: str(300).optional(),
    company: str(300).optional(),
    companyUrl: httpUrl.optional(),
    /** As the page words it: "Full-time", "Vollzeit". */
    employmentType: str(80).optional(),
    /** The date range only: "Mar 2024 - Present". */
    dates: str(120).optional(),
    duration: str(80).optional(),
    location: str(200).optional(),
    /** "Hybrid", "Remote", as the page words it. */
    workplace: str(80).optional(),
    /** The range has no end year: a current role. */
    current: z.boolean(),
    /** One of several roles listed under one company. */
    grouped: z.boolean().optional(),
  }),
);
export type ExperienceEntry = z.infer<typeof ExperienceEntry>;

export const PersonCapture = lazySchema(() =>
  z
    .object({
      kind: z.literal('linkedin-person'),
      layout: z.enum(LINKEDIN_LAYOUTS),
      /** Absent only on a Sales Navigator lead that does not link to the member's profile. */
      profileUrl: httpUrl.optional(),
      salesNavigatorUrl: httpUrl.optional(),
      memberUrn: str(200).optional(),
      fullName: str(400),
      firstName: str(200).optional(),
      lastName: str(200).optional(),
      pronouns: str(40).optional(),
      /** The connection degree as the page shows it: "1st", "2nd", "3rd+", "2.". */
      degree: str(20).optional(),
      headline: str(500).optional(),
      title: str(300).optional(),
      company: str(300).optional(),
      companyUrl: httpUrl.optional(),
      location: str(300).optional(),
      photoUrl: httpUrl.optional(),
      about: str(10_000).optional(),
      experience: z.array(ExperienceEntry).max(MAX_EXPERIENCE).default([]),
      /** The tab's title names someone else than the page does (it lags behind in-page moves). */
      titleIsStale: z.boolean().optional(),
      /** Fields the page has not rendered yet (cards LinkedIn loads when scrolled into view). */
      pending: z.array(z.literal('experience')).max(1).optional(),
      anchors: AnchorReport,
      dropped: Dropped.optional(),
    })
    .refine((person) => person.profileUrl || person.salesNavigatorUrl, 'a person needs a profile or Sales Navigator URL'),
);
export type PersonCapture = z.infer<typeof PersonCapture>;

export const CompanyCapture = lazySchema(() =>
  z.object({
    kind: z.literal('linkedin-company'),
    layout: z.enum(['classic', 'public']),
    companyUrl: httpUrl,
    name: str(300),
    website: httpUrl.optional(),
    domain: str(253).optional(),
    industry: str(200).optional(),
    size: str(100).optional(),
    headquarters: str(300).optional(),
    logoUrl: httpUrl.optional(),
    anchors: AnchorReport,
    dropped: Dropped.optional(),
  }),
);
export type CompanyCapture = z.infer<typeof CompanyCapture>;

export const Participant = lazySchema(() =>
  z.object({
    name: str(300).optional(),
    email: Email,
  }),
);
export type Participant = z.infer<typeof Participant>;

export const ThreadMessage = lazySchema(() =>
  z.object({
    /** Absent only when the rep wrote it and the page gave the rep's own chip no address (Outlook). */
    from: Participant.optional(),
    /** The rep wrote it, as far as the page tells. */
    fromSelf: z.boolean().optional(),
    to: z.array(Participant).max(MAX_RECIPIENTS).default([]),
    cc: z.array(Participant).max(MAX_RECIPIENTS).default([]),
    /** Epoch milliseconds when the page gave a machine-readable date. */
    at: z.number().int().nonnegative().optional(),
    /** The date as Gmail wrote it, in the account's language. */
    date: str(120).optional(),
    /** Expanded (open), collapsed (one line) in the thread view. */
    state: z.enum(['expanded', 'collapsed']).optional(),
    id: str(120).optional(),
    legacyId: str(40).optional(),
  }),
);
export type ThreadMessage = z.infer<typeof ThreadMessage>;

/** What Gmail and Outlook threads share: who wrote to whom and when, never what they said. */
const MailThreadFields = {
  threadUrl: httpUrl,
  /** The thread's own id in its address (Gmail's hash token, Outlook's conversation id). */
  threadToken: str(400),
  subject: str(1000).optional(),
  account: Email.optional(),
  accountName: str(300).optional(),
  messages: z.array(ThreadMessage).min(1).max(MAX_MESSAGES),
  /** Messages folded away ("N older messages"): in the thread, not on screen. */
  hiddenMessages: z.number().int().nonnegative().max(100_000).optional(),
  /** People on the thread beyond those listed (a message lists at most MAX_RECIPIENTS). */
  moreParticipants: z.number().int().nonnegative().max(1_000_000).optional(),
  anchors: AnchorReport,
  dropped: Dropped.optional(),
};

export const GmailThreadCapture = lazySchema(() =>
  z.object({
    kind: z.literal('gmail-thread'),
    ...MailThreadFields,
    legacyThreadId: str(100).optional(),
    permThreadId: str(200).optional(),
  }),
);
export type GmailThreadCapture = z.infer<typeof GmailThreadCapture>;

export const OutlookThreadCapture = lazySchema(() =>
  z.object({
    kind: z.literal('outlook-thread'),
    ...MailThreadFields,
    /** Outlook's conversation id (`data-convid`), the same for every message of the conversation. */
    conversationId: str(400).optional(),
  }),
);
export type OutlookThreadCapture = z.infer<typeof OutlookThreadCapture>;

export type MailThreadCapture = GmailThreadCapture | OutlookThreadCapture;

/** Someone in a LinkedIn conversation, as its page names them. */
export const ConversationPerson = lazySchema(() =>
  z.object({
    name: str(300),
    profileUrl: httpUrl.optional(),
  }),
);
export type ConversationPerson = z.infer<typeof ConversationPerson>;

export const LinkedInConversationCapture = lazySchema(() =>
  z.object({
    kind: z.literal('linkedin-conversation'),
    /** The messaging page, or a conversation bubble over another LinkedIn page. */
    surface: z.enum(['messaging', 'overlay']),
    /** The conversation's address: `/messaging/thread/<id>/` on the messaging page. */
    conversationUrl: httpUrl.optional(),
    threadId: str(300).optional(),
    /** Everyone in it but the rep. */
    participants: z.array(ConversationPerson).min(1).max(MAX_RECIPIENTS),
    latest: z.object({
      from: ConversationPerson.optional(),
      /** The rep wrote it. */
      fromSelf: z.boolean(),
      /** As LinkedIn wrote it: the day heading and the time, in the rep's language. */
      date: str(120).optional(),
      /** Epoch milliseconds, when the words of the date could be read as one. */
      at: z.number().int().nonnegative().optional(),
      /** What identifies this message, so it is logged once: LinkedIn's event urn when shown. */
      key: str(600),
    }),
    messageCount: z.number().int().min(1).max(100_000),
    anchors: AnchorReport,
    dropped: Dropped.optional(),
  }),
);
export type LinkedInConversationCapture = z.infer<typeof LinkedInConversationCapture>;

/** The page is one Tend reads, but it still shows another page's content (an in-page move in progress). */
export const PageWaiting = lazySchema(() =>
  z.object({
    kind: z.literal('waiting'),
    site: z.enum(['linkedin', 'gmail', 'outlook']),
    url: httpUrl,
  }),
);
export type PageWaiting = z.infer<typeof PageWaiting>;

export const Capture = lazySchema(() =>
  z.discriminatedUnion('kind', [
    PersonCapture,
    CompanyCapture,
    GmailThreadCapture,
    OutlookThreadCapture,
    LinkedInConversationCapture,
    PageWaiting,
  ]),
);
export type Capture = z.infer<typeof Capture>;
export type PageCaptureKind = Exclude<Capture['kind'], 'waiting'>;
