import { CRM_KINDS, MATCHED_BY } from './crm-names';
import { httpUrl, optionalText, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// What Tend knows of the team's CRM: which one, what it said about a person or company (cached with
// its age), and the facts the rep sees beside the local card. The CRM owns owner and lifecycle;
// Tend owns touches, roles and hinges. The CRMs' names, free of Zod, are in crm-names.ts.

export const CrmKind = lazySchema(() => z.enum(CRM_KINDS));

/** A record id in either CRM: both number their records. */
export const CrmId = lazySchema(() => z.string().regex(/^\d{1,30}$/, 'is not a CRM record id'));

export const MatchedBy = lazySchema(() => z.enum(MATCHED_BY));

/** One record as the CRM holds it, in the words the panel shows. */
export const CrmFacts = lazySchema(() =>
  z.object({
    crm: CrmKind,
    kind: z.enum(['person', 'company']),
    recordId: CrmId,
    url: httpUrl,
    name: text(400).min(1),
    owner: optionalText(200),
    /** The CRM's lifecycle stage or lead status, as its own label or internal value. */
    status: optionalText(100),
    lastActivityAt: Timestamp.optional(),
    openDeals: z.number().int().min(0).max(1_000_000).optional(),
    matchedBy: MatchedBy,
  }),
);
export type CrmFacts = z.infer<typeof CrmFacts>;

/** A cached look-up: what the CRM answered for one query, or that it has no such record. */
export const CrmLookup = lazySchema(() =>
  z.object({
    key: text(700).min(1),
    crm: CrmKind,
    checkedAt: Timestamp,
    facts: CrmFacts.nullable(),
  }),
);
export type CrmLookup = z.infer<typeof CrmLookup>;

/** A connected CRM: kept in the extension's local storage, never in IndexedDB, backups or exports. */
export const CrmConnection = lazySchema(() =>
  z.object({
    crm: CrmKind,
    token: z
      .string()
      .trim()
      .regex(/^[\w-]{10,200}$/, 'a token has no spaces and is 10 to 200 letters, digits, - or _'),
    /** Where record links point: HubSpot's portal id, Pipedrive's company subdomain. */
    portalId: z
      .string()
      .regex(/^\d{1,20}$/)
      .optional(),
    /** HubSpot's app host for the portal's data centre (app.hubspot.com, app-eu1.hubspot.com). */
    uiDomain: z
      .string()
      .regex(/^app(-[a-z0-9]+)?\.hubspot\.com$/)
      .optional(),
    companyDomain: z
      .string()
      .regex(/^[a-z0-9-]{1,63}$/i)
      .optional(),
    /** The rep as the CRM knows them, so their own records say "you". */
    me: z.object({ ownerId: CrmId, name: text(200) }).optional(),
    /** The CRM property Tend's nurture stage is written to, as the rep picked it. */
    stageProperty: z
      .string()
      .regex(/^[\w.-]{1,100}$/)
      .optional(),
    /** That property's label in the CRM, as the rep saw it when picking (Pipedrive's keys are hashes). */
    stageLabel: text(200).optional(),
    connectedAt: Timestamp,
  }),
);
export type CrmConnection = z.infer<typeof CrmConnection>;
