import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { eraseAll, exportBackup, latestSchemaVersion, recordCounts, restoreBackup } from '../../storage/backup';
import { format } from '../../utils/dates';
import { type Backup, parseBackup } from '../../utils/io/backup';
import { plural } from '../../utils/plural';
import { downloadFile } from '../download';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { StatusLine } from '../StatusLine';
import { useOneAtATime } from './useOneAtATime';
import './BackupSection.css';

/** A full JSON backup, its restore (replacing everything, after a confirmation), and erasing all data. */
export function BackupSection() {
  const counts = useLiveQuery(() => recordCounts(), []);
  const [pending, setPending] = useState<Backup | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [erasing, setErasing] = useState(false);
  const [confirmText, setConfirmText] = useState('');
  // Seconds with a large database or file; every other action here waits for the one under way (a
  // second click would write a second file, or restore twice).
  const { busy, setBusy, message, setMessage, error, run } = useOneAtATime();

  const download = () =>
    run(
      'Preparing the backup…',
      async () => {
        const backup = await exportBackup();
        downloadFile(`tend-backup-${format(backup.exportedAt, 'yyyy-MM-dd-HHmm')}.json`, JSON.stringify(backup), 'application/json');
        return `Backup of ${plural(backup.tables.contacts.length, 'contact')} and ${plural(backup.tables.touches.length, 'touch', 'touches')} downloaded.`;
      },
      'No backup was made.',
    );

  const choose = async (file: File | undefined) => {
    setProblems([]);
    setMessage(null);
    setPending(null);
    setBusy(file ? `Reading ${file.name}…` : null);
    if (!file) return;
    try {
      const parsed = parseBackup(await file.text(), latestSchemaVersion());
      if (parsed.ok) setPending(parsed.backup);
      else setProblems(parsed.problems);
    } catch (caught) {
      setProblems([`The file could not be read. ${describeError(caught)}`]);
    } finally {
      setBusy(null);
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy('Restoring the backup…');
    try {
      await restoreBackup(pending);
      setMessage(
        `Restored ${plural(pending.tables.contacts.length, 'contact')}, ${plural(pending.tables.touches.length, 'touch', 'touches')} and ${plural(pending.tables.reminders.length, 'reminder')}.`,
      );
      setPending(null);
    } catch (caught) {
      setProblems([`Nothing was changed. ${describeError(caught)}`]);
    } finally {
      setBusy(null);
    }
  };

  const erase = () =>
    run(
      'Erasing…',
      async () => {
        await eraseAll();
        setErasing(false);
        setConfirmText('');
        return 'All data erased.';
      },
      'Nothing was erased.',
    );

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup</h2>
      <p className="muted">
        {counts
          ? `${plural(counts.contacts, 'contact')}, ${plural(counts.touches, 'touch', 'touches')}, ${plural(counts.reminders, 'reminder')} in this browser.`
          : ''}
      </p>
      <div className="actions">
        <button type="button" className="button" disabled={busy !== null} onClick={() => void download()}>
          Download backup
        </button>
      </div>
      <label className="field">
        <span>Restore from a backup file</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy !== null}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </label>
      {problems.length > 0 ? (
        <div className="error" role="alert">
          <p>This backup cannot be restored:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <fieldset className="confirm">
          <legend>Confirm restore</legend>
          <p>
            Replace everything here ({plural(counts?.contacts ?? 0, 'contact')}) with the backup of{' '}
            {format(pending.exportedAt, 'd MMM yyyy, HH:mm')}: {plural(pending.tables.contacts.length, 'contact')},{' '}
            {plural(pending.tables.touches.length, 'touch', 'touches')}, {plural(pending.tables.reminders.length, 'reminder')}?
          </p>
          <div className="actions">
            <button type="button" className="button primary" disabled={busy !== null} onClick={() => void restore()}>
              Replace with the backup
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : null}
      <StatusLine busy message={busy} />
      <StatusLine message={message} />
      <ErrorLine message={error} />
      <h2>Erase</h2>
      {erasing ? (
        <fieldset className="confirm">
          <legend>Confirm erase</legend>
          <p>This deletes every contact, touch and reminder in this browser. It cannot be undone: download a backup first.</p>
          <label className="field">
            <span>Type ERASE to confirm</span>
            <input value={confirmText} onChange={(event) => setConfirmText(event.target.value)} />
          </label>
          <div className="actions">
            <button
              type="button"
              className="button danger"
              disabled={confirmText !== 'ERASE' || busy !== null}
              onClick={() => void erase()}
            >
              Erase all data
            </button>
            <button type="button" className="button" onClick={() => setErasing(false)}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button type="button" className="button" onClick={() => setErasing(true)}>
          Erase all data…
        </button>
      )}
    </section>
  );
}
