import { describe, expect, it } from 'vitest';
import { companyLookupKey, isFresh, LOOKUP_FRESH_MS, personLookupKey, slidingWindowLimiter } from '../../../../utils/crm/lookup';

describe('look-up keys', () => {
  it('name the same question the same way whatever the case and order of addresses', () => {
    expect(personLookupKey('hubspot', { emails: ['B@x.example', 'a@x.example'], fullName: 'Ana ' })).toBe(
      personLookupKey('hubspot', { emails: ['a@x.example', 'b@x.example'], fullName: 'ana' }),
    );
    expect(personLookupKey('hubspot', { emails: ['a@x.example'] })).not.toBe(personLookupKey('pipedrive', { emails: ['a@x.example'] }));
    expect(companyLookupKey('pipedrive', { name: 'Globex', domain: 'globex.example' })).toBe('pipedrive:company:globex|globex.example');
  });

  it('count an answer fresh for six hours', () => {
    expect(isFresh({ checkedAt: 0 }, LOOKUP_FRESH_MS - 1)).toBe(true);
    expect(isFresh({ checkedAt: 0 }, LOOKUP_FRESH_MS)).toBe(false);
  });
});

describe('slidingWindowLimiter', () => {
  it('lets `limit` callers start in a window and makes the next wait for the oldest to age out', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = slidingWindowLimiter({
      limit: 2,
      windowMs: 10_000,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    const started: number[] = [];
    await Promise.all(
      [0, 1, 2, 3, 4].map(async () => {
        await limiter.take();
        started.push(now);
      }),
    );
    expect(started).toEqual([0, 0, 10_000, 10_000, 20_000]);
    expect(slept).toEqual([10_000, 10_000]);
  });
});
