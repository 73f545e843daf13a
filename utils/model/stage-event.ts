import { Stage } from './enums';
import { Id, optionalText, Timestamp } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// Every change of nurture stage, kept with its date and reason so time in stage can be measured.

export const StageEvent = lazySchema(() =>
  z.object({
    id: Id,
    contactId: Id,
    from: Stage.optional(),
    to: Stage,
    at: Timestamp,
    reason: optionalText(1000),
  }),
);
export type StageEvent = z.infer<typeof StageEvent>;
