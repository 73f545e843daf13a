import { isEmailAddress } from './email-address';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// Field schemas every record shares: ids, instants, bounded text, URLs, addresses and alias keys.

/** Record ids are random UUIDs made on this machine. */
export const Id = lazySchema(() => z.string().min(1).max(64));
/** Every instant is stored as epoch milliseconds: sortable, indexable, time-zone free. */
export const Timestamp = lazySchema(() => z.number().int().nonnegative());

/** Text a person typed or a page gave us: trimmed, bounded, and never empty when present. */
export const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => text(max).optional();
export const httpUrl = lazySchema(() =>
  z
    .string()
    .trim()
    .max(2048)
    .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL'),
);

export const Email = lazySchema(() => z.string().trim().toLowerCase().refine(isEmailAddress, 'is not a valid email address'));

/**
 * Alias keys identify a contact or an account across sources. They are normalised strings with a
 * kind prefix (`li:in:<slug>`, `li:urn:<urn>`, `li:sn:<id>`, `email:<address>`, `li:company:<slug>`,
 * `domain:<host>`); utils/identity.ts makes them. The database indexes them, unique across records.
 */
export const AliasKey = lazySchema(() =>
  z
    .string()
    .min(3)
    .max(512)
    .refine(
      // An address's alias may hold a quoted local part with spaces (`email:"jane doe"@example.com`).
      (key) => /^[a-z-]+:[a-z-]*:?\S+$/.test(key) || (key.startsWith('email:') && isEmailAddress(key.slice('email:'.length))),
      'is not an alias key',
    ),
);
