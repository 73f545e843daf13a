import { type Fake, type FakeRequest, type FakeResponse, json, serveFake } from './fake-http';

// A stand-in for the Pipedrive API v1 endpoints Tend uses, behaving as Pipedrive documents: the
// API token in the x-api-token header (or the api_token query), 401 "unauthorized access" otherwise;
// every answer in the `{ success, data, additional_data }` envelope; persons and organizations
// search (`term` of 2+ characters, `fields`, `exact_match`, case-insensitive) answering
// `items[].item`; reads with owner and organization expanded; an organization's persons paged with
// start/limit and `more_items_in_collection`/`next_start`; create and update (404 for a deleted
// person); notes; person fields; 429 with x-ratelimit-* headers (and Retry-After when asked).

export interface PipedriveUser {
  id: number;
  name: string;
  email: string;
}
export interface PipedrivePerson {
  id: number;
  name: string;
  first_name?: string;
  last_name?: string;
  email: { value: string; primary: boolean; label: string }[];
  phone: { value: string; primary: boolean; label: string }[];
  owner_id: number;
  org_id: number | null;
  label: number | null;
  open_deals_count: number;
  last_activity_date: string | null;
  custom: Record<string, string>;
}
export interface PipedriveOrganization {
  id: number;
  name: string;
  owner_id: number;
  open_deals_count: number;
  last_activity_date: string | null;
}

/** A custom field's key as Pipedrive makes them: 40 hex characters. */
export const LINKEDIN_FIELD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const STAGE_FIELD = 'f0e1d2c3b4a5968778695a4b3c2d1e0f98765432';

export class FakePipedrive implements Fake {
  token = '0123456789abcdef0123456789abcdef01234567';
  companyDomain = 'acme-sales';
  users: PipedriveUser[] = [{ id: 11, name: 'Riley Rep', email: 'riley@acme-sales.example' }];
  persons = new Map<number, PipedrivePerson>();
  organizations = new Map<number, PipedriveOrganization>();
  notes: { id: number; content: string; person_id: number; add_time: string }[] = [];
  requests: { method: string; path: string; status: number }[] = [];
  rateLimitNext = 0;
  /** Pipedrive's burst limit answers carry x-ratelimit-reset; Retry-After is sent when this is set. */
  retryAfterSeconds = '';
  rateLimitResetSeconds = '2';
  pageSize = 100;
  private nextId = 100;

  user(name: string, email: string): PipedriveUser {
    const user = { id: this.nextId++, name, email };
    this.users.push(user);
    return user;
  }

  organization(fields: Partial<PipedriveOrganization> & { name: string }): PipedriveOrganization {
    const organization = { id: this.nextId++, owner_id: 11, open_deals_count: 0, last_activity_date: null, ...fields };
    this.organizations.set(organization.id, organization);
    return organization;
  }

  person(fields: { name: string; email?: string } & Partial<Omit<PipedrivePerson, 'email'>>): PipedrivePerson {
    const { email, ...rest } = fields;
    const person: PipedrivePerson = {
      id: this.nextId++,
      phone: [],
      owner_id: 11,
      org_id: null,
      label: null,
      open_deals_count: 0,
      last_activity_date: null,
      custom: {},
      ...rest,
      email: email ? [{ value: email, primary: true, label: 'work' }] : [],
    };
    this.persons.set(person.id, person);
    return person;
  }

  handle(request: FakeRequest): FakeResponse {
    const response = this.answer(request);
    this.requests.push({ method: request.method, path: new URL(request.url, 'http://x').pathname, status: response.status });
    return response;
  }

  private userRef(id: number) {
    const user = this.users.find((candidate) => candidate.id === id);
    return { id, name: user?.name ?? 'Unknown', email: user?.email ?? '', has_pic: 0, pic_hash: null, active_flag: true, value: id };
  }

  private personView(person: PipedrivePerson) {
    const org = person.org_id === null ? undefined : this.organizations.get(person.org_id);
    return {
      id: person.id,
      company_id: 777,
      owner_id: this.userRef(person.owner_id),
      org_id: org ? { name: org.name, people_count: 1, owner_id: org.owner_id, value: org.id } : null,
      name: person.name,
      first_name: person.first_name ?? person.name.split(' ')[0] ?? null,
      last_name: person.last_name ?? (person.name.split(' ').slice(1).join(' ') || null),
      open_deals_count: person.open_deals_count,
      closed_deals_count: 0,
      activities_count: 0,
      active_flag: true,
      phone: person.phone.length ? person.phone : [{ value: '', primary: true }],
      email: person.email.length ? person.email : [{ value: '', primary: true }],
      label: person.label,
      last_activity_date: person.last_activity_date,
      org_name: org?.name ?? null,
      owner_name: this.userRef(person.owner_id).name,
      visible_to: '3',
      ...person.custom,
    };
  }

  private orgView(org: PipedriveOrganization) {
    return {
      id: org.id,
      company_id: 777,
      owner_id: this.userRef(org.owner_id),
      name: org.name,
      open_deals_count: org.open_deals_count,
      people_count: [...this.persons.values()].filter((person) => person.org_id === org.id).length,
      last_activity_date: org.last_activity_date,
      active_flag: true,
      visible_to: '3',
    };
  }

  private answer({ method, url, headers, body }: FakeRequest): FakeResponse {
    const { pathname, searchParams } = new URL(url, 'http://x');
    const path = pathname.replace(/^\/v1/, '');
    const token = headers['x-api-token'] ?? searchParams.get('api_token');
    if (token !== this.token) {
      return json(401, {
        success: false,
        error: 'unauthorized access',
        errorCode: 401,
        error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.',
      });
    }
    if (this.rateLimitNext > 0) {
      this.rateLimitNext--;
      return json(
        429,
        {
          success: false,
          error: 'Request over limit',
          errorCode: 429,
          error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.',
        },
        {
          'x-ratelimit-limit': '80',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': this.rateLimitResetSeconds,
          ...(this.retryAfterSeconds ? { 'retry-after': this.retryAfterSeconds } : {}),
        },
      );
    }
    const ok = (data: unknown, additional: unknown = null, status = 200) =>
      json(status, { success: true, data, additional_data: additional });
    const notFound = (what: string) =>
      json(404, {
        success: false,
        error: `${what} not found`,
        errorCode: 404,
        error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.',
      });
    const badRequest = (error: string) =>
      json(400, {
        success: false,
        error,
        errorCode: 400,
        error_info: 'Please check developers.pipedrive.com for more information about Pipedrive API.',
      });
    const payload = (body ? JSON.parse(body) : {}) as Record<string, unknown>;

    if (method === 'GET' && path === '/users/me') {
      const me = this.users[0];
      return me
        ? ok({ ...me, company_id: 777, company_name: 'Acme Sales', company_domain: this.companyDomain, active_flag: true })
        : notFound('User');
    }

    if (method === 'GET' && path === '/personFields') {
      return ok(
        [
          { id: 1, key: 'name', name: 'Name', field_type: 'varchar', edit_flag: false },
          { id: 2, key: 'email', name: 'Email', field_type: 'varchar', edit_flag: false },
          {
            id: 3,
            key: 'label',
            name: 'Label',
            field_type: 'enum',
            edit_flag: false,
            options: [
              { id: 1, label: 'Customer' },
              { id: 5, label: 'Hot lead' },
            ],
          },
          { id: 40, key: LINKEDIN_FIELD, name: 'LinkedIn URL', field_type: 'varchar', edit_flag: true },
          { id: 41, key: STAGE_FIELD, name: 'Tend stage', field_type: 'varchar', edit_flag: true },
        ],
        { pagination: { start: 0, limit: 500, more_items_in_collection: false } },
      );
    }

    const search = /^\/(persons|organizations)\/search$/.exec(path);
    if (method === 'GET' && search) {
      const term = (searchParams.get('term') ?? '').trim().toLowerCase();
      const exact = searchParams.get('exact_match') === 'true';
      if (term.length < (exact ? 1 : 2)) return badRequest('Search term must be at least 2 characters long');
      const fields = (searchParams.get('fields') ?? 'name').split(',');
      const hit = (value: string | undefined) =>
        Boolean(value) && (exact ? value?.toLowerCase() === term : Boolean(value?.toLowerCase().includes(term)));
      const limit = Math.min(Number(searchParams.get('limit') ?? '100'), this.pageSize);
      const start = Number(searchParams.get('start') ?? '0');
      if (search[1] === 'persons') {
        const matching = [...this.persons.values()].filter(
          (person) =>
            (fields.includes('name') && hit(person.name)) ||
            (fields.includes('email') && person.email.some((email) => hit(email.value))) ||
            (fields.includes('custom_fields') && Object.values(person.custom).some(hit)),
        );
        const total = matching.length;
        const items = matching.slice(start, start + limit).map((person) => {
          const org = person.org_id === null ? undefined : this.organizations.get(person.org_id);
          return {
            result_score: 1,
            item: {
              id: person.id,
              type: 'person',
              name: person.name,
              phones: person.phone.map((phone) => phone.value),
              emails: person.email.map((email) => email.value),
              visible_to: 3,
              owner: { id: person.owner_id },
              organization: org ? { id: org.id, name: org.name, address: null } : null,
              custom_fields: [],
              notes: [],
            },
          };
        });
        const more = start + limit < total;
        return ok(
          { items },
          { pagination: { start, limit, more_items_in_collection: more, ...(more ? { next_start: start + limit } : {}) } },
        );
      }
      const items = [...this.organizations.values()]
        .filter((org) => hit(org.name))
        .slice(0, limit)
        .map((org) => ({
          result_score: 1,
          item: {
            id: org.id,
            type: 'organization',
            name: org.name,
            address: null,
            visible_to: 3,
            owner: { id: org.owner_id },
            custom_fields: [],
            notes: [],
          },
        }));
      return ok({ items }, { pagination: { start: 0, limit, more_items_in_collection: false } });
    }

    const orgPersons = /^\/organizations\/(\d+)\/persons$/.exec(path);
    if (method === 'GET' && orgPersons) {
      const org = this.organizations.get(Number(orgPersons[1]));
      if (!org) return notFound('Organization');
      const all = [...this.persons.values()].filter((person) => person.org_id === org.id);
      const start = Number(searchParams.get('start') ?? '0');
      const limit = Math.min(Number(searchParams.get('limit') ?? '100'), this.pageSize);
      const page = all.slice(start, start + limit);
      const more = start + limit < all.length;
      return ok(page.length ? page.map((person) => this.personView(person)) : null, {
        pagination: { start, limit, more_items_in_collection: more, ...(more ? { next_start: start + limit } : {}) },
      });
    }

    const read = /^\/(persons|organizations)\/(\d+)$/.exec(path);
    if (method === 'GET' && read) {
      const id = Number(read[2]);
      if (read[1] === 'persons') {
        const person = this.persons.get(id);
        return person ? ok(this.personView(person)) : notFound('Person');
      }
      const org = this.organizations.get(id);
      return org ? ok(this.orgView(org)) : notFound('Organization');
    }

    if (method === 'POST' && path === '/persons') {
      const name = typeof payload.name === 'string' ? payload.name.trim() : '';
      if (!name) return badRequest('Name must be given.');
      const { name: _name, email, phone, org_id, ...custom } = payload;
      const person = this.person({
        name,
        email: undefined,
        org_id: typeof org_id === 'number' ? org_id : null,
      });
      person.email = Array.isArray(email) ? (email as PipedrivePerson['email']) : [];
      person.phone = Array.isArray(phone) ? (phone as PipedrivePerson['phone']) : [];
      person.custom = Object.fromEntries(Object.entries(custom).filter(([key]) => /^[0-9a-f]{40}$/.test(key))) as Record<string, string>;
      return ok(this.personView(person), null, 201);
    }

    const update = /^\/persons\/(\d+)$/.exec(path);
    if (method === 'PUT' && update) {
      const person = this.persons.get(Number(update[1]));
      if (!person) return notFound('Person');
      const { name, email, phone, org_id, ...custom } = payload;
      if (typeof name === 'string' && name.trim()) person.name = name.trim();
      if (Array.isArray(email)) person.email = email as PipedrivePerson['email'];
      if (Array.isArray(phone)) person.phone = phone as PipedrivePerson['phone'];
      if (typeof org_id === 'number') {
        if (!this.organizations.has(org_id)) return badRequest('Organization not found.');
        person.org_id = org_id;
      }
      for (const [key, value] of Object.entries(custom))
        if (/^[0-9a-f]{40}$/.test(key) && typeof value === 'string') person.custom[key] = value;
      return ok(this.personView(person));
    }

    if (method === 'POST' && path === '/organizations') {
      const name = typeof payload.name === 'string' ? payload.name.trim() : '';
      if (!name) return badRequest('Name must be given.');
      return ok(this.orgView(this.organization({ name })), null, 201);
    }

    if (method === 'POST' && path === '/notes') {
      const content = typeof payload.content === 'string' ? payload.content : '';
      if (!content) return badRequest('Content must be given.');
      const personId = Number(payload.person_id);
      if (!this.persons.has(personId)) return badRequest('Person not found.');
      const note = { id: this.nextId++, content, person_id: personId, add_time: String(payload.add_time ?? '2026-12-01 09:00:00') };
      this.notes.push(note);
      return ok({ ...note, active_flag: true }, null, 201);
    }
    return json(404, { success: false, error: `Unknown method ${method} ${path}`, errorCode: 404 });
  }
}

export function serveFakePipedrive(fake: FakePipedrive) {
  return serveFake(fake);
}
