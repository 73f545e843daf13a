// A small client for the HubSpot CRM v3 endpoints Tend uses, with the rep's private-app token.
// Rate limits (429) are waited out (Retry-After, else exponential back-off), a rejected token (401)
// stops everything, and a 409 on create ("Contact already exists. Existing ID: 123") becomes an update.

export const HUBSPOT_API = 'https://api.hubapi.com';
export const HUBSPOT_ORIGIN_PATTERN = 'https://api.hubapi.com/*';

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}
export type Fetcher = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<HttpResponse>;

export class HubSpotAuthError extends Error {
  constructor() {
    super('HubSpot refused the token (401). Check the private-app token and its scopes (crm.objects.contacts.write).');
    this.name = 'HubSpotAuthError';
  }
}

export class HubSpotError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'HubSpotError';
    this.status = status;
  }
}

export interface ContactProperties {
  email: string;
  firstname?: string | undefined;
  lastname?: string | undefined;
  company?: string | undefined;
  jobtitle?: string | undefined;
  phone?: string | undefined;
}

/** HubSpot's default association type from a note to a contact. */
const NOTE_TO_CONTACT = 202;

function messageOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string' ? body.message : 'no message';
}

export function hubspotClient({
  fetch,
  token,
  baseUrl = HUBSPOT_API,
  sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  maxAttempts = 5,
}: {
  fetch: Fetcher;
  token: string;
  baseUrl?: string;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
}) {
  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const parsed = await response.json().catch(() => null);
      if (response.status === 401) throw new HubSpotAuthError();
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < maxAttempts) {
        const after = Number(response.headers.get('retry-after'));
        await sleep(Number.isFinite(after) && after > 0 ? after * 1000 : 500 * 2 ** (attempt - 1));
        continue;
      }
      return { status: response.status, body: parsed };
    }
  }

  const idOf = (body: unknown): string => {
    const id = typeof body === 'object' && body !== null && 'id' in body ? String(body.id) : '';
    if (!/^\d+$/.test(id)) throw new HubSpotError(500, 'HubSpot answered without a record id');
    return id;
  };

  const failed = (status: number, body: unknown): HubSpotError => new HubSpotError(status, `HubSpot said ${status}: ${messageOf(body)}`);

  return {
    /** Create the contact, or update it when it is known (by id, or by email through a 409). */
    async upsertContact(properties: ContactProperties, knownId?: string): Promise<string> {
      if (knownId) {
        const updated = await call('PATCH', `/crm/v3/objects/contacts/${knownId}`, { properties });
        if (updated.status === 200) return idOf(updated.body);
        // Deleted in HubSpot since: create it again below.
        if (updated.status !== 404) throw failed(updated.status, updated.body);
      }
      const created = await call('POST', '/crm/v3/objects/contacts', { properties });
      if (created.status === 201 || created.status === 200) return idOf(created.body);
      if (created.status === 409) {
        const existing = /Existing ID:\s*(\d+)/i.exec(messageOf(created.body))?.[1];
        if (existing) return this.upsertContact(properties, existing);
      }
      throw failed(created.status, created.body);
    },

    async createNote(contactId: string, note: { at: number; body: string }): Promise<string> {
      const created = await call('POST', '/crm/v3/objects/notes', {
        properties: { hs_timestamp: new Date(note.at).toISOString(), hs_note_body: note.body },
        associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }] }],
      });
      if (created.status === 201 || created.status === 200) return idOf(created.body);
      throw failed(created.status, created.body);
    },
  };
}

export type HubSpotClient = ReturnType<typeof hubspotClient>;
