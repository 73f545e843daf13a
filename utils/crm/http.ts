import { CRM_LABELS, type CrmKind } from '../model/crm-names';

// The one way Tend talks to a CRM: JSON over fetch with the rep's token, 429s and 5xx waited out
// (the server's Retry-After first, else doubling back-off), and a 401 turned into an error that stops
// whatever was running: a revoked token will not start working on the next record.

export interface HttpResponse {
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}
export type Fetcher = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<HttpResponse>;
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class CrmAuthError extends Error {
  readonly crm: CrmKind;
  constructor(crm: CrmKind, hint: string) {
    super(`${CRM_LABELS[crm]} refused the token (401): it was revoked or mistyped. ${hint}`);
    this.name = 'CrmAuthError';
    this.crm = crm;
  }
}

export class CrmError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = 'CrmError';
    this.status = status;
  }
}

/** A record the CRM sent that does not have the shape its documentation promises: reported, never written. */
export class CrmRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CrmRecordError';
  }
}

/** What each CRM client is made with; `baseUrl`, `sleep` and `maxAttempts` are for tests. */
export interface ClientOptions {
  fetch: Fetcher;
  token: string;
  baseUrl?: string;
  sleep?: Sleep;
  maxAttempts?: number;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
}

export interface CallOptions {
  crm: CrmKind;
  fetch: Fetcher;
  baseUrl: string;
  headers: Record<string, string>;
  authHint: string;
  sleep?: Sleep | undefined;
  maxAttempts?: number | undefined;
  /** The longest single wait Tend accepts from Retry-After before giving up on the call. */
  maxWaitMs?: number | undefined;
}

export function jsonCaller({
  crm,
  fetch,
  baseUrl,
  headers,
  authHint,
  sleep = realSleep,
  maxAttempts = 5,
  maxWaitMs = 60_000,
}: CallOptions) {
  return async function call(method: string, path: string, body?: unknown): Promise<JsonAnswer> {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { ...headers, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const parsed = await response.json().catch(() => null);
      if (response.status === 401) throw new CrmAuthError(crm, authHint);
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < maxAttempts) {
        // Retry-After when the server sends it; Pipedrive's x-ratelimit-reset (seconds to the window's end) else.
        const after = Number(response.headers.get('retry-after') ?? response.headers.get('x-ratelimit-reset'));
        const wait = Number.isFinite(after) && after > 0 ? after * 1000 : 500 * 2 ** (attempt - 1);
        if (wait <= maxWaitMs) {
          await sleep(wait);
          continue;
        }
      }
      return { status: response.status, body: parsed };
    }
  };
}

export type JsonCall = ReturnType<typeof jsonCaller>;

export function failure(crm: CrmKind, answer: JsonAnswer, message: string): CrmError {
  const what = answer.status === 429 ? 'rate limit reached, try again later' : message;
  return new CrmError(answer.status, `${CRM_LABELS[crm]} said ${answer.status}: ${what}`);
}
