import { useState } from 'react';
import { contactsInChunks, remindersForCalendar } from '../../storage/exports';
import { format } from '../../utils/dates';
import { type CsvShape, csvHead, csvRows } from '../../utils/io/csv-export';
import { outreachContacts } from '../../utils/io/export-contacts';
import { remindersIcs } from '../../utils/io/ics-export';
import { contactsVcard } from '../../utils/io/vcard-export';
import { plural } from '../../utils/plural';
import { yieldToPage } from '../../utils/yield-to-page';
import { downloadFile } from '../download';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { StatusLine } from '../StatusLine';

/** Contacts written out between two chances for the page to answer: some 20 ms on a slow laptop. */
const WRITE_SLICE = 500;

const CSV_LABELS: Record<CsvShape, string> = { hubspot: 'CSV for HubSpot', salesforce: 'CSV for Salesforce', plain: 'Plain CSV' };

/** Contacts out to a CRM or address book, reminders out to a calendar. Do-not-contact contacts stay out. */
export function ExportSection() {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const stamp = () => format(Date.now(), 'yyyy-MM-dd');

  const run = async (action: () => Promise<string>) => {
    setError(null);
    try {
      setMessage(await action());
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const contactsTo = (kind: CsvShape | 'vcard') =>
    run(async () => {
      // Written a chunk at a time as the chunks are read, so 50,000 contacts never hold the panel.
      const parts: BlobPart[] = kind === 'vcard' ? [] : [csvHead(kind)];
      let shown = 0;
      let left = 0;
      for await (const chunk of contactsInChunks()) {
        // Written out a slice at a time, the page answering between slices: a whole chunk at once
        // held it for 100-170 ms (450-950 ms on a CPU four times slower).
        const written: string[] = [];
        for (let start = 0; start < chunk.length; start += WRITE_SLICE) {
          const slice = chunk.slice(start, start + WRITE_SLICE);
          const kept = outreachContacts(slice).length;
          shown += kept;
          left += slice.length - kept;
          written.push(kind === 'vcard' ? contactsVcard(slice) : csvRows(slice, kind));
          await yieldToPage();
        }
        parts.push(new Blob(written));
      }
      if (kind === 'vcard') downloadFile(`tend-contacts-${stamp()}.vcf`, parts, 'text/vcard;charset=utf-8');
      else downloadFile(`tend-contacts-${kind}-${stamp()}.csv`, parts, 'text/csv;charset=utf-8');
      return `${plural(shown, 'contact')} exported${left > 0 ? `; ${plural(left, 'do-not-contact contact')} left out` : ''}.`;
    });
  const calendar = () =>
    run(async () => {
      const reminders = await remindersForCalendar();
      downloadFile(`tend-reminders-${stamp()}.ics`, remindersIcs(reminders, Date.now()), 'text/calendar;charset=utf-8');
      return `${plural(reminders.length, 'open reminder')} exported to a calendar file.`;
    });

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="actions">
        {(Object.keys(CSV_LABELS) as CsvShape[]).map((shape) => (
          <button key={shape} type="button" className="button" onClick={() => void contactsTo(shape)}>
            {CSV_LABELS[shape]}
          </button>
        ))}
        <button type="button" className="button" onClick={() => void contactsTo('vcard')}>
          vCard (.vcf)
        </button>
        <button type="button" className="button" onClick={() => void calendar()}>
          Reminders (.ics)
        </button>
      </div>
      <ErrorLine message={error} />
      <StatusLine message={message} />
    </section>
  );
}
