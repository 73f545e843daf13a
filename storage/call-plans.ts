import type { CallPlan, CallPlanInput } from '../utils/model/call-plan';
import type { Reminder } from '../utils/model/reminder';
import type { Touch } from '../utils/model/touch';
import type { TouchType } from '../utils/model/vocabulary';
import { db } from './db';
import { RecordNotFoundError, ValidationError, validate } from './errors';
import { newId } from './ids';
import { loadModels } from './models';
import { moveClock } from './touches';

// Call plans: prepared before the call, finished after it. Finishing writes the outcome, the touch
// and the next reminder in one transaction, so a plan is never "done" without its touch.

export async function saveCallPlan(input: CallPlanInput, id?: string, now = Date.now()): Promise<CallPlan> {
  const { CallPlan, CallPlanFields } = await loadModels();
  const fields = validate(CallPlanFields, input);
  return db.transaction('rw', db.contacts, db.callPlans, async () => {
    if (!(await db.contacts.get(fields.contactId))) throw new RecordNotFoundError('Contact', fields.contactId);
    const current = id ? await db.callPlans.get(id) : undefined;
    if (id && !current) throw new RecordNotFoundError('Call plan', id);
    if (current?.status === 'done') throw new ValidationError([{ path: 'status', message: 'this call is finished; plan a new one' }]);
    const plan = validate(CallPlan, {
      ...fields,
      id: current?.id ?? newId(),
      status: 'draft',
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await db.callPlans.put(plan);
    return plan;
  });
}

export interface CallFinish {
  outcome: string;
  touchType: Extract<TouchType, 'call' | 'meeting' | 'drop-in' | 'other'>;
  answered: boolean;
  at: number;
  nextReminder?: { dueAt: number; note?: string | undefined } | undefined;
}

export async function finishCall(
  planId: string,
  finish: CallFinish,
  now = Date.now(),
): Promise<{ plan: CallPlan; touch: Touch; reminder?: Reminder }> {
  const { CallPlan, Reminder, Touch, TouchFields } = await loadModels();
  if (!finish.outcome.trim()) throw new ValidationError([{ path: 'outcome', message: 'say how the call went' }]);
  return db.transaction('rw', [db.contacts, db.callPlans, db.touches, db.reminders, db.settings], async () => {
    const plan = await db.callPlans.get(planId);
    if (!plan) throw new RecordNotFoundError('Call plan', planId);
    if (plan.status === 'done') throw new ValidationError([{ path: 'status', message: 'this call is already finished' }]);
    const contact = await db.contacts.get(plan.contactId);
    if (!contact) throw new RecordNotFoundError('Contact', plan.contactId);
    const touchFields = validate(TouchFields, {
      contactId: contact.id,
      type: finish.touchType,
      direction: 'out',
      at: finish.at,
      summary: [plan.objective, plan.hinge ? `Hinge: ${plan.hinge}` : undefined].filter(Boolean).join(' · ') || undefined,
      outcome: finish.outcome,
      answered: finish.answered,
      source: { kind: 'call-plan', ref: plan.id },
    });
    const touch = validate(Touch, { ...touchFields, id: newId(), dedupKey: `call-plan:${plan.id}`, createdAt: now });
    await db.touches.add(touch);
    await moveClock(contact, Math.max(contact.lastTouchAt ?? touch.at, touch.at));
    const reminder = finish.nextReminder
      ? validate(Reminder, {
          id: newId(),
          contactId: contact.id,
          dueAt: finish.nextReminder.dueAt,
          note: finish.nextReminder.note || plan.nextStep,
          status: 'open',
          createdAt: now,
          updatedAt: now,
        })
      : undefined;
    if (reminder) await db.reminders.add(reminder);
    const done = validate(CallPlan, { ...plan, outcome: finish.outcome.trim(), status: 'done', touchId: touch.id, updatedAt: now });
    await db.callPlans.put(done);
    return { plan: done, touch, ...(reminder ? { reminder } : {}) };
  });
}

/** A contact's plans, newest first: drafts to pick up, finished ones kept for coaching. */
export async function callPlansOf(contactId: string): Promise<CallPlan[]> {
  const plans = await db.callPlans.where('contactId').equals(contactId).toArray();
  return plans.sort((a, b) => b.updatedAt - a.updatedAt);
}

export function getCallPlan(id: string): Promise<CallPlan | undefined> {
  return db.callPlans.get(id);
}
