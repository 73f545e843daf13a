import { useState } from 'react';
import { pushCandidates, setCrmId, setCrmNoteId } from '../../storage/crm';
import { type PushReport, pushToCrm } from '../../utils/crm/push';
import { serviceFor } from '../../utils/crm/services';
import type { CrmConnection } from '../../utils/model/crm';
import { CRM_LABELS } from '../../utils/model/crm-names';
import { plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeCrmError } from './crm-errors';
import { panelFetch, requireCrmAccess } from './crm-fetch';

/** Push every contact and the touches not pushed yet; resumable, and a second push doubles nothing. */
export function CrmPush({ connection }: { connection: CrmConnection }) {
  const { crm } = connection;
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<PushReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = CRM_LABELS[crm];

  const push = () => {
    setError(null);
    setReport(null);
    setProgress({ done: 0, total: 0 });
    void (async () => {
      await requireCrmAccess(crm);
      const { contacts, touches } = await pushCandidates();
      setReport(
        await pushToCrm(contacts, touches, serviceFor(connection, panelFetch), {
          onContact: (contactId, remoteId) => setCrmId(crm, contactId, remoteId),
          onNote: (touchId, noteId) => setCrmNoteId(crm, touchId, noteId),
          onProgress: (done, total) => setProgress({ done, total }),
        }),
      );
    })()
      .catch((caught: unknown) => setError(`The push stopped: ${describeCrmError(crm, caught)}`))
      .finally(() => setProgress(null));
  };

  return (
    <>
      <div className="actions">
        <button type="button" className="button primary" disabled={progress !== null} onClick={push}>
          Push contacts and touches to {label}
        </button>
      </div>
      <ErrorLine message={error} />
      {progress ? <progress value={progress.done} max={progress.total || 1} aria-label={`Push to ${label} progress`} /> : null}
      {report ? <PushSummary report={report} /> : null}
    </>
  );
}

const OUTCOME = { pushed: 'pushed', skipped: 'skipped', failed: 'failed' } as const;

function PushSummary({ report }: { report: PushReport }) {
  const failed = report.records.filter((record) => record.outcome === 'failed').length;
  const skipped = report.records.filter((record) => record.outcome === 'skipped').length;
  return (
    <div role="status" className={report.stopped ? 'error' : 'ok'}>
      {report.stopped ? <p>{report.stopped}</p> : null}
      <p>
        {plural(report.contactsPushed, 'contact')} created or updated, {plural(report.notesAdded, 'note')} added
        {failed ? `, ${failed} failed` : ''}
        {skipped ? `, ${skipped} skipped` : ''}.
      </p>
      {report.records.length > 0 ? (
        <details open={failed + skipped > 0}>
          <summary>Record by record</summary>
          <ul aria-label={`Pushed to ${CRM_LABELS[report.crm]}, record by record`}>
            {report.records.map((record, index) => (
              // Names may repeat; the order is the push's own.
              // biome-ignore lint/suspicious/noArrayIndexKey: records are never reordered.
              <li key={index}>
                {record.name}: {OUTCOME[record.outcome]}
                {record.notes ? `, ${plural(record.notes, 'note')}` : ''}
                {record.reason ? ` (${record.reason})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
