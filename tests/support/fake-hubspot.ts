import { type Fake, type FakeRequest, type FakeResponse, json, serveFake } from './fake-http';

// A stand-in for the HubSpot endpoints Tend uses, behaving as HubSpot's documentation describes:
// Bearer private-app tokens (401 INVALID_AUTHENTICATION otherwise); account details; owners (by id,
// by email); CRM v3 search (filterGroups of EQ filters, `limit`, only the requested properties, 400
// VALIDATION_ERROR on a property the portal lacks); batch read (207 with errors for missing ids);
// v4 associations paged with `paging.next.after`; contacts unique by email (409 "Contact already
// exists. Existing ID: n"), 400 on an invalid email or an unknown property; companies; default
// contact→company associations; notes associated to contacts; 429 with Retry-After.

export type Props = Record<string, string>;
export interface HubSpotRecord {
  id: string;
  properties: Props;
}
export interface HubSpotOwner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  userId: number;
}
type ObjectType = 'contacts' | 'companies' | 'deals';

const CONTACT_PROPERTIES = [
  'email',
  'firstname',
  'lastname',
  'jobtitle',
  'company',
  'phone',
  'hs_linkedin_url',
  'lifecyclestage',
  'hs_lead_status',
  'hubspot_owner_id',
  'notes_last_updated',
  'associatedcompanyid',
  'hs_email_domain',
  'tend_stage',
];
const COMPANY_PROPERTIES = ['name', 'domain', 'lifecyclestage', 'hubspot_owner_id', 'notes_last_updated'];
const DEAL_PROPERTIES = ['dealname', 'dealstage', 'hs_is_closed'];

export class FakeHubSpot implements Fake {
  token = 'pat-na1-good';
  portalId = 4242;
  uiDomain = 'app-eu1.hubspot.com';
  owners: HubSpotOwner[] = [];
  contacts = new Map<string, HubSpotRecord>();
  companies = new Map<string, HubSpotRecord>();
  deals = new Map<string, HubSpotRecord>();
  notes: { id: string; contactId: string; properties: Props }[] = [];
  /** `from:id:to` → associated ids, kept both ways. */
  associations = new Map<string, Set<string>>();
  /** Contact properties this portal has (a portal may lack hs_linkedin_url). */
  contactProperties = new Set(CONTACT_PROPERTIES);
  requests: { method: string; path: string; status: number }[] = [];
  /** The next n requests answer 429. */
  rateLimitNext = 0;
  retryAfterSeconds = '1';
  /** Associations per page; HubSpot allows up to 500. */
  associationPageSize = 500;
  private nextId = 1000;

  newId(): string {
    return String(this.nextId++);
  }

  owner(fields: Omit<HubSpotOwner, 'id' | 'userId'>): HubSpotOwner {
    const owner = { id: String(this.nextId++), userId: this.nextId++, ...fields };
    this.owners.push(owner);
    return owner;
  }

  add(type: ObjectType, properties: Props): HubSpotRecord {
    const record = {
      id: this.newId(),
      properties: { ...properties, ...(properties.email ? { email: properties.email.toLowerCase() } : {}) },
    };
    this.store(type).set(record.id, record);
    return record;
  }

  associate(from: ObjectType, fromId: string, to: ObjectType, toId: string): void {
    const link = (a: ObjectType, aId: string, b: ObjectType, bId: string) => {
      const key = `${a}:${aId}:${b}`;
      const set = this.associations.get(key) ?? new Set<string>();
      set.add(bId);
      this.associations.set(key, set);
    };
    link(from, fromId, to, toId);
    link(to, toId, from, fromId);
    if (from === 'contacts' && to === 'companies') {
      const contact = this.contacts.get(fromId);
      if (contact && !contact.properties.associatedcompanyid) contact.properties.associatedcompanyid = toId;
    }
  }

  handle(request: FakeRequest): FakeResponse {
    const response = this.answer(request);
    this.requests.push({ method: request.method, path: new URL(request.url, 'http://x').pathname, status: response.status });
    return response;
  }

  private store(type: ObjectType): Map<string, HubSpotRecord> {
    return type === 'contacts' ? this.contacts : type === 'companies' ? this.companies : this.deals;
  }

  private known(type: ObjectType): Set<string> {
    return type === 'contacts' ? this.contactProperties : new Set(type === 'companies' ? COMPANY_PROPERTIES : DEAL_PROPERTIES);
  }

  private view(record: HubSpotRecord, properties: readonly string[] | undefined) {
    const wanted = properties ?? ['createdate', 'lastmodifieddate'];
    const shown: Record<string, string | null> = { hs_object_id: record.id };
    for (const name of wanted) shown[name] = record.properties[name] ?? null;
    return {
      id: record.id,
      properties: shown,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-11-20T09:00:00.000Z',
      archived: false,
    };
  }

  private answer({ method, url, headers, body }: FakeRequest): FakeResponse {
    const { pathname: path, searchParams } = new URL(url, 'http://x');
    if (headers.authorization !== `Bearer ${this.token}`) {
      return json(401, {
        status: 'error',
        message:
          'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        correlationId: '4f1b2c3d-0000-4000-8000-000000000001',
        category: 'INVALID_AUTHENTICATION',
      });
    }
    if (this.rateLimitNext > 0) {
      this.rateLimitNext--;
      return json(
        429,
        { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' },
        this.retryAfterSeconds ? { 'retry-after': this.retryAfterSeconds } : {},
      );
    }
    const payload = (body ? JSON.parse(body) : {}) as {
      properties?: Props | string[];
      associations?: { to: { id: string } }[];
      filterGroups?: { filters: { propertyName: string; operator: string; value: string }[] }[];
      limit?: number;
      after?: string;
      inputs?: { id: string }[];
    };
    const notFound = () => json(404, { status: 'error', message: 'resource not found', category: 'OBJECT_NOT_FOUND' });
    const invalidProperty = (name: string) =>
      json(400, {
        status: 'error',
        message: `Property values were not valid: [{"isValid":false,"message":"Property \\"${name}\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"${name}"}]`,
        category: 'VALIDATION_ERROR',
      });

    if (method === 'GET' && path === '/account-info/v3/details')
      return json(200, {
        portalId: this.portalId,
        timeZone: 'Europe/Berlin',
        companyCurrency: 'EUR',
        uiDomain: this.uiDomain,
        dataHostingLocation: 'eu1',
      });

    if (method === 'GET' && path === '/crm/v3/owners') {
      const email = searchParams.get('email')?.toLowerCase();
      const results = this.owners.filter((owner) => !email || owner.email.toLowerCase() === email);
      return json(200, { results: results.map((owner) => ({ ...owner, archived: false })) });
    }
    const owner = /^\/crm\/v3\/owners\/(\d+)$/.exec(path);
    if (method === 'GET' && owner) {
      const found = this.owners.find((candidate) => candidate.id === owner[1]);
      return found ? json(200, { ...found, archived: false }) : notFound();
    }

    if (method === 'GET' && path === '/crm/v3/properties/contacts') {
      return json(200, {
        results: [...this.contactProperties].map((name) => ({
          name,
          label: name === 'tend_stage' ? 'Tend stage' : name,
          type: name === 'lifecyclestage' || name === 'hs_lead_status' ? 'enumeration' : 'string',
          fieldType: 'text',
          modificationMetadata: { readOnlyValue: name === 'associatedcompanyid' || name === 'notes_last_updated' },
        })),
      });
    }

    const search = /^\/crm\/v3\/objects\/(contacts|companies)\/search$/.exec(path);
    if (method === 'POST' && search) {
      const type = search[1] as ObjectType;
      const filters = payload.filterGroups?.[0]?.filters ?? [];
      const unknown = filters.find((filter) => !this.known(type).has(filter.propertyName));
      if (unknown)
        return json(400, {
          status: 'error',
          message: `There was a problem with the request. Unknown property ${unknown.propertyName}`,
          category: 'VALIDATION_ERROR',
        });
      // hs_email_domain is HubSpot's own, computed from the address.
      const propertyOf = (record: HubSpotRecord, name: string) =>
        name === 'hs_email_domain' ? (record.properties.email?.split('@')[1] ?? '') : (record.properties[name] ?? '');
      const matches = [...this.store(type).values()].filter((record) =>
        filters.every((filter) => propertyOf(record, filter.propertyName).toLowerCase() === filter.value.toLowerCase()),
      );
      const limit = Math.min(payload.limit ?? 10, 200);
      const after = Number(payload.after ?? '0');
      const wanted = Array.isArray(payload.properties) ? payload.properties : undefined;
      return json(200, {
        total: matches.length,
        results: matches.slice(after, after + limit).map((record) => this.view(record, wanted)),
        ...(matches.length > after + limit ? { paging: { next: { after: String(after + limit) } } } : {}),
      });
    }

    const batch = /^\/crm\/v3\/objects\/(contacts|companies|deals)\/batch\/read$/.exec(path);
    if (method === 'POST' && batch) {
      const type = batch[1] as ObjectType;
      const inputs = payload.inputs ?? [];
      if (inputs.length > 100) return json(400, { status: 'error', message: 'Too many inputs, max 100', category: 'VALIDATION_ERROR' });
      const wanted = Array.isArray(payload.properties) ? payload.properties : undefined;
      const found = inputs.map((input) => this.store(type).get(input.id)).filter((record): record is HubSpotRecord => record !== undefined);
      const missing = inputs.filter((input) => !this.store(type).has(input.id)).map((input) => input.id);
      const answer = {
        status: 'COMPLETE',
        results: found.map((record) => this.view(record, wanted)),
        startedAt: '2026-12-01T09:00:00Z',
        completedAt: '2026-12-01T09:00:01Z',
      };
      return missing.length
        ? json(207, {
            ...answer,
            numErrors: 1,
            errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some records', context: { ids: missing } }],
          })
        : json(200, answer);
    }

    const associations = /^\/crm\/v4\/objects\/(contacts|companies)\/(\d+)\/associations\/(contacts|companies|deals)$/.exec(path);
    if (method === 'GET' && associations) {
      const [, from, id, to] = associations as unknown as [string, ObjectType, string, ObjectType];
      if (!this.store(from).has(id)) return notFound();
      const all = [...(this.associations.get(`${from}:${id}:${to}`) ?? [])];
      const after = Number(searchParams.get('after') ?? '0');
      const size = Math.min(Number(searchParams.get('limit') ?? '500'), this.associationPageSize);
      const page = all.slice(after, after + size);
      const next = after + size < all.length ? String(after + size) : undefined;
      return json(200, {
        results: page.map((toId) => ({
          toObjectId: Number(toId),
          associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1, label: null }],
        })),
        ...(next ? { paging: { next: { after: next, link: `${path}?after=${next}` } } } : {}),
      });
    }

    const defaultAssociation = /^\/crm\/v4\/objects\/contacts\/(\d+)\/associations\/default\/companies\/(\d+)$/.exec(path);
    if (method === 'PUT' && defaultAssociation) {
      const [, contactId, companyId] = defaultAssociation as unknown as [string, string, string];
      if (!this.contacts.has(contactId) || !this.companies.has(companyId)) return notFound();
      this.associate('contacts', contactId, 'companies', companyId);
      return json(200, {
        status: 'COMPLETE',
        results: [
          {
            from: { id: contactId },
            to: { id: companyId },
            associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 1 },
          },
        ],
      });
    }

    const create = /^\/crm\/v3\/objects\/(contacts|companies)$/.exec(path);
    if (method === 'POST' && create) {
      const type = create[1] as ObjectType;
      const properties = (payload.properties ?? {}) as Props;
      const unknown = Object.keys(properties).find((name) => !this.known(type).has(name));
      if (unknown) return invalidProperty(unknown);
      if (type === 'contacts') {
        const email = properties.email ?? '';
        if (!/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(email)) {
          return json(400, {
            status: 'error',
            message: `Property values were not valid: [{"isValid":false,"message":"Email address ${email} is invalid","error":"INVALID_EMAIL","name":"email"}]`,
            category: 'VALIDATION_ERROR',
          });
        }
        const existing = [...this.contacts.values()].find((contact) => contact.properties.email === email.toLowerCase());
        if (existing)
          return json(409, { status: 'error', message: `Contact already exists. Existing ID: ${existing.id}`, category: 'CONFLICT' });
      }
      const record = this.add(type, properties);
      return json(201, { id: record.id, properties: record.properties, createdAt: '2026-12-01T09:00:00Z', archived: false });
    }

    const update = /^\/crm\/v3\/objects\/(contacts|companies)\/(\d+)$/.exec(path);
    if (method === 'PATCH' && update) {
      const type = update[1] as ObjectType;
      const record = this.store(type).get(update[2] ?? '');
      if (!record) return notFound();
      const properties = (payload.properties ?? {}) as Props;
      const unknown = Object.keys(properties).find((name) => !this.known(type).has(name));
      if (unknown) return invalidProperty(unknown);
      record.properties = { ...record.properties, ...properties };
      return json(200, { id: record.id, properties: record.properties });
    }

    if (method === 'POST' && path === '/crm/v3/objects/notes') {
      const contactId = payload.associations?.[0]?.to.id ?? '';
      if (!this.contacts.has(contactId))
        return json(400, { status: 'error', message: `Association to contact ${contactId} is invalid`, category: 'VALIDATION_ERROR' });
      const id = this.newId();
      this.notes.push({ id, contactId, properties: (payload.properties ?? {}) as Props });
      return json(201, { id, properties: payload.properties });
    }
    return json(404, { status: 'error', message: `Unknown endpoint ${method} ${path}` });
  }
}

/** Serve the fake on a local port. */
export function serveFakeHubSpot(fake: FakeHubSpot) {
  return serveFake(fake);
}
