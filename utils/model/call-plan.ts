import { Id, optionalText, Timestamp, text } from './fields';
import { lazySchema } from './lazy-schema';
import { z } from './zod-config';

// A call plan: objective, hinge, opening, questions, objections and the next step; kept for coaching.

/** An objection the rep expects, with the answer in its four moves: acknowledge, question, position, check. */
export const Objection = lazySchema(() =>
  z.object({
    objection: text(1000).min(1),
    acknowledge: optionalText(1000),
    question: optionalText(1000),
    position: optionalText(1000),
    check: optionalText(1000),
  }),
);
export type Objection = z.infer<typeof Objection>;

export const CallPlanFields = lazySchema(() =>
  z.object({
    contactId: Id,
    objective: optionalText(1000),
    hinge: optionalText(1000),
    opening: optionalText(2000),
    questions: z.array(text(1000).min(1)).max(50).default([]),
    objections: z.array(Objection).max(30).default([]),
    nextStep: optionalText(1000),
  }),
);
export type CallPlanInput = z.input<typeof CallPlanFields>;

export const CallPlan = lazySchema(() =>
  CallPlanFields.extend({
    id: Id,
    outcome: optionalText(4000),
    status: z.enum(['draft', 'done']),
    /** The touch logged when the call was finished. */
    touchId: Id.optional(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type CallPlan = z.infer<typeof CallPlan>;
