import { afterEach, describe, expect, it, vi } from 'vitest';
import { createContact } from '../../../storage/contacts';
import { TendDb } from '../../../storage/db';
import { type PlanMessage, planFile, planWorkerInbox } from '../../../storage/file-plan';
import { previewFile } from '../../../storage/plan-from-worker';
import { parseVcards } from '../../../utils/io/vcard-import';
import { inThreadWorker } from '../../support/in-thread-worker';
import { fixture } from '../fixtures';

/** The import preview's worker (`planWorkerInbox`, what entrypoints/import-plan.ts runs), in this thread. */
const InThreadWorker = inThreadWorker<PlanMessage>(
  (db, _url, post, listen) => new Promise<void>((ended) => listen(planWorkerInbox(db, post, ended))),
  () => {},
);

afterEach(async () => {
  await InThreadWorker.settle();
  vi.unstubAllGlobals();
});

const file = (text: string, name: string) => new File([text], name, { type: 'text/csv' });
const connections = () => file(fixture('exports/linkedin-connections.csv'), 'Connections.csv');

/** A Connections.csv of `count` people, each with a profile of their own. */
function manyConnections(count: number): File {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let n = 0; n < count; n++) lines.push(`Person,Number ${n},https://www.linkedin.com/in/person-${n},,Initech,Engineer,01 Dec 2026`);
  return file(`${lines.join('\n')}\n`, 'Connections.csv');
}

describe("a file's import plan", () => {
  it('plans a Connections.csv and a vCard file as what they are', async () => {
    await createContact({ fullName: 'Marta Nowak', companyName: 'Hooli' });
    const linkedin = await planFile(connections());
    expect('plan' in linkedin && linkedin.plan.counts).toEqual({ new: 5, duplicate: 1, possible: 1, rejected: 3 });
    // vCard 2.1 from a phone, named .vcf (and sent as text/csv, as a file picker may).
    const cards = await planFile(file(fixture('exports/vcard/phone-21.vcf'), 'contacts.vcf'));
    expect('plan' in cards && cards.plan.items.map((item) => item.fields?.fullName)).toEqual(
      parseVcards(fixture('exports/vcard/phone-21.vcf')).rows.map((row) => ('fields' in row ? row.fields.fullName : undefined)),
    );
    expect('plan' in cards && cards.plan.items.length).toBe(3);
  });

  it('asks for the columns of a CSV it does not know, then plans it as they were mapped', async () => {
    const google = file(fixture('exports/google-contacts.csv'), 'contacts.csv');
    const asked = await planFile(google);
    if (!('columns' in asked)) throw new Error(`expected columns, got ${JSON.stringify(asked)}`);
    expect(asked.columns.rows).toBe(4);
    const first = asked.columns.header.indexOf('First Name');
    const company = asked.columns.header.indexOf('Organization Name');
    expect([asked.columns.examples[first], asked.columns.examples[company]]).toEqual(['Ana', 'Globex']);
    const mapping = asked.columns.header.map((_, column) =>
      column === first ? ('firstName' as const) : column === company ? ('companyName' as const) : ('ignore' as const),
    );
    const mapped = await planFile(google, mapping);
    if (!('plan' in mapped)) throw new Error(`expected a plan, got ${JSON.stringify(mapped)}`);
    expect(mapped.plan.items[0]?.fields).toMatchObject({ fullName: 'Ana', companyName: 'Globex' });
  });

  it('says why it cannot read a file that is neither a CSV nor vCards', async () => {
    expect(await planFile(file('', 'empty.csv'))).toEqual({ refused: 'This file is neither a CSV with a header row nor a vCard file.' });
  });
});

describe('an import plan made in a worker', () => {
  it('hands the page the plan made in place, a thousand items a message, each after the page asked, and ends the worker', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const posted = vi.spyOn(InThreadWorker.prototype, 'postMessage');
    const fromWorker = await previewFile(manyConnections(2_500));
    expect(InThreadWorker.made.map((worker) => worker.url)).toEqual(['/import-plan.js']);
    const inPlace = await planFile(manyConnections(2_500));
    expect(fromWorker).toEqual(inPlace);
    expect('plan' in fromWorker && fromWorker.plan.counts.new).toBe(2_500);
    // The file, then one ask after each of the three messages of items.
    expect(posted.mock.calls.map(([message]) => (message instanceof Object && 'file' in message ? 'file' : message))).toEqual([
      'file',
      'more',
      'more',
      'more',
    ]);
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it('posts the next message of items only when asked', async () => {
    const messages: PlanMessage[] = [];
    const inbox = planWorkerInbox(
      new TendDb(),
      (message) => messages.push(message),
      () => {},
    );
    inbox({ file: manyConnections(1_500) });
    await vi.waitFor(() => expect(messages).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages).toHaveLength(1);
    inbox('more');
    await vi.waitFor(() => expect(messages).toHaveLength(2));
    inbox('more');
    await vi.waitFor(() => expect(messages.at(-1)).toEqual({ planned: { new: 1_500, duplicate: 0, possible: 0, rejected: 0 } }));
    expect(messages.map((message) => ('items' in message ? message.items.length : Object.keys(message)[0]))).toEqual([
      1_000,
      500,
      'planned',
    ]);
  });

  it("hands over the columns to map and a file's refusal as in place", async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const google = file(fixture('exports/google-contacts.csv'), 'contacts.csv');
    expect(await previewFile(google)).toEqual(await planFile(google));
    expect(await previewFile(file('', 'empty.csv'))).toEqual({ refused: 'This file is neither a CSV with a header row nor a vCard file.' });
    expect(InThreadWorker.made.map((worker) => worker.terminated)).toEqual([true, true]);
  });

  it('ends the worker when the rep chose another file meanwhile', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const replaced = new AbortController();
    const reading = previewFile(manyConnections(3_000), undefined, replaced.signal);
    replaced.abort(new Error('another file was chosen'));
    await expect(reading).rejects.toThrow('another file was chosen');
    expect(InThreadWorker.made[0]?.terminated).toBe(true);
  });

  it("fails with the worker's reason when it was posted no file", async () => {
    const messages: PlanMessage[] = [];
    const ended = new Promise<void>((resolve) =>
      planWorkerInbox(new TendDb(), (message) => messages.push(message), resolve)({ name: 'Connections.csv' }),
    );
    await ended;
    expect(messages).toEqual([{ failed: 'the panel asked for a preview without a file' }]);
  });
});
