import { applyMapping, columnsOf, readCsv } from '../utils/io/csv-mapping';
import { type CsvColumns, TARGETS, type Target } from '../utils/io/csv-targets';
import { fileText } from '../utils/io/file-text';
import type { ParsedImport } from '../utils/io/import-row';
import { isLinkedInConnections, parseLinkedInConnectionsInSlices } from '../utils/io/linkedin-connections';
import { parseVcards } from '../utils/io/vcard-import';
import type { TendDb } from './db';
import { type ImportPlan, type PlanItem, type PlanKind, planImport } from './imports';

/**
 * What a file chosen for import comes to: the plan its preview shows; for a CSV of columns Tend
 * does not know, the columns, to be mapped first; or why it cannot be read, in words for the rep.
 */
export type FilePlan = { plan: ImportPlan } | { columns: CsvColumns } | { refused: string };

/**
 * A file read, parsed as what it is (vCard, LinkedIn's Connections.csv, or any CSV through
 * `mapping`), checked and matched against the contacts kept.
 */
export async function planFile(file: File, mapping?: readonly Target[]): Promise<FilePlan> {
  const text = await fileText(file);
  const planned = async (parsed: ParsedImport): Promise<FilePlan> =>
    parsed.error ? { refused: parsed.error } : { plan: await planImport(parsed.rows) };
  if (/\.vcf$/i.test(file.name) || /^\s*BEGIN:VCARD/im.test(text.slice(0, 2000))) return planned(parseVcards(text));
  if (isLinkedInConnections(text)) return planned(await parseLinkedInConnectionsInSlices(text));
  const table = readCsv(text);
  if (!table) return { refused: 'This file is neither a CSV with a header row nor a vCard file.' };
  return mapping ? { plan: await planImport(applyMapping(table, mapping)) } : { columns: columnsOf(table) };
}

/** What the page posts the import's worker: the file, and how its columns map once the rep said. */
export interface PlanRequest {
  file: File;
  mapping?: Target[] | undefined;
}

const isPlanRequest = (request: unknown): request is PlanRequest => {
  if (typeof request !== 'object' || request === null || !('file' in request) || !(request.file instanceof File)) return false;
  const mapping = 'mapping' in request ? request.mapping : undefined;
  return mapping === undefined || (Array.isArray(mapping) && mapping.every((target) => (TARGETS as readonly unknown[]).includes(target)));
};

/**
 * What the import's worker posts: the plan's items in order, a thousand a message, each once the
 * page asked for more (posted all at once, the 50 messages of a 50,000-row plan ran back to back on
 * the page, 9 ms each, and held its other tasks 150-180 ms); then their counts. Or the columns to
 * map, or the file's refusal, or why planning failed.
 */
export type PlanMessage =
  | { items: PlanItem[] }
  | { planned: Record<PlanKind, number> }
  | { columns: CsvColumns }
  | { refused: string }
  | { failed: string };

const ITEMS_PER_MESSAGE = 1_000;

/**
 * The worker's side (entrypoints/import-plan.ts): plans the file it was posted and posts the plan,
 * waiting on `more()` after each message of items.
 */
export async function serveFilePlan(
  db: TendDb,
  request: unknown,
  post: (message: PlanMessage) => void,
  more: () => Promise<void>,
): Promise<void> {
  try {
    if (!isPlanRequest(request)) throw new Error('the panel asked for a preview without a file');
    const planned = await planFile(request.file, request.mapping);
    if (!('plan' in planned)) return post(planned);
    const { items, counts } = planned.plan;
    for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE) {
      post({ items: items.slice(start, start + ITEMS_PER_MESSAGE) });
      await more();
    }
    post({ planned: counts });
  } catch (error) {
    post({ failed: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
}

/**
 * The worker's answer to what the page posts it (entrypoints/import-plan.ts runs it as its
 * `onmessage`): the first message is the request, planned and posted; every later one asks for the
 * next message of items. `end` is called once the last message is posted.
 */
export function planWorkerInbox(db: TendDb, post: (message: PlanMessage) => void, end: () => void): (message: unknown) => void {
  let asked = 0;
  let waiting: (() => void) | null = null;
  const more = () => {
    if (asked === 0)
      return new Promise<void>((resolve) => {
        waiting = resolve;
      });
    asked--;
    return Promise.resolve();
  };
  let started = false;
  return (message) => {
    if (!started) {
      started = true;
      void serveFilePlan(db, message, post, more).finally(end);
    } else if (waiting) {
      waiting();
      waiting = null;
    } else asked++;
  };
}
