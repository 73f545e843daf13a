import { z } from 'zod';

// The Zod models are the only source of Tend's types: every type below is `z.infer` of a schema,
// and every write validates against these schemas before it reaches IndexedDB.

export const ROLES = ['decision-maker', 'influencer', 'access', 'future-buyer', 'advisor'] as const;
export const SOURCES = [
  'customer',
  'prospect',
  'other-supplier',
  'industry-counterpart',
  'partner',
  'competitor',
  'consultant',
  'referral',
  'past-colleague',
  'analyst',
  'industry-body',
] as const;
export const STAGES = [
  'new',
  'nurturing',
  'engaged',
  'sales-ready',
  'opportunity',
  'customer',
  'recycled',
  'discontinued',
  'do-not-contact',
] as const;
export const ORIGINS = ['sales', 'marketing', 'referral', 'event', 'import'] as const;
export const TOUCH_TYPES = [
  'email',
  'call',
  'meeting',
  'linkedin-message',
  'personal-note',
  'article-shared',
  'event-invite',
  'drop-in',
  'entertainment',
  'status-update',
  'introduction',
  'other',
] as const;
export const DIRECTIONS = ['in', 'out'] as const;
export const BANTT_KEYS = ['budget', 'authority', 'need', 'timing', 'trust'] as const;
export const BANTT_LEVELS = ['unknown', 'weak', 'partial', 'confirmed'] as const;
export const REMINDER_STATUSES = ['open', 'done', 'snoozed'] as const;
export const AUTO_BACKUP = ['off', 'daily', 'weekly'] as const;

export const Role = z.enum(ROLES);
export const Source = z.enum(SOURCES);
export const Stage = z.enum(STAGES);
export const Origin = z.enum(ORIGINS);
export const TouchType = z.enum(TOUCH_TYPES);
export const Direction = z.enum(DIRECTIONS);
export const BanttLevel = z.enum(BANTT_LEVELS);

export type Role = z.infer<typeof Role>;
export type Source = z.infer<typeof Source>;
export type Stage = z.infer<typeof Stage>;
export type Origin = z.infer<typeof Origin>;
export type TouchType = z.infer<typeof TouchType>;
export type Direction = z.infer<typeof Direction>;
export type BanttLevel = z.infer<typeof BanttLevel>;

/** Record ids are random UUIDs made on this machine. */
export const Id = z.string().min(1).max(64);
/** Every instant is stored as epoch milliseconds: sortable, indexable, time-zone free. */
export const Timestamp = z.number().int().nonnegative();

/** Text a person typed or a page gave us: trimmed, bounded, and never empty when present. */
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).optional();
const httpUrl = z
  .string()
  .trim()
  .max(2048)
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'is not a valid email address' }));

/**
 * Alias keys identify a contact or an account across sources. They are normalised strings with a
 * kind prefix (`li:in:<slug>`, `li:urn:<urn>`, `li:sn:<id>`, `email:<address>`, `li:company:<slug>`,
 * `domain:<host>`); utils/identity.ts makes them. The database indexes them, unique across records.
 */
export const AliasKey = z
  .string()
  .min(3)
  .max(512)
  .regex(/^[a-z-]+:[a-z-]*:?\S+$/, 'is not an alias key');

export const Bantt = z.object({
  budget: BanttLevel.default('unknown'),
  authority: BanttLevel.default('unknown'),
  need: BanttLevel.default('unknown'),
  timing: BanttLevel.default('unknown'),
  trust: BanttLevel.default('unknown'),
});
export type Bantt = z.infer<typeof Bantt>;

/** One job as seen on a profile or typed by the rep; a change of company is news, not a new record. */
export const EmploymentEntry = z.object({
  title: optionalText(300),
  company: optionalText(300),
  companyUrl: httpUrl.optional(),
  start: optionalText(40),
  end: optionalText(40),
  /** When Tend first saw this job (a job change is detected at this instant). */
  observedAt: Timestamp,
  source: z.enum(['manual', 'linkedin', 'import']),
});
export type EmploymentEntry = z.infer<typeof EmploymentEntry>;

export const ContactFields = z.object({
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
  /** The contact's record id in the rep's HubSpot, once pushed: later pushes update it. */
  hubspotId: z
    .string()
    .regex(/^\d{1,30}$/)
    .optional(),
});

export const Contact = ContactFields.extend({
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
});
export type Contact = z.infer<typeof Contact>;
/** What a caller supplies to create a contact: fields with defaults may be left out. */
export type ContactInput = z.input<typeof ContactFields>;

export const Account = z.object({
  id: Id,
  name: text(300).min(1, 'an account needs a name'),
  domain: optionalText(253),
  website: httpUrl.optional(),
  linkedinUrl: httpUrl.optional(),
  industry: optionalText(200),
  size: optionalText(100),
  headquarters: optionalText(300),
  aliases: z.array(AliasKey).max(50).default([]),
  tags: z.array(text(60).min(1)).max(50).default([]),
  nameLower: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Account = z.infer<typeof Account>;

export const TouchSource = z.object({
  kind: z.enum(['manual', 'gmail', 'linkedin', 'url', 'call-plan', 'clip', 'import']),
  url: httpUrl.optional(),
  /** A stable reference within the source (a Gmail thread id), used to avoid logging twice. */
  ref: optionalText(300),
});

export const TouchFields = z.object({
  contactId: Id,
  type: TouchType,
  direction: Direction,
  at: Timestamp,
  summary: optionalText(2000),
  outcome: optionalText(2000),
  /** Only meaningful for outbound touches: false means an attempt that got no answer. */
  answered: z.boolean().default(true),
  source: TouchSource.default({ kind: 'manual' }),
});
export const Touch = TouchFields.extend({
  id: Id,
  /** The HubSpot note this touch was pushed as; a touch is pushed once. */
  hubspotNoteId: z
    .string()
    .regex(/^\d{1,30}$/)
    .optional(),
  /** `<source kind>:<ref>` when the touch came from somewhere that can be logged twice. */
  dedupKey: z.string().optional(),
  createdAt: Timestamp,
});
export type Touch = z.infer<typeof Touch>;
export type TouchInput = z.input<typeof TouchFields>;

export const ReminderFields = z.object({
  contactId: Id,
  dueAt: Timestamp,
  note: optionalText(1000),
});
export type ReminderInput = z.input<typeof ReminderFields>;

export const Reminder = z.object({
  id: Id,
  contactId: Id,
  dueAt: Timestamp,
  note: optionalText(1000),
  status: z.enum(REMINDER_STATUSES),
  snoozedUntil: Timestamp.optional(),
  doneAt: Timestamp.optional(),
  /** When the browser last notified about it; a snooze or reschedule clears it so it notifies again. */
  notifiedAt: Timestamp.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp.optional(),
});
export type Reminder = z.infer<typeof Reminder>;

export const StageEvent = z.object({
  id: Id,
  contactId: Id,
  from: Stage.optional(),
  to: Stage,
  at: Timestamp,
  reason: optionalText(1000),
});
export type StageEvent = z.infer<typeof StageEvent>;

/** An objection the rep expects, with the answer in its four moves: acknowledge, question, position, check. */
export const Objection = z.object({
  objection: text(1000).min(1),
  acknowledge: optionalText(1000),
  question: optionalText(1000),
  position: optionalText(1000),
  check: optionalText(1000),
});
export type Objection = z.infer<typeof Objection>;

export const CallPlanFields = z.object({
  contactId: Id,
  objective: optionalText(1000),
  hinge: optionalText(1000),
  opening: optionalText(2000),
  questions: z.array(text(1000).min(1)).max(50).default([]),
  objections: z.array(Objection).max(30).default([]),
  nextStep: optionalText(1000),
});
export type CallPlanInput = z.input<typeof CallPlanFields>;

export const CallPlan = CallPlanFields.extend({
  id: Id,
  outcome: optionalText(4000),
  status: z.enum(['draft', 'done']),
  /** The touch logged when the call was finished. */
  touchId: Id.optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CallPlan = z.infer<typeof CallPlan>;

export const Clip = z.object({
  id: Id,
  contactId: Id.optional(),
  accountId: Id.optional(),
  url: httpUrl,
  title: text(1000).min(1),
  byline: optionalText(500),
  siteName: optionalText(300),
  excerpt: optionalText(2000),
  text: text(200_000),
  clippedAt: Timestamp,
  sharedAt: Timestamp.optional(),
});
export type Clip = z.infer<typeof Clip>;

/** Default cadence in days per stage; `null` means the stage is never reminded. */
export const DEFAULT_CADENCE: Record<Stage, number | null> = {
  new: 14,
  nurturing: 30,
  engaged: 14,
  'sales-ready': 7,
  opportunity: 7,
  customer: 60,
  recycled: 90,
  discontinued: null,
  'do-not-contact': null,
};

export const Settings = z.object({
  id: z.literal('settings'),
  cadenceByStage: z.record(Stage, z.number().int().min(1).max(3650).nullable()),
  /** Addresses and whole domains (`@example.com`) never logged from Gmail. */
  neverLog: z.array(text(320).min(1)).max(1000).default([]),
  /** Automatic local backups into the downloads folder. */
  autoBackup: z.enum(AUTO_BACKUP).default('off'),
  lastAutoBackupAt: Timestamp.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  id: 'settings',
  cadenceByStage: DEFAULT_CADENCE,
  neverLog: [],
  autoBackup: 'off',
};
