import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// What the CRM fakes share: a request as the fake sees it, its answer, and serving a fake on a local
// port for unit tests (Playwright serves the same fakes on the real hosts through context.route).

export interface FakeRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}
export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}
export interface Fake {
  handle(request: FakeRequest): FakeResponse;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: value };
}

export async function serveFake(fake: Fake): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    req.on('end', () => {
      const headers = Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
      const answer = fake.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers, body });
      res.writeHead(answer.status, answer.headers);
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
