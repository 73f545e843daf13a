import { CSV_SHAPES, type CsvShape, csvHead, csvRows } from '../utils/io/csv-export';
import { outreachContacts } from '../utils/io/export-contacts';
import { utf8File } from '../utils/io/utf8-file';
import { contactsVcard } from '../utils/io/vcard-export';
import type { TendDb } from './db';
import { inChunks } from './in-chunks';

/**
 * Contacts read, and written out, per step, in the export's worker (file-from-worker.ts). Small
 * reads go faster there than large ones: at 50,000 contacts at full speed (2026-12-05), each export
 * taking turns with a raw read of every contact in a worker, 250 at a time took 0.58-1.32x that
 * read (eight exports), 100 at a time 0.72-1.05x, 500 0.90-1.45x, 1,000 1.13-1.33x, 2,000
 * 1.15-1.48x and 10,000 0.96-1.39x.
 */
const READ_CHUNK = 250;

const CONTACTS_FILE_KINDS = [...CSV_SHAPES, 'vcard'] as const;
/** A CSV shaped for a CRM, or vCards. */
export type ContactsFileKind = CsvShape | 'vcard';
const isContactsFileKind = (kind: unknown): kind is ContactsFileKind => (CONTACTS_FILE_KINDS as readonly unknown[]).includes(kind);

/** An export of contacts, written: its bytes, and how many contacts are in it and were left out (do-not-contact). */
export interface ContactsFile {
  file: Blob;
  shown: number;
  left: number;
}

/**
 * Every contact written out as `kind`, a chunk at a time as the chunks are read along the primary
 * key (the next chunk is being read while this one is written), into UTF-8 Blobs as it goes
 * (utils/io/utf8-file.ts) and one Blob of them at the end.
 */
export async function writeContactsFile(db: TendDb, kind: ContactsFileKind, size = READ_CHUNK): Promise<ContactsFile> {
  const text = utf8File();
  if (kind !== 'vcard') text.add(csvHead(kind));
  let shown = 0;
  let left = 0;
  for await (const chunk of inChunks(db.contacts, size)) {
    const kept = outreachContacts(chunk).length;
    shown += kept;
    left += chunk.length - kept;
    text.add(kind === 'vcard' ? contactsVcard(chunk) : csvRows(chunk, kind));
  }
  return { file: new Blob(text.parts()), shown, left };
}

/** What the export's worker posts: the file written, or why it was not. */
export type FileMessage = { written: ContactsFile } | { failed: string };

/** The worker's side (entrypoints/export-contacts.ts): writes the file and posts it, or the failure. */
export async function serveContactsFile(db: TendDb, kind: unknown, post: (message: FileMessage) => void): Promise<void> {
  try {
    if (!isContactsFileKind(kind)) throw new Error(`no export of contacts is called ${JSON.stringify(kind)}`);
    // A Blob is posted as a handle to its bytes, not a copy of them.
    post({ written: await writeContactsFile(db, kind) });
  } catch (error) {
    post({ failed: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
}
