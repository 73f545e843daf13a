import { Dexie, type EntityTable } from 'dexie';
import type { Account } from '../utils/model/account';
import type { CallPlan } from '../utils/model/call-plan';
import type { Clip } from '../utils/model/clip';
import type { Contact } from '../utils/model/contact';
import type { CrmLookup } from '../utils/model/crm';
import type { Reminder } from '../utils/model/reminder';
import type { Settings } from '../utils/model/settings';
import { DEFAULT_CADENCE } from '../utils/model/settings-defaults';
import type { StageEvent } from '../utils/model/stage-event';
import type { Touch } from '../utils/model/touch';
import { nextDueAt } from '../utils/nurture/cadence';
import { type ContactWords, contactWordsMiddleware, entryOf } from './contact-words';
import { DATABASE_NAME } from './schema-version';

/**
 * Tend's IndexedDB database. Every schema version stays here forever with its upgrade function,
 * so a browser holding any earlier version upgrades without losing a record.
 * Only the operation modules in storage/ write through this class.
 */
export class TendDb extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  accounts!: EntityTable<Account, 'id'>;
  touches!: EntityTable<Touch, 'id'>;
  reminders!: EntityTable<Reminder, 'id'>;
  stageEvents!: EntityTable<StageEvent, 'id'>;
  callPlans!: EntityTable<CallPlan, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  crmLookups!: EntityTable<CrmLookup, 'key'>;
  contactWords!: EntityTable<ContactWords, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1. Aliases are a unique multi-entry index: two contacts can never share a LinkedIn
    // URL, member URN or email address, so a duplicate is refused by the database itself.
    this.version(1).stores({
      contacts: 'id, &*aliases, *searchWords, accountId, stage, updatedAt, lastTouchAt',
      accounts: 'id, &*aliases, nameLower, domain',
      touches: 'id, contactId, [contactId+at], at, type, [contactId+dedupKey]',
      reminders: 'id, contactId, [status+dueAt], dueAt',
      stageEvents: 'id, contactId, [contactId+at], at',
      callPlans: 'id, contactId, updatedAt',
      clips: 'id, contactId, accountId, clippedAt',
      settings: 'id',
    });
    // Version 2: contacts carry their next cadence due date, indexed, so Today and the badge read
    // only who is due instead of every contact. Existing contacts get it computed from the cadence
    // settings saved at the time of the upgrade.
    this.version(2)
      .stores({ contacts: 'id, &*aliases, *searchWords, accountId, stage, updatedAt, lastTouchAt, nextDueAt' })
      .upgrade(async (tx) => {
        const saved: Settings | undefined = await tx.table('settings').get('settings');
        const byStage = { ...DEFAULT_CADENCE, ...saved?.cadenceByStage };
        await tx
          .table<Contact>('contacts')
          .toCollection()
          .modify((contact) => {
            const due = nextDueAt(contact, byStage);
            if (due === undefined) delete contact.nextDueAt;
            else contact.nextDueAt = due;
          });
      });
    // Version 3: what the team's CRM answered about a person or company, cached with its age. A
    // cache, not the rep's data: never in backups, emptied when the CRM is disconnected.
    this.version(3).stores({ crmLookups: 'key, crm, checkedAt' });
    // Version 4: each contact's search words in a small table of their own, kept in the contact's
    // own write transactions (contact-words.ts), which the search table reads and follows. Derived
    // data: filled here from the contacts, never in backups.
    this.version(4)
      .stores({ contactWords: 'id, seq' })
      .upgrade(async (tx) => {
        let seq = 0;
        const entries: ContactWords[] = [];
        await tx
          .table<Contact>('contacts')
          .toCollection()
          .each((contact) => {
            entries.push(entryOf(contact, ++seq));
          });
        await tx.table<ContactWords>('contactWords').bulkPut(entries);
      });
    this.use(contactWordsMiddleware);
  }
}

export const db = new TendDb();
