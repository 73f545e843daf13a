import { computeInsights, type Insights, type Period } from '../utils/insights/metrics';
import { db } from './db';

/**
 * Read what Insights needs and compute it. Stage events and accounts are read whole (they are few
 * per contact); touches only from the start of the period, except the earliest touches of each
 * contact, which "time to first touch" and "touches to sales-ready" need, read for contacts captured
 * in the period.
 */
export async function loadInsights(period: Period, now = Date.now()): Promise<Insights> {
  return db.transaction('r', [db.contacts, db.stageEvents, db.touches, db.accounts], async () => {
    const [contacts, events, accounts] = await Promise.all([db.contacts.toArray(), db.stageEvents.toArray(), db.accounts.toArray()]);
    const captured = contacts
      .filter((contact) => contact.createdAt >= period.from && contact.createdAt <= period.to)
      .map((contact) => contact.id);
    const [recent, ofCaptured] = await Promise.all([
      db.touches.where('at').between(period.from, period.to, true, true).toArray(),
      db.touches.where('contactId').anyOf(captured).toArray(),
    ]);
    const touches = new Map([...recent, ...ofCaptured].map((touch) => [touch.id, touch]));
    return computeInsights({ contacts, events, touches: [...touches.values()], accounts }, period, now);
  });
}
