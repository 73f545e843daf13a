import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { Contact, ContactSummary } from '../utils/model/contact';

/**
 * Every contact's search words as one short string, with what a result row shows, in a table of their own (`contactWords`),
 * written in the same transaction as the contact by a Dexie DBCore middleware (Dexie's documented
 * `db.use()`), so no write path can forget it. Each write takes the next `seq`; a deleted contact
 * leaves an entry with no words, and clearing contacts leaves a RESET entry. The in-memory search
 * table (search-table.ts) reads this small table instead of every contact, and follows it with a
 * live query on `seq`: all public Dexie API.
 */
export interface ContactWords {
  id: string;
  /** "\nword\nword…": `includes("\n" + typed)` is a prefix test on every word at once. Empty: deleted. */
  words: string;
  seq: number;
  /** What a search result shows; absent when the contact was deleted. */
  summary?: ContactSummary;
}

/** The store the entries are kept in (storage/db.ts's `contactWords` table). */
export const CONTACT_WORDS = 'contactWords';

/** The entry written when every contact was cleared (erase, restore): whoever follows reads afresh. */
export const RESET = '\u0000reset';

// Words never contain a line break (they are letters, digits, '@' and '.').
const haystackOf = (contact: Pick<Contact, 'searchWords'>) => `\n${contact.searchWords.join('\n')}`;

function summaryOf({ id, fullName, title, companyName, stage }: Contact): ContactSummary {
  return { id, fullName, stage, ...(title ? { title } : {}), ...(companyName ? { companyName } : {}) };
}

/** A contact's entry, as written beside it. */
export const entryOf = (contact: Contact, seq: number): ContactWords => ({
  id: contact.id,
  words: haystackOf(contact),
  seq,
  summary: summaryOf(contact),
});

const FULL_RANGE: DBCoreKeyRange = { type: 3 as DBCoreKeyRange['type'] /* DBCoreRangeType.Any */, lower: undefined, upper: undefined };

/** True when the transaction can write the words (false only inside upgrades from before version 4). */
function reaches(trans: DBCoreTransaction): boolean {
  const names = (trans as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names === undefined || names.contains('contactWords');
}

async function nextSeq(words: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  const index = words.schema.getIndexByKeyPath('seq');
  if (!index) throw new Error('contactWords has no seq index');
  const cursor = await words.openCursor({ trans, values: false, reverse: true, query: { index, range: FULL_RANGE } });
  return (typeof cursor?.key === 'number' ? cursor.key : 0) + 1;
}

function entriesFor(req: DBCoreMutateRequest, seq: number): ContactWords[] {
  if (req.type === 'add' || req.type === 'put') return (req.values as Contact[]).map((contact, n) => entryOf(contact, seq + n));
  if (req.type === 'delete') return (req.keys as string[]).map((id, n) => ({ id, words: '', seq: seq + n }));
  return [{ id: RESET, words: '', seq }];
}

function wordsKeptBeside(contacts: DBCoreTable, core: DBCore): DBCoreTable {
  return {
    ...contacts,
    async mutate(req) {
      const result = await contacts.mutate(req);
      if (!reaches(req.trans)) return result;
      const words = core.table('contactWords');
      const seq = await nextSeq(words, req.trans);
      if (req.type === 'deleteRange') await words.mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
      // A contact the database refused (a duplicate alias) keeps its earlier words.
      const entries = entriesFor(req, seq).filter((_, n) => !(n in result.failures));
      if (entries.length > 0) {
        const written = await words.mutate({ type: 'put', trans: req.trans, values: entries });
        if (written.numFailures > 0) throw Object.values(written.failures)[0];
      }
      return result;
    },
  };
}

export const contactWordsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'contactWords',
  create: (core) => ({
    ...core,
    // A transaction that may write contacts also holds their words.
    transaction: (stores, mode, options) =>
      core.transaction(
        mode === 'readwrite' && stores.includes('contacts') && !stores.includes('contactWords') ? [...stores, 'contactWords'] : stores,
        mode,
        options,
      ),
    table: (name) => (name === 'contacts' ? wordsKeptBeside(core.table(name), core) : core.table(name)),
  }),
};
