import type { Page } from '@playwright/test';
import { entryOf } from '../../storage/contact-words';
import { emailAlias } from '../../utils/identity';
import type { Contact } from '../../utils/model/contact';
import { searchWordsFor } from '../../utils/search-words';

// Many contacts, for the panel bench and the tests of a busy panel: contacts and touches the way Tend stores them (the same
// derived search words and alias keys), generated from a fixed seed so every run has the same data.

const DAY = 86_400_000;
/** The first contact has this many touches: the one the bench opens. */
export const BUSY_TOUCHES = 500;

const FIRST = [
  'Anna',
  'Ben',
  'Chloé',
  'Dmitri',
  'Eitan',
  'Fatima',
  'Goran',
  'Hana',
  'Ingrid',
  'Jorge',
  'Kwame',
  'Marta',
  'Nikhil',
  'Priya',
  'Rosa',
  'Søren',
];
const LAST = [
  'Andersen',
  'Bakker',
  'Castillo',
  'Dubois',
  'Fischer',
  'García',
  'Haddad',
  'Jansen',
  'Kowalski',
  'Müller',
  'Nakamura',
  'Okafor',
  'Rossi',
  'Tanaka',
];
const COMPANY = ['Acme Analytics', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Hooli', 'Northwind Traders', 'Contoso'];
const TITLE = ['VP Sales', 'Head of Procurement', 'CTO', 'Account Executive', 'Procurement Officer', 'Analyst'];
const STAGES = ['new', 'nurturing', 'engaged', 'sales-ready', 'customer'];

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Contacts in the order the contact list shows them: most recently changed first, ties by id descending (the index's order). */
export function inListOrder<T extends { id: string; updatedAt: number }>(contacts: readonly T[]): T[] {
  return [...contacts].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
}

/** Records the way Tend stores them, with the same derived search words and alias keys. */
export function contactsFrom(start: number, end: number, now: number) {
  const random = seeded(start + 1);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const records = [];
  for (let n = start; n < end; n++) {
    const [firstName, lastName] = n === 0 ? ['Zebulon', 'Busyworth'] : [pick(FIRST), pick(LAST)];
    const fullName = `${firstName} ${lastName}`;
    const companyName = pick(COMPANY);
    const title = pick(TITLE);
    const email = `${firstName}.${lastName}.${n}@example.com`.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
    const updatedAt = now - Math.floor(random() * 400) * DAY;
    records.push({
      id: `c${String(n).padStart(6, '0')}`,
      firstName,
      lastName,
      fullName,
      title,
      companyName,
      emails: [email],
      phones: [],
      aliases: [emailAlias(email)],
      roles: [],
      sources: [],
      tags: [],
      stage: pick(STAGES),
      origin: 'sales',
      employment: [],
      searchWords: searchWordsFor([fullName, companyName, title, email]),
      createdAt: updatedAt - 30 * DAY,
      updatedAt,
      lastTouchAt: updatedAt,
      nextDueAt: updatedAt + 30 * DAY,
    });
  }
  return records;
}

/**
 * Writes records straight into Tend's database from its own panel page, in one transaction per
 * block. Contacts get their search words beside them, as Tend's own writes do (contact-words.ts),
 * each with the next seq after those already there.
 */
export async function seed(panel: Page, store: 'contacts' | 'touches', records: unknown[]): Promise<void> {
  const words = store === 'contacts' ? (records as Contact[]).map((contact) => entryOf(contact, 0)) : [];
  // Sent as one JSON string: Playwright's own serialization of 10,000 records took 7 s, JSON.parse in
  // the page a fraction of that.
  await panel.evaluate(
    ({ store, json }) =>
      new Promise<void>((resolve, reject) => {
        const { records, words } = JSON.parse(json) as { records: unknown[]; words: Record<string, unknown>[] };
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(words.length > 0 ? [store, 'contactWords'] : [store], 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          if (words.length > 0) {
            const last = tx.objectStore('contactWords').index('seq').openCursor(null, 'prev');
            last.onsuccess = () => {
              const seq = typeof last.result?.key === 'number' ? last.result.key : 0;
              for (const [n, entry] of words.entries()) tx.objectStore('contactWords').put({ ...entry, seq: seq + n + 1 });
            };
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, json: JSON.stringify({ records, words }) },
  );
}

/**
 * Writes touches `start` to `end` straight into Tend's database, made in the page itself from a fixed
 * seed (a million of them would not cross the DevTools protocol in reasonable time). The first 500
 * belong to the first contact; the rest spread over everyone else.
 */
export async function seedTouches(panel: Page, start: number, end: number, now: number, contacts: number): Promise<void> {
  await panel.evaluate(
    ({ start, end, now, contacts, busy }) =>
      new Promise<void>((resolve, reject) => {
        const day = 86_400_000;
        const types = ['email', 'call', 'meeting', 'linkedin-message'];
        let state = (start + 7) >>> 0;
        const random = () => {
          state = (state * 1664525 + 1013904223) >>> 0;
          return state / 2 ** 32;
        };
        const open = indexedDB.open('tend');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('touches', 'readwrite');
          const store = tx.objectStore('touches');
          for (let n = start; n < end; n++) {
            const contact = n < busy ? 0 : 1 + (n % (contacts - 1));
            const at = now - Math.floor(random() * 700 * day);
            store.put({
              id: `t${String(n).padStart(7, '0')}`,
              contactId: `c${String(contact).padStart(6, '0')}`,
              type: types[n % types.length],
              direction: n % 3 === 0 ? 'in' : 'out',
              at,
              summary: n % 2 === 0 ? `Talked through the renewal and the procurement timeline, round ${n}.` : undefined,
              answered: true,
              source: { kind: 'manual' },
              createdAt: at,
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { start, end, now, contacts, busy: BUSY_TOUCHES },
  );
}
