import { lazySchema } from '../model/lazy-schema';
import { z } from '../model/zod-config';
import { type ClientOptions, failure, jsonCaller } from './http';

// The HubSpot CRM endpoints Tend uses, called with the rep's private-app token: account details,
// owners, search, batch read, v4 associations (paged with `after`), contact and company create and
// update, notes. Answers are checked against the shapes HubSpot documents before anything reads them.

export const HUBSPOT_API = 'https://api.hubapi.com';
export const HUBSPOT_ORIGIN_PATTERN = 'https://api.hubapi.com/*';

const AUTH_HINT = 'Check the private-app token in Settings → Integrations → Private apps, and its scopes.';
/** HubSpot's default association types (v4 "default" labels use these too). */
const NOTE_TO_CONTACT = 202;

export const HubSpotObject = lazySchema(() =>
  z.object({
    id: z.string().regex(/^\d+$/),
    properties: z.record(z.string(), z.string().nullable().optional()),
  }),
);
export type HubSpotObject = z.infer<typeof HubSpotObject>;

const SearchAnswer = lazySchema(() =>
  z.object({
    total: z.number().optional(),
    results: z.array(z.unknown()),
    paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
  }),
);
const BatchAnswer = lazySchema(() => z.object({ results: z.array(z.unknown()) }));
const AssociationsAnswer = lazySchema(() =>
  z.object({
    results: z.array(z.object({ toObjectId: z.union([z.number(), z.string()]) })),
    paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
  }),
);
export const HubSpotOwner = lazySchema(() =>
  z.object({
    id: z.string(),
    email: z.string().optional(),
    firstName: z.string().nullable().optional(),
    lastName: z.string().nullable().optional(),
  }),
);
export type HubSpotOwner = z.infer<typeof HubSpotOwner>;
const OwnersAnswer = lazySchema(() => z.object({ results: z.array(HubSpotOwner) }));
const AccountDetails = lazySchema(() =>
  z.object({
    portalId: z.number().int(),
    uiDomain: z
      .string()
      .regex(/^[a-z0-9.-]+$/)
      .optional(),
  }),
);
const PropertiesAnswer = lazySchema(() =>
  z.object({
    results: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        type: z.string(),
        modificationMetadata: z.object({ readOnlyValue: z.boolean() }).partial().optional(),
      }),
    ),
  }),
);

export interface Filter {
  propertyName: string;
  operator: 'EQ';
  value: string;
}

function messageOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : 'no message';
}

function shaped<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`HubSpot answered ${what} in a shape Tend does not know`);
  return parsed.data;
}

export function hubspotClient({ fetch, token, baseUrl = HUBSPOT_API, sleep, maxAttempts }: ClientOptions) {
  const call = jsonCaller({
    crm: 'hubspot',
    fetch,
    baseUrl,
    headers: { authorization: `Bearer ${token}` },
    authHint: AUTH_HINT,
    sleep,
    maxAttempts,
  });
  const failed = (answer: { status: number; body: unknown }) => failure('hubspot', answer, messageOf(answer.body));
  const ok = (answer: { status: number }) => answer.status >= 200 && answer.status < 300;
  const idOf = (body: unknown): string => shaped(z.object({ id: z.string().regex(/^\d+$/) }), body, 'a new record').id;

  return {
    async accountDetails() {
      const answer = await call('GET', '/account-info/v3/details');
      if (!ok(answer)) throw failed(answer);
      return shaped(AccountDetails, answer.body, 'its account details');
    },

    /** The owner (a HubSpot user) with this address, if there is one. */
    async ownerByEmail(email: string): Promise<HubSpotOwner | undefined> {
      const answer = await call('GET', `/crm/v3/owners?email=${encodeURIComponent(email)}&limit=1`);
      if (!ok(answer)) throw failed(answer);
      return shaped(OwnersAnswer, answer.body, 'owners').results[0];
    },

    async owner(id: string): Promise<HubSpotOwner | undefined> {
      const answer = await call('GET', `/crm/v3/owners/${encodeURIComponent(id)}`);
      if (answer.status === 404) return undefined;
      if (!ok(answer)) throw failed(answer);
      return shaped(HubSpotOwner, answer.body, 'an owner');
    },

    /** Records matching every filter of one group; `null` when HubSpot refuses a property this portal lacks. */
    async search(
      object: 'contacts' | 'companies',
      filters: Filter[],
      properties: readonly string[],
      limit = 10,
    ): Promise<unknown[] | null> {
      const answer = await call('POST', `/crm/v3/objects/${object}/search`, { filterGroups: [{ filters }], properties, limit });
      if (answer.status === 400) return null;
      if (!ok(answer)) throw failed(answer);
      return shaped(SearchAnswer, answer.body, 'a search').results;
    },

    /** Every record matching the filters, page by page (`paging.next.after`), at most `max`. */
    async searchAll(object: 'contacts' | 'companies', filters: Filter[], properties: readonly string[], max: number): Promise<unknown[]> {
      const found: unknown[] = [];
      let after: string | undefined;
      do {
        const body = { filterGroups: [{ filters }], properties, limit: 100, ...(after ? { after } : {}) };
        const answer = await call('POST', `/crm/v3/objects/${object}/search`, body);
        if (answer.status === 400) return found;
        if (!ok(answer)) throw failed(answer);
        const page = shaped(SearchAnswer, answer.body, 'a search');
        found.push(...page.results);
        after = page.paging?.next?.after;
      } while (after && found.length < max);
      return found.slice(0, max);
    },

    /** Up to 100 records by id. */
    async batchRead(object: 'contacts' | 'companies' | 'deals', ids: readonly string[], properties: readonly string[]): Promise<unknown[]> {
      if (ids.length === 0) return [];
      const answer = await call('POST', `/crm/v3/objects/${object}/batch/read`, { inputs: ids.map((id) => ({ id })), properties });
      if (!ok(answer)) throw failed(answer);
      return shaped(BatchAnswer, answer.body, 'a batch read').results;
    },

    /** Every id associated to a record, following `paging.next.after` to the end (bounded). */
    async associatedIds(
      from: 'contacts' | 'companies',
      id: string,
      to: 'contacts' | 'companies' | 'deals',
      max = 5_000,
    ): Promise<string[]> {
      const ids: string[] = [];
      let after: string | undefined;
      do {
        const query = `limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`;
        const answer = await call('GET', `/crm/v4/objects/${from}/${id}/associations/${to}?${query}`);
        if (!ok(answer)) throw failed(answer);
        const page = shaped(AssociationsAnswer, answer.body, 'associations');
        ids.push(...page.results.map((result) => String(result.toObjectId)));
        after = page.paging?.next?.after;
      } while (after && ids.length < max);
      return ids;
    },

    async createRecord(
      object: 'contacts' | 'companies',
      properties: Record<string, string>,
    ): Promise<{ id: string } | { conflictId: string }> {
      const answer = await call('POST', `/crm/v3/objects/${object}`, { properties });
      if (answer.status === 201 || answer.status === 200) return { id: idOf(answer.body) };
      // "Contact already exists. Existing ID: 123": HubSpot's contacts are unique by email.
      const existing = answer.status === 409 ? /Existing ID:\s*(\d+)/i.exec(messageOf(answer.body))?.[1] : undefined;
      if (existing) return { conflictId: existing };
      throw failed(answer);
    },

    /** Update a record; `false` when it was deleted in HubSpot since. */
    async updateRecord(object: 'contacts' | 'companies', id: string, properties: Record<string, string>): Promise<boolean> {
      const answer = await call('PATCH', `/crm/v3/objects/${object}/${id}`, { properties });
      if (answer.status === 404) return false;
      if (!ok(answer)) throw failed(answer);
      return true;
    },

    async associateDefault(from: 'contacts', id: string, to: 'companies', toId: string): Promise<void> {
      const answer = await call('PUT', `/crm/v4/objects/${from}/${id}/associations/default/${to}/${toId}`);
      if (!ok(answer)) throw failed(answer);
    },

    async createNote(contactId: string, note: { at: number; body: string }): Promise<string> {
      const answer = await call('POST', '/crm/v3/objects/notes', {
        properties: { hs_timestamp: new Date(note.at).toISOString(), hs_note_body: note.body },
        associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }] }],
      });
      if (answer.status === 201 || answer.status === 200) return idOf(answer.body);
      throw failed(answer);
    },

    async contactProperties() {
      const answer = await call('GET', '/crm/v3/properties/contacts');
      if (!ok(answer)) throw failed(answer);
      return shaped(PropertiesAnswer, answer.body, 'contact properties').results;
    },
  };
}

export type HubSpotClient = ReturnType<typeof hubspotClient>;
