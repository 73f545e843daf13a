import { AliasKey, httpUrl, Id, optionalText, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// An account: a company; contacts belong to their current account.

export const Account = lazySchema(() =>
  z.object({
    id: Id,
    name: text(300).min(1, 'an account needs a name'),
    domain: optionalText(253),
    website: httpUrl.optional(),
    linkedinUrl: httpUrl.optional(),
    industry: optionalText(200),
    size: optionalText(100),
    headquarters: optionalText(300),
    aliases: z.array(AliasKey).max(50).default([]),
    tags: z.array(text(60).min(1)).max(50).default([]),
    nameLower: z.string(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type Account = z.infer<typeof Account>;
