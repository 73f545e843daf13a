import { nameCompanyKey } from '../utils/identity';
import type { ImportRow } from '../utils/io/import-row';
import type { Contact, ContactInput, ContactSummary } from '../utils/model/contact';
import type { StageEvent } from '../utils/model/stage-event';
import { timeSlices } from '../utils/time-slices';
import { deriveContactFields, newContactRecords, updateContact } from './contacts';
import { db } from './db';
import { cadenceTable, withDue } from './due';
import { UndecidedDuplicatesError, ValidationError, validate } from './errors';
import { inChunks } from './in-chunks';
import { loadModels } from './models';

// Imports in two steps: a plan that says, for every row, whether it is new, a duplicate of someone
// kept (same LinkedIn URL or email), a possible duplicate (same name and company: the rep decides)
// or rejected and why; then one transaction that writes the whole plan or nothing.

export type PlanKind = 'new' | 'duplicate' | 'possible' | 'rejected';
export type Decision = 'merge' | 'new' | 'skip';

export interface PlanItem {
  line: number;
  kind: PlanKind;
  fields?: ContactInput;
  /** Why the importer refused the row (its own words about the file). */
  reason?: string;
  /** What the model refused in the row, field by field. */
  issues?: { path: string; message: string }[];
  /** The kept contact it matches, or the earlier line of the same file. */
  match?: { id?: string; line?: number; fullName: string; companyName?: string | undefined };
}

export interface ImportPlan {
  items: PlanItem[];
  counts: Record<PlanKind, number>;
}

/** Contacts read per step when looking for people of the same name and company. */
const READ_CHUNK = 2_000;

const FIELDS_FILLED_BY_IMPORT = ['firstName', 'lastName', 'headline', 'title', 'companyName', 'location', 'linkedinUrl'] as const;
/** Fields the team's CRM owns: a pull from it overwrites them; a file without them leaves them alone. */
const FIELDS_OWNED_BY_CRM = ['crmOwner', 'hubspotId', 'pipedriveId'] as const;

export async function planImport(rows: readonly ImportRow[]): Promise<ImportPlan> {
  const { ContactFields } = await loadModels();
  const valid: { line: number; fields: ContactInput; aliases: string[] }[] = [];
  const items: PlanItem[] = [];
  // Validation is the slow part of a big file: the panel's other tasks run between slices of time.
  const slices = timeSlices();
  for (const row of rows) {
    if (slices.due()) await slices.next();
    if ('rejected' in row) {
      items.push({ line: row.line, kind: 'rejected', reason: row.rejected });
      continue;
    }
    try {
      const fields = validate(ContactFields, deriveContactFields(row.fields));
      valid.push({ line: row.line, fields, aliases: fields.aliases });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      items.push({ line: row.line, kind: 'rejected', issues: error.issues });
    }
  }

  const allAliases = [...new Set(valid.flatMap((row) => row.aliases))];
  const owners = await db.contacts.where('aliases').anyOf(allAliases).toArray();
  const byAlias = new Map<string, Contact>();
  for (const owner of owners) for (const alias of owner.aliases) byAlias.set(alias, owner);
  // Everyone's name and company, from the short entries the search reads, a chunk a task: every
  // contact record in one read held the panel for as long as it took to hand them all over.
  const byNameCompany = new Map<string, ContactSummary>();
  for await (const chunk of inChunks(db.contactWords, READ_CHUNK)) {
    for (const { summary } of chunk) {
      // An entry without a summary stands for a deleted contact.
      if (!summary) continue;
      const key = nameCompanyKey(summary.fullName, summary.companyName);
      if (key && !byNameCompany.has(key)) byNameCompany.set(key, summary);
    }
  }

  const seenInFile = new Map<string, { line: number; fullName: string; companyName?: string | undefined }>();
  for (const row of valid) {
    if (slices.due()) await slices.next();
    const kept = row.aliases.map((alias) => byAlias.get(alias)).find((owner) => owner !== undefined);
    const earlier = row.aliases.map((alias) => seenInFile.get(alias)).find((seen) => seen !== undefined);
    const key = nameCompanyKey(row.fields.fullName, row.fields.companyName);
    const similar = key ? byNameCompany.get(key) : undefined;
    if (kept)
      items.push({
        line: row.line,
        kind: 'duplicate',
        fields: row.fields,
        match: { id: kept.id, fullName: kept.fullName, companyName: kept.companyName },
      });
    else if (earlier) items.push({ line: row.line, kind: 'duplicate', fields: row.fields, match: earlier });
    else if (similar)
      items.push({
        line: row.line,
        kind: 'possible',
        fields: row.fields,
        match: { id: similar.id, fullName: similar.fullName, companyName: similar.companyName },
      });
    else items.push({ line: row.line, kind: 'new', fields: row.fields });
    for (const alias of row.aliases)
      if (!seenInFile.has(alias))
        seenInFile.set(alias, { line: row.line, fullName: row.fields.fullName, companyName: row.fields.companyName });
  }
  items.sort((a, b) => a.line - b.line);
  const counts: Record<PlanKind, number> = { new: 0, duplicate: 0, possible: 0, rejected: 0 };
  for (const item of items) counts[item.kind]++;
  return { items, counts };
}

/** What a plan item does unless the rep decided otherwise: duplicates merge, possibles wait for a decision. */
export function defaultDecision(item: PlanItem): Decision | null {
  if (item.kind === 'new') return 'new';
  if (item.kind === 'duplicate') return item.match?.id ? 'merge' : 'skip';
  if (item.kind === 'possible') return null;
  return 'skip';
}

export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
}

/** Empty fields of the kept contact filled from the file, emails and tags added; only what the CRM owns is overwritten. */
function mergePatch(existing: Contact, incoming: ContactInput): Partial<ContactInput> | null {
  const patch: Partial<ContactInput> = {};
  for (const field of FIELDS_FILLED_BY_IMPORT) {
    if (!existing[field] && incoming[field]) patch[field] = incoming[field];
  }
  for (const field of FIELDS_OWNED_BY_CRM) {
    if (incoming[field] && incoming[field] !== existing[field]) patch[field] = incoming[field];
  }
  const emails = [...new Set([...existing.emails, ...(incoming.emails ?? [])])];
  if (emails.length > existing.emails.length) patch.emails = emails;
  const tags = [...new Set([...existing.tags, ...(incoming.tags ?? [])])];
  if (tags.length > existing.tags.length) patch.tags = tags;
  return Object.keys(patch).length > 0 ? patch : null;
}

// Contacts built and handed to IndexedDB per step. Handing them over is most of a step's time on
// the panel's thread (IndexedDB copies each record there): at 500 a step held the panel 102-110 ms
// in the import bench, at 250 41-93 ms, at 125 41-54 ms.
const CHUNK = 125;

/**
 * Write a plan with the rep's decisions in one transaction: it all lands or nothing does.
 * `onProgress` is told how many items are done, between chunks, so a progress bar can move.
 */
export async function commitImport(
  plan: ImportPlan,
  decisions: ReadonlyMap<number, Decision>,
  onProgress: (done: number, total: number) => void = () => {},
  now = Date.now(),
): Promise<ImportResult> {
  const undecided = plan.items.filter((item) => !decisions.has(item.line) && defaultDecision(item) === null);
  if (undecided.length > 0) {
    throw new UndecidedDuplicatesError(undecided.length);
  }
  await loadModels();
  const result: ImportResult = { added: 0, merged: 0, skipped: 0 };
  const total = plan.items.length;
  return db.transaction('rw', [db.contacts, db.stageEvents, db.settings], async () => {
    const cadence = await cadenceTable();
    // Each step is built while the one before it is being written, one write in flight at a time:
    // the contacts' search words take their sequence numbers from the last one written
    // (contact-words.ts), so two writes of contacts never overlap.
    let writing: Promise<void> = Promise.resolve();
    for (let start = 0; start < plan.items.length; start += CHUNK) {
      const contacts: Contact[] = [];
      const events: StageEvent[] = [];
      for (const item of plan.items.slice(start, start + CHUNK)) {
        const decision = decisions.get(item.line) ?? defaultDecision(item);
        if (!item.fields || decision === 'skip' || decision === null) {
          result.skipped++;
          continue;
        }
        if (decision === 'merge' && item.match?.id) {
          await writing;
          const existing = await db.contacts.get(item.match.id);
          const patch = existing ? mergePatch(existing, item.fields) : null;
          if (patch) await updateContact(item.match.id, patch, now);
          result.merged++;
          continue;
        }
        const fields = item.fields;
        const job =
          fields.title || fields.companyName
            ? [{ title: fields.title, company: fields.companyName, observedAt: now, source: 'import' as const }]
            : [];
        const { contact, event } = newContactRecords({ ...fields, employment: fields.employment?.length ? fields.employment : job }, now);
        contacts.push(withDue(contact, cadence));
        events.push(event);
        result.added++;
      }
      // A LinkedIn URL or email taken meanwhile fails the unique index: the whole import rolls back.
      await writing;
      const done = Math.min(total, start + CHUNK);
      writing = db.contacts
        .bulkAdd(contacts)
        .then(() => db.stageEvents.bulkAdd(events))
        .then(() => onProgress(done, total));
    }
    await writing;
    return result;
  });
}
