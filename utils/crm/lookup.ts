import type { CrmLookup } from '../model/crm';
import type { CrmKind } from '../model/crm-names';
import { realSleep } from './http';
import type { CompanyQuery, PersonQuery } from './service';

// Look-ups are cached by what was asked: the same person asked again within a few hours is answered
// from IndexedDB, and shown with its age; an older answer is still shown while a new one is fetched.
// Requests to a CRM go through a sliding-window limiter so opening many pages never floods it.

export const LOOKUP_FRESH_MS = 6 * 60 * 60 * 1000;

const norm = (value: string | undefined) => (value ?? '').trim().toLowerCase();

export function personLookupKey(crm: CrmKind, query: PersonQuery): string {
  const emails = [...query.emails].map(norm).sort().join(',');
  return `${crm}:person:${emails}|${norm(query.linkedinUrl)}|${norm(query.fullName)}|${norm(query.companyDomain)}`.slice(0, 700);
}

export function companyLookupKey(crm: CrmKind, query: CompanyQuery): string {
  return `${crm}:company:${norm(query.name)}|${norm(query.domain)}`.slice(0, 700);
}

export function isFresh(lookup: Pick<CrmLookup, 'checkedAt'>, now: number): boolean {
  return now - lookup.checkedAt < LOOKUP_FRESH_MS;
}

/** At most `limit` starts in any `windowMs`; a caller over the limit waits for the oldest start to age out. */
export function slidingWindowLimiter({
  limit,
  windowMs,
  now = () => Date.now(),
  sleep = realSleep,
}: {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}) {
  const starts: number[] = [];
  let queue = Promise.resolve();
  return {
    /** Resolves when this caller may start a request. */
    take(): Promise<void> {
      const turn = queue.then(async () => {
        for (;;) {
          const at = now();
          while (starts.length > 0 && at - (starts[0] ?? 0) >= windowMs) starts.shift();
          if (starts.length < limit) {
            starts.push(at);
            return;
          }
          await sleep(windowMs - (at - (starts[0] ?? at)));
        }
      });
      queue = turn;
      return turn;
    },
  };
}
