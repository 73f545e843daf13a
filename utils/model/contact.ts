import { CrmId } from './crm';
import { BanttLevel, Origin, Role, Source, Stage } from './enums';
import { AliasKey, Email, httpUrl, Id, optionalText, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// A contact: an individual, never an organisation, with their employment history.

export const Bantt = lazySchema(() =>
  z.object({
    budget: BanttLevel.default('unknown'),
    authority: BanttLevel.default('unknown'),
    need: BanttLevel.default('unknown'),
    timing: BanttLevel.default('unknown'),
    trust: BanttLevel.default('unknown'),
  }),
);
export type Bantt = z.infer<typeof Bantt>;

/** One job as seen on a profile or typed by the rep; a change of company is news, not a new record. */
export const EmploymentEntry = lazySchema(() =>
  z.object({
    title: optionalText(300),
    company: optionalText(300),
    companyUrl: httpUrl.optional(),
    start: optionalText(40),
    end: optionalText(40),
    /** When Tend first saw this job (a job change is detected at this instant). */
    observedAt: Timestamp,
    source: z.enum(['manual', 'linkedin', 'import']),
  }),
);
export type EmploymentEntry = z.infer<typeof EmploymentEntry>;

export const ContactFields = lazySchema(() =>
  z.object({
    firstName: optionalText(200),
    lastName: optionalText(200),
    fullName: text(400).min(1, 'a contact needs a name'),
    headline: optionalText(500),
    title: optionalText(300),
    companyName: optionalText(300),
    accountId: Id.optional(),
    location: optionalText(300),
    photoUrl: httpUrl.optional(),
    about: optionalText(10_000),
    linkedinUrl: httpUrl.optional(),
    emails: z.array(Email).max(20).default([]),
    phones: z.array(text(60)).max(10).default([]),
    aliases: z.array(AliasKey).max(50).default([]),
    roles: z.array(Role).default([]),
    sources: z.array(Source).default([]),
    tags: z.array(text(60).min(1)).max(50).default([]),
    stage: Stage.default('new'),
    origin: Origin.default('sales'),
    /** Days between touches for this contact; absent means the stage's default cadence. */
    cadenceDays: z.number().int().min(1).max(3650).optional(),
    bantt: Bantt.optional(),
    employment: z.array(EmploymentEntry).max(100).default([]),
    notes: optionalText(20_000),
    /** The contact's record id in the rep's HubSpot, once pushed or pulled: later pushes update it. */
    hubspotId: CrmId.optional(),
    /** The same in the rep's Pipedrive. */
    pipedriveId: CrmId.optional(),
    /** Who owns them in the team's CRM, as it last said: the CRM owns this field, Tend only shows it. */
    crmOwner: optionalText(200),
  }),
);

export const Contact = lazySchema(() =>
  ContactFields.extend({
    id: Id,
    /** Lower-cased words of name, company, title and emails, indexed for instant prefix search. */
    searchWords: z.array(z.string()).default([]),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    lastTouchAt: Timestamp.optional(),
    lastSeenAt: Timestamp.optional(),
    /** When the cadence next asks for a touch; derived, indexed for Today and the badge. Absent: never. */
    nextDueAt: Timestamp.optional(),
    /** The rep snoozed the cadence reminder until then; the next touch clears it. */
    dueSnoozedUntil: Timestamp.optional(),
  }),
);
export type Contact = z.infer<typeof Contact>;
/** What a list row shows of a contact: enough to render it and open it, without reading the record. */
export type ContactSummary = Pick<Contact, 'id' | 'fullName' | 'title' | 'companyName' | 'stage'>;
/** What a caller supplies to create a contact: fields with defaults may be left out. */
export type ContactInput = z.input<typeof ContactFields>;
