import { CrmId } from './crm';
import { Direction, TouchType } from './enums';
import { httpUrl, Id, optionalText, Timestamp } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// A touch: one interaction with a contact, in or out, perhaps linked back to its source.

export const TouchSource = lazySchema(() =>
  z.object({
    kind: z.enum(['manual', 'gmail', 'outlook', 'linkedin', 'url', 'call-plan', 'clip', 'import']),
    url: httpUrl.optional(),
    /** A stable reference within the source (a Gmail thread id, a LinkedIn message's urn), used to avoid logging twice. */
    ref: optionalText(300),
  }),
);

export const TouchFields = lazySchema(() =>
  z.object({
    contactId: Id,
    type: TouchType,
    direction: Direction,
    at: Timestamp,
    summary: optionalText(2000),
    outcome: optionalText(2000),
    /** Only meaningful for outbound touches: false means an attempt that got no answer. */
    answered: z.boolean().default(true),
    source: TouchSource.default({ kind: 'manual' }),
  }),
);
export const Touch = lazySchema(() =>
  TouchFields.extend({
    id: Id,
    /** The HubSpot note this touch was pushed as; a touch is pushed once. */
    hubspotNoteId: CrmId.optional(),
    /** The Pipedrive note this touch was pushed as. */
    pipedriveNoteId: CrmId.optional(),
    /** `<source kind>:<ref>` when the touch came from somewhere that can be logged twice. */
    dedupKey: z.string().optional(),
    createdAt: Timestamp,
  }),
);
export type Touch = z.infer<typeof Touch>;
export type TouchInput = z.input<typeof TouchFields>;
