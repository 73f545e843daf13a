import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for HubSpot's CRM v3 API with the behaviour its documentation describes: Bearer
// private-app tokens (401 otherwise), contacts unique by email (409 "Contact already exists.
// Existing ID: n"), 400 on an invalid email, notes associated to contacts, and 429 rate limits with
// Retry-After. Used by unit tests as a local HTTP server and by Playwright through context.route.

export interface FakeRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}
export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export class FakeHubSpot {
  token = 'pat-na1-good';
  contacts = new Map<string, { id: string; properties: Record<string, string> }>();
  notes: { id: string; contactId: string; properties: Record<string, string> }[] = [];
  requests: { method: string; path: string; status: number }[] = [];
  /** The next n requests answer 429. */
  rateLimitNext = 0;
  retryAfterSeconds = '1';
  private nextId = 1000;

  handle(request: FakeRequest): FakeResponse {
    const response = this.answer(request);
    this.requests.push({ method: request.method, path: request.path, status: response.status });
    return response;
  }

  private answer({ method, path, authorization, body }: FakeRequest): FakeResponse {
    const json = (status: number, value: unknown, headers: Record<string, string> = {}): FakeResponse => ({
      status,
      headers: { 'content-type': 'application/json', ...headers },
      body: value,
    });
    if (authorization !== `Bearer ${this.token}`) {
      return json(401, { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' });
    }
    if (this.rateLimitNext > 0) {
      this.rateLimitNext--;
      return json(
        429,
        { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' },
        { 'retry-after': this.retryAfterSeconds },
      );
    }
    const payload = body ? (JSON.parse(body) as { properties?: Record<string, string>; associations?: { to: { id: string } }[] }) : {};
    const properties = payload.properties ?? {};
    if (method === 'POST' && path === '/crm/v3/objects/contacts') {
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
      const id = String(this.nextId++);
      this.contacts.set(id, { id, properties: { ...properties, email: email.toLowerCase() } });
      return json(201, { id, properties });
    }
    const update = /^\/crm\/v3\/objects\/contacts\/(\d+)$/.exec(path);
    if (method === 'PATCH' && update?.[1]) {
      const contact = this.contacts.get(update[1]);
      if (!contact) return json(404, { status: 'error', message: 'resource not found', category: 'OBJECT_NOT_FOUND' });
      contact.properties = { ...contact.properties, ...properties };
      return json(200, { id: contact.id, properties: contact.properties });
    }
    if (method === 'POST' && path === '/crm/v3/objects/notes') {
      const contactId = payload.associations?.[0]?.to.id ?? '';
      if (!this.contacts.has(contactId))
        return json(400, { status: 'error', message: `Association to contact ${contactId} is invalid`, category: 'VALIDATION_ERROR' });
      const id = String(this.nextId++);
      this.notes.push({ id, contactId, properties });
      return json(201, { id, properties });
    }
    return json(404, { status: 'error', message: `Unknown endpoint ${method} ${path}` });
  }
}

/** Serve the fake on a local port. */
export async function serveFakeHubSpot(fake: FakeHubSpot): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const answer = fake.handle({
        method: req.method ?? 'GET',
        path: new URL(req.url ?? '/', 'http://x').pathname,
        authorization: req.headers.authorization,
        body,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
