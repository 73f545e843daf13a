import { httpUrl, Id, optionalText, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// A clip: an article read with Readability, kept as plain text on a contact or an account.

export const Clip = lazySchema(() =>
  z.object({
    id: Id,
    contactId: Id.optional(),
    accountId: Id.optional(),
    url: httpUrl,
    title: text(1000).min(1),
    byline: optionalText(500),
    siteName: optionalText(300),
    excerpt: optionalText(2000),
    text: text(200_000),
    clippedAt: Timestamp,
    sharedAt: Timestamp.optional(),
  }),
);
export type Clip = z.infer<typeof Clip>;
