import { lazySchema } from '../model/lazy-schema';
import { z } from '../model/zod-config';
import { type ClientOptions, failure, jsonCaller } from './http';

// The Pipedrive API v1 endpoints Tend uses, with the rep's personal API token in the x-api-token
// header (kept out of URLs): the token's user, person and organization search, reads, an
// organization's people (paged with start/limit), create and update, notes, person fields.
// Every answer is the documented envelope `{ success, data, additional_data }`.

export const PIPEDRIVE_API = 'https://api.pipedrive.com/v1';
export const PIPEDRIVE_ORIGIN_PATTERN = 'https://api.pipedrive.com/*';

const AUTH_HINT = 'Check the API token in Pipedrive: Personal preferences → API.';

const Ref = lazySchema(() => z.object({ id: z.number().int() }));
const Owner = lazySchema(() => z.object({ id: z.number().int().optional(), name: z.string().optional() }));
const Org = lazySchema(() => z.object({ value: z.number().int().optional(), name: z.string().nullable().optional() }));
const Labeled = lazySchema(() => z.object({ value: z.string(), primary: z.boolean().optional() }));

export const PipedrivePerson = lazySchema(() =>
  z.object({
    id: z.number().int(),
    name: z.string().nullable(),
    first_name: z.string().nullable().optional(),
    last_name: z.string().nullable().optional(),
    email: z.array(Labeled).nullable().optional(),
    phone: z.array(Labeled).nullable().optional(),
    owner_id: z.union([Owner, z.number().int()]).nullable().optional(),
    org_id: z.union([Org, z.number().int()]).nullable().optional(),
    org_name: z.string().nullable().optional(),
    open_deals_count: z.number().int().nullable().optional(),
    last_activity_date: z.string().nullable().optional(),
    label: z.number().int().nullable().optional(),
    job_title: z.string().nullable().optional(),
  }),
);
export type PipedrivePerson = z.infer<typeof PipedrivePerson>;

export const PipedriveOrganization = lazySchema(() =>
  z.object({
    id: z.number().int(),
    name: z.string(),
    owner_id: z.union([Owner, z.number().int()]).nullable().optional(),
    open_deals_count: z.number().int().nullable().optional(),
    last_activity_date: z.string().nullable().optional(),
  }),
);
export type PipedriveOrganization = z.infer<typeof PipedriveOrganization>;

const SearchItems = lazySchema(() =>
  z.object({
    items: z.array(
      z.object({
        item: z
          .object({ id: z.number().int(), emails: z.array(z.string()).optional(), organization: Ref.nullable().optional() })
          .passthrough(),
      }),
    ),
  }),
);
const Pagination = lazySchema(() =>
  z
    .object({
      pagination: z.object({ more_items_in_collection: z.boolean(), next_start: z.number().int().optional() }).optional(),
    })
    .nullable()
    .optional(),
);
const Me = lazySchema(() => z.object({ id: z.number().int(), name: z.string(), email: z.string().optional(), company_domain: z.string() }));
const PersonField = lazySchema(() =>
  z.object({
    key: z.string(),
    name: z.string(),
    field_type: z.string(),
    edit_flag: z.boolean().optional(),
    options: z
      .array(z.object({ id: z.number().int(), label: z.string() }))
      .nullable()
      .optional(),
  }),
);
export type PipedrivePersonField = z.infer<typeof PersonField>;

function errorOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : 'no message';
}

function dataOf<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const parsed = z.object({ success: z.literal(true), data: schema }).safeParse(body);
  if (!parsed.success) throw new Error(`Pipedrive answered ${what} in a shape Tend does not know`);
  return parsed.data.data;
}

export function pipedriveClient({ fetch, token, baseUrl = PIPEDRIVE_API, sleep, maxAttempts }: ClientOptions) {
  const call = jsonCaller({ crm: 'pipedrive', fetch, baseUrl, headers: { 'x-api-token': token }, authHint: AUTH_HINT, sleep, maxAttempts });
  const failed = (answer: { status: number; body: unknown }) => failure('pipedrive', answer, errorOf(answer.body));
  const ok = (answer: { status: number }) => answer.status >= 200 && answer.status < 300;
  const get = async <T>(path: string, schema: z.ZodType<T>, what: string): Promise<T | undefined> => {
    const answer = await call('GET', path);
    if (answer.status === 404) return undefined;
    if (!ok(answer)) throw failed(answer);
    return dataOf(schema, answer.body, what);
  };
  /**
   * The entries of every page of a list, 100 at a time, following `more_items_in_collection` and
   * `next_start` until `max` are read.
   */
  const paged = async <T, E>(
    path: (start: number) => string,
    data: z.ZodType<T>,
    entriesOf: (page: T) => E[],
    what: string,
    max: number,
  ): Promise<E[]> => {
    const entries: E[] = [];
    let start: number | undefined = 0;
    while (start !== undefined && entries.length < max) {
      const answer = await call('GET', `${path(start)}&limit=100`);
      if (!ok(answer)) throw failed(answer);
      const page = z.object({ success: z.literal(true), data, additional_data: Pagination }).safeParse(answer.body);
      if (!page.success) throw new Error(`Pipedrive answered ${what} in a shape Tend does not know`);
      entries.push(...entriesOf(page.data.data));
      const pagination = page.data.additional_data?.pagination;
      start = pagination?.more_items_in_collection ? pagination.next_start : undefined;
    }
    return entries.slice(0, max);
  };
  const idOf = (body: unknown, what: string) => String(dataOf(z.object({ id: z.number().int() }), body, what).id);

  return {
    async me() {
      const me = await get('/users/me', Me, 'its user');
      if (!me) throw failed({ status: 404, body: null });
      return me;
    },

    /** Search hits, exact (case-insensitive) on the given fields; the raw items stay unchecked until read. */
    async search(object: 'persons' | 'organizations', term: string, fields: string, limit = 10) {
      if (term.trim().length < 2) return [];
      const query = `term=${encodeURIComponent(term.trim())}&fields=${fields}&exact_match=true&limit=${limit}`;
      const found = await get(`/${object}/search?${query}`, SearchItems, 'a search');
      return (found?.items ?? []).map((entry) => entry.item);
    },

    /** Persons whose address contains `term` (not exact), page by page, at most `max`. */
    async searchPersonsByEmail(term: string, max: number) {
      const query = `term=${encodeURIComponent(term)}&fields=email&exact_match=false`;
      const entries = (found: z.infer<typeof SearchItems>) => found.items.map((entry) => entry.item);
      return paged((start) => `/persons/search?${query}&start=${start}`, SearchItems, entries, 'a search', max);
    },

    /** A record as raw JSON: the caller checks it, so one bad record is reported alone. */
    async read(object: 'persons' | 'organizations', id: number): Promise<unknown> {
      return get(`/${object}/${id}`, z.unknown(), `a ${object === 'persons' ? 'person' : 'organization'}`);
    },

    /** An organization's people, page by page (`start`, `limit`, `more_items_in_collection`, `next_start`). */
    async organizationPersons(id: number, max = 2_000): Promise<unknown[]> {
      const list = z.array(z.unknown()).nullable();
      return paged(
        (start) => `/organizations/${id}/persons?start=${start}`,
        list,
        (page) => page ?? [],
        'an organization’s people',
        max,
      );
    },

    async create(object: 'persons' | 'organizations' | 'notes', body: Record<string, unknown>): Promise<string> {
      const answer = await call('POST', `/${object}`, body);
      if (!ok(answer)) throw failed(answer);
      return idOf(answer.body, `a new ${object}`);
    },

    /** Update a person; `false` when it was deleted in Pipedrive since. */
    async updatePerson(id: string, body: Record<string, unknown>): Promise<boolean> {
      const answer = await call('PUT', `/persons/${id}`, body);
      if (answer.status === 404 || answer.status === 410) return false;
      if (!ok(answer)) throw failed(answer);
      return true;
    },

    async personFields(): Promise<PipedrivePersonField[]> {
      return (await get('/personFields?start=0&limit=500', z.array(PersonField), 'person fields')) ?? [];
    },
  };
}

export type PipedriveClient = ReturnType<typeof pipedriveClient>;
