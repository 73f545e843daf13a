import type { ContactsFileKind } from '../../storage/contacts-file';
import { contactsFile, remindersForCalendar } from '../../storage/exports';
import { format } from '../../utils/dates';
import type { CsvShape } from '../../utils/io/csv-export';
import { remindersIcs } from '../../utils/io/ics-export';
import { plural } from '../../utils/plural';
import { downloadFile } from '../download';
import { ErrorLine } from '../ErrorLine';
import { StatusLine } from '../StatusLine';
import { useOneAtATime } from './useOneAtATime';

const CSV_LABELS: Record<CsvShape, string> = { hubspot: 'CSV for HubSpot', salesforce: 'CSV for Salesforce', plain: 'Plain CSV' };

/** Contacts out to a CRM or address book, reminders out to a calendar. Do-not-contact contacts stay out. */
export function ExportSection() {
  // An export of many contacts takes seconds: the other exports wait for it.
  const { busy, message, error, run } = useOneAtATime();
  const stamp = () => format(Date.now(), 'yyyy-MM-dd');

  const contactsTo = (kind: ContactsFileKind) =>
    run('Exporting contacts…', async () => {
      // Read and written off the panel's thread (storage/file-from-worker.ts): the panel answers meanwhile.
      const { file, shown, left } = await contactsFile(kind);
      const [name, type] =
        kind === 'vcard'
          ? [`tend-contacts-${stamp()}.vcf`, 'text/vcard;charset=utf-8']
          : [`tend-contacts-${kind}-${stamp()}.csv`, 'text/csv;charset=utf-8'];
      downloadFile(name, file, type);
      return `${plural(shown, 'contact')} exported${left > 0 ? `; ${plural(left, 'do-not-contact contact')} left out` : ''}.`;
    });
  const calendar = () =>
    run('Exporting reminders…', async () => {
      const reminders = await remindersForCalendar();
      downloadFile(`tend-reminders-${stamp()}.ics`, remindersIcs(reminders, Date.now()), 'text/calendar;charset=utf-8');
      return `${plural(reminders.length, 'open reminder')} exported to a calendar file.`;
    });

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <div className="actions">
        {(Object.keys(CSV_LABELS) as CsvShape[]).map((shape) => (
          <button key={shape} type="button" className="button" disabled={busy !== null} onClick={() => void contactsTo(shape)}>
            {CSV_LABELS[shape]}
          </button>
        ))}
        <button type="button" className="button" disabled={busy !== null} onClick={() => void contactsTo('vcard')}>
          vCard (.vcf)
        </button>
        <button type="button" className="button" disabled={busy !== null} onClick={() => void calendar()}>
          Reminders (.ics)
        </button>
      </div>
      <StatusLine busy message={busy} />
      <ErrorLine message={error} />
      <StatusLine message={message} />
    </section>
  );
}
