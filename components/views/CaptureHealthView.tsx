import { useState } from 'react';
import { clearHealth } from '../../storage/capture-health';
import { summariseHealth } from '../../utils/capture-health-summary';
import { format } from '../../utils/dates';
import type { PageCaptureKind } from '../../utils/model/capture';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { FIELD_NAMES, listOf } from '../labels';
import { saveRedactedCopy } from '../redacted-copy';
import { hrefOf } from '../router';
import { StatusLine } from '../StatusLine';
import { useCaptureHealth } from '../useCaptureHealth';
import type { PageCapture } from '../usePageCapture';
import './CaptureHealthView.css';

const KIND_LABELS: Record<PageCaptureKind, string> = {
  'linkedin-person': 'LinkedIn profile',
  'linkedin-company': 'LinkedIn company page',
  'linkedin-conversation': 'LinkedIn conversation',
  'gmail-thread': 'Gmail thread',
  'outlook-thread': 'Outlook conversation',
};
const LAYOUT_LABELS: Record<string, string> = {
  sdui: 'current layout (2026)',
  classic: 'classic layout',
  public: 'public page (signed out)',
  'sales-navigator': 'Sales Navigator',
  gmail: '',
  outlook: '',
  messaging: 'messaging page',
  overlay: 'message bubble',
};

/** Settings → Capture health: what Tend found on the pages it read lately, and a redacted page to report. */
export function CaptureHealthView({ page }: { page: PageCapture | undefined }) {
  const records = useCaptureHealth();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const groups = records ? summariseHealth(records) : [];
  const tabId = page?.tabId;

  const saveCopy = async () => {
    setStatus(null);
    setError(null);
    if (tabId === undefined) return;
    try {
      setStatus(`Saved ${await saveRedactedCopy(tabId)} to your downloads. Attach it to your report.`);
    } catch (caught) {
      setError(`Tend cannot copy this tab: ${describeError(caught)} It works on LinkedIn and Gmail pages.`);
    }
  };

  return (
    <section aria-labelledby="health-heading">
      <p>
        <a href={hrefOf({ name: 'settings' })}>Settings</a>
      </p>
      <h1 id="health-heading">Capture health</h1>
      <p className="hint">
        Each page Tend reads leaves a note of which fields it found there, and how (never the names or values). When a field Tend used to
        find is missing on several pages in a row, the site has probably changed that page.
      </p>
      {records === undefined ? null : groups.length === 0 ? (
        <EmptyState title="No pages read yet">
          <p>Open a LinkedIn profile or a Gmail thread; what Tend finds there shows here.</p>
        </EmptyState>
      ) : (
        groups.map((group) => {
          const label = [KIND_LABELS[group.kind], LAYOUT_LABELS[group.layout] ?? group.layout].filter(Boolean).join(' · ');
          const id = `health-${group.kind}-${group.layout}`;
          return (
            <section key={id} aria-labelledby={id} className="card">
              <h2 id={id}>{label}</h2>
              <p className="muted">
                Last {group.captures === 1 ? 'page' : `${group.captures} pages`}, the latest {format(group.lastAt, 'd MMM yyyy, HH:mm')}
              </p>
              {group.goneMissing.length > 0 ? (
                <p className="warning" role="alert">
                  Not found on the last pages, though found before: {listOf(group.goneMissing.map((field) => FIELD_NAMES[field] ?? field))}.
                </p>
              ) : null}
              <table className="health-table" aria-label={`Fields found: ${label}`}>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Found</th>
                    <th scope="col">By</th>
                  </tr>
                </thead>
                <tbody>
                  {group.fields.map((field) => (
                    <tr key={field.field} className={field.found < field.looked ? 'short' : undefined}>
                      <th scope="row">{FIELD_NAMES[field.field] ?? field.field}</th>
                      <td>
                        {field.found} of {field.looked}
                      </td>
                      <td>{field.anchors.length > 0 ? field.anchors.join(', ') : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })
      )}
      <h2>Report a page Tend reads wrong</h2>
      <p className="hint">
        Saves the page in the current tab with every text, name, picture, address and id replaced by placeholders, keeping only how the page
        is built, so you can attach it to a bug report without anyone’s data.
      </p>
      <ErrorLine message={error} />
      <StatusLine message={status} />
      <div className="actions">
        <button type="button" className="button primary" disabled={tabId === undefined} onClick={saveCopy}>
          Save a redacted copy of this page
        </button>
        {groups.length > 0 ? (
          <button type="button" className="button" onClick={() => void clearHealth()}>
            Forget these notes
          </button>
        ) : null}
      </div>
    </section>
  );
}
