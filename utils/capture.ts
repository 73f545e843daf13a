import { z } from 'zod';

// What a content script reports about the page it reads. Everything here came from a web page,
// so it is untrusted: bounded strings, http(s) URLs only, and validated again on receipt.

const str = (max: number) => z.string().trim().min(1).max(max);
const url = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/** Which anchor produced each field, so a broken anchor is visible in tests and in the panel. */
export const AnchorReport = z.record(z.string().max(60), z.string().max(80));

export const ExperienceEntry = z.object({
  title: str(300).optional(),
  company: str(300).optional(),
  companyUrl: url.optional(),
  dates: str(120).optional(),
});

export const PersonCapture = z
  .object({
    kind: z.literal('linkedin-person'),
    /** Absent only on a Sales Navigator lead that does not link to the member's profile. */
    profileUrl: url.optional(),
    salesNavigatorUrl: url.optional(),
    memberUrn: str(200).optional(),
    fullName: str(400),
    firstName: str(200).optional(),
    lastName: str(200).optional(),
    headline: str(500).optional(),
    title: str(300).optional(),
    company: str(300).optional(),
    companyUrl: url.optional(),
    location: str(300).optional(),
    photoUrl: url.optional(),
    about: str(10_000).optional(),
    experience: z.array(ExperienceEntry).max(50).default([]),
    anchors: AnchorReport,
  })
  .refine((person) => person.profileUrl || person.salesNavigatorUrl, 'a person needs a profile or Sales Navigator URL');
export type PersonCapture = z.infer<typeof PersonCapture>;

export const CompanyCapture = z.object({
  kind: z.literal('linkedin-company'),
  companyUrl: url,
  name: str(300),
  website: url.optional(),
  domain: str(253).optional(),
  industry: str(200).optional(),
  size: str(100).optional(),
  headquarters: str(300).optional(),
  logoUrl: url.optional(),
  anchors: AnchorReport,
});
export type CompanyCapture = z.infer<typeof CompanyCapture>;

export const Participant = z.object({
  name: str(300).optional(),
  email: z.string().trim().toLowerCase().pipe(z.email()),
});
export type Participant = z.infer<typeof Participant>;

export const ThreadMessage = z.object({
  from: Participant,
  to: z.array(Participant).max(200).default([]),
  cc: z.array(Participant).max(200).default([]),
  /** Epoch milliseconds when the page gave a machine-readable date. */
  at: z.number().int().nonnegative().optional(),
});

export const GmailThreadCapture = z.object({
  kind: z.literal('gmail-thread'),
  threadUrl: url,
  threadToken: str(200),
  legacyThreadId: str(100).optional(),
  permThreadId: str(200).optional(),
  subject: str(1000).optional(),
  account: z.string().trim().toLowerCase().pipe(z.email()).optional(),
  messages: z.array(ThreadMessage).max(500),
  anchors: AnchorReport,
});
export type GmailThreadCapture = z.infer<typeof GmailThreadCapture>;

export const Capture = z.discriminatedUnion('kind', [PersonCapture, CompanyCapture, GmailThreadCapture]);
export type Capture = z.infer<typeof Capture>;
