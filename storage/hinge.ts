import type { Account } from '../utils/model/account';
import type { CallPlan } from '../utils/model/call-plan';
import type { Clip } from '../utils/model/clip';
import type { Contact } from '../utils/model/contact';
import type { Reminder } from '../utils/model/reminder';
import type { StageEvent } from '../utils/model/stage-event';
import type { Touch } from '../utils/model/touch';
import { cadenceFor } from '../utils/nurture/cadence';
import { type Hinge, rankHinges } from '../utils/nurture/hinges';
import { contactsAtCompany } from './accounts';
import { callPlansOf } from './call-plans';
import { getContact } from './contact-reads';
import { stageHistory } from './contacts';
import { db } from './db';
import { cadenceTable } from './due';
import { remindersOf } from './reminders';
import { touchesOf } from './touches';

// Everything the Hinge view shows about one contact, read together, and the hinges ranked from it.

export interface HingeData {
  contact: Contact;
  account?: Account | undefined;
  colleagues: Contact[];
  touches: Touch[];
  reminders: Reminder[];
  clips: Clip[];
  stageEvents: StageEvent[];
  plans: CallPlan[];
  cadence: number | null;
  hinges: Hinge[];
}

export async function loadHinge(contactId: string, now = Date.now()): Promise<HingeData | null> {
  const contact = await getContact(contactId);
  if (!contact) return null;
  const [account, people, touches, reminders, ownClips, stageEvents, plans, byStage] = await Promise.all([
    contact.accountId ? db.accounts.get(contact.accountId) : undefined,
    contact.companyName || contact.accountId ? contactsAtCompany(contact.companyName ?? '', contact.accountId) : [],
    touchesOf(contactId, 20),
    remindersOf(contactId),
    db.clips.where('contactId').equals(contactId).toArray(),
    stageHistory(contactId),
    callPlansOf(contactId),
    cadenceTable(),
  ]);
  const accountClips = contact.accountId ? await db.clips.where('accountId').equals(contact.accountId).toArray() : [];
  const clips = [...new Map([...ownClips, ...accountClips].map((clip) => [clip.id, clip])).values()].sort(
    (a, b) => b.clippedAt - a.clippedAt,
  );
  const colleagues = people.filter((person) => person.id !== contact.id);
  const cadence = cadenceFor(contact, byStage);
  const hinges = rankHinges({ contact, cadence, touches, clips, stageEvents, colleagues }, now);
  return {
    contact,
    account,
    colleagues,
    touches,
    reminders: reminders.filter((reminder) => reminder.status !== 'done'),
    clips,
    stageEvents,
    plans,
    cadence,
    hinges,
  };
}
