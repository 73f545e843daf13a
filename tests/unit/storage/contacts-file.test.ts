import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { type ContactsFileKind, type FileMessage, serveContactsFile, writeContactsFile } from '../../../storage/contacts-file';
import { db, TendDb } from '../../../storage/db';
import { contactsFile } from '../../../storage/exports';
import { inThreadWorker } from '../../support/in-thread-worker';

/**
 * An export's worker (`serveContactsFile`, what entrypoints/export-contacts.ts runs, with the kind
 * its URL names), run in this thread.
 */
const InThreadWorker = inThreadWorker<FileMessage>(
  (db, url, post) => serveContactsFile(db, new URL(url, 'chrome-extension://tend/').searchParams.get('kind'), post),
  (db) =>
    vi.spyOn(db.contacts, 'toCollection').mockImplementation(() => {
      throw new Error('read refused');
    }),
);

afterEach(async () => {
  await InThreadWorker.settle();
  vi.unstubAllGlobals();
});

/** Seven contacts, the fourth opted out, in id order. */
async function seven() {
  const made = [];
  for (let n = 0; n < 7; n++)
    made.push(await createContact({ fullName: `Person ${n}`, ...(n === 3 ? { stage: 'do-not-contact' as const } : {}) }));
  return made.sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe('an export of contacts written out', () => {
  it('writes every contact once, in id order, whatever the chunks, and counts those left out', async () => {
    const made = await seven();
    const kept = made.filter((contact) => contact.stage !== 'do-not-contact').map((contact) => contact.fullName);
    for (const size of [3, 7, 100]) {
      const written = await writeContactsFile(db, 'plain', size);
      expect([written.shown, written.left]).toEqual([6, 1]);
      const lines = (await written.file.text()).split('\r\n');
      expect(lines[0]).toMatch(/^Full name,First name,Last name,Emails,/);
      expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(kept);
      expect(lines.at(-1)).toBe('');
    }
    const cards = await (await writeContactsFile(db, 'vcard', 3)).file.text();
    expect(cards.match(/^FN:.*$/gm)).toEqual(kept.map((name) => `FN:${name}`));
  });

  it('is a header alone, and nothing counted, when there are no contacts', async () => {
    const written = await writeContactsFile(db, 'hubspot');
    expect(await written.file.text()).toBe('First Name,Last Name,Email,Phone Number,Company Name,Job Title,LinkedIn URL\r\n');
    expect([written.shown, written.left]).toEqual([0, 0]);
  });
});

describe('an export written in a worker', () => {
  it('hands the page the file the worker wrote, for the kind asked, and ends the worker', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const made = await seven();
    const exported = await contactsFile('vcard');
    expect(InThreadWorker.made.map((worker) => worker.url)).toEqual(['/export-contacts.js?kind=vcard']);
    expect([exported.shown, exported.left]).toEqual([6, 1]);
    expect(await exported.file.text()).toBe(await (await writeContactsFile(db, 'vcard')).file.text());
    expect((await exported.file.text()).match(/^FN:.*$/gm)).toHaveLength(made.length - 1);
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it("fails with the worker's reason when its read fails, and ends the worker", async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    InThreadWorker.refuseRead = true;
    await createContact({ fullName: 'Hana Tanaka' });
    await expect(contactsFile('plain')).rejects.toThrow('the export stopped: read refused');
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it('refuses a kind of export it does not know, writing nothing', async () => {
    const posted: FileMessage[] = [];
    await serveContactsFile(new TendDb(), 'xlsx', (message) => posted.push(message));
    expect(posted).toEqual([{ failed: 'no export of contacts is called "xlsx"' }]);
  });

  it('fails, rather than wait for good, when the worker does not start or its file cannot be handed over', async () => {
    /** A worker that fails to start, or whose message the page cannot deserialize. */
    class BrokenWorker {
      static how: 'error' | 'messageerror' = 'error';
      onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
      onmessageerror: (() => void) | null = null;
      terminated = false;
      constructor() {
        setTimeout(() => {
          if (BrokenWorker.how === 'error') this.onerror?.({ message: '', preventDefault: () => undefined });
          else this.onmessageerror?.();
        }, 0);
      }
      terminate(): void {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const kind: ContactsFileKind = 'salesforce';
    await expect(contactsFile(kind)).rejects.toThrow('the export did not start');
    BrokenWorker.how = 'messageerror';
    await expect(contactsFile(kind)).rejects.toThrow('the file the export wrote could not be handed over');
  });
});
