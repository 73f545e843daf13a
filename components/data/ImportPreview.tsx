import { useMemo, useState } from 'react';
import { commitImport, type Decision, type ImportPlan, type ImportResult, type PlanItem } from '../../storage/imports';
import { formatCount, plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import './ImportSection.css';

const SHOWN = 100;

/** Why a row was refused, in words: the importer's own about the file, or each field the model refused. */
function rejectionOf(item: PlanItem): string {
  if (item.reason) return item.reason;
  return (item.issues ?? []).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * What an import would do, row by row: new, already kept (merged), possible duplicates for the rep
 * to decide, rejected with the reason; then one transaction writes it all or nothing. Files and
 * CRM pulls share it.
 */
export function ImportPreview({
  plan,
  source,
  itemLabel = 'Line',
  onDone,
  onCancel,
}: {
  plan: ImportPlan;
  /** What is being imported, for the preview's accessible name ("Preview of Connections.csv"). */
  source: string;
  /** How one row is named: a file's "Line", a CRM's "Record". */
  itemLabel?: string;
  onDone: (result: ImportResult) => void;
  onCancel: () => void;
}) {
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Scanned once per plan and per decision, not on each render: the import's progress renders the
  // preview once a step, and a scan of 50,000 items each time was 744 ms of a 25 s import's main thread.
  const possibles = useMemo(() => plan.items.filter((item) => item.kind === 'possible'), [plan]);
  const rejected = useMemo(() => plan.items.filter((item) => item.kind === 'rejected').slice(0, SHOWN), [plan]);
  // Only a possible duplicate waits for the rep (defaultDecision).
  const undecided = useMemo(() => possibles.filter((item) => !decisions.has(item.line)).length, [possibles, decisions]);
  const run = async () => {
    setError(null);
    setProgress({ done: 0, total: plan.items.length });
    try {
      onDone(await commitImport(plan, decisions, (done, total) => setProgress({ done, total })));
    } catch (caught) {
      setError(`Nothing was imported. ${describeError(caught)}`);
    } finally {
      setProgress(null);
    }
  };
  const decideAll = (decision: Decision) => {
    setDecisions(new Map([...decisions, ...possibles.map((item) => [item.line, decision] as const)]));
  };

  return (
    <section className="import-preview" aria-label={`Preview of ${source}`}>
      <p>
        <strong>{formatCount(plan.counts.new)}</strong> new · <strong>{formatCount(plan.counts.duplicate)}</strong> already kept ·{' '}
        <strong>{formatCount(plan.counts.possible)}</strong> possible duplicates · <strong>{formatCount(plan.counts.rejected)}</strong>{' '}
        rejected
      </p>
      {plan.counts.possible > 0 ? (
        <fieldset className="possibles">
          <legend>Same name and company as someone you keep: decide for each</legend>
          <div className="actions">
            <button type="button" className="button small" onClick={() => decideAll('merge')}>
              Merge all
            </button>
            <button type="button" className="button small" onClick={() => decideAll('skip')}>
              Skip all
            </button>
          </div>
          <ul className="rows">
            {possibles.slice(0, SHOWN).map((item) => (
              <li key={item.line} className="possible">
                <span>
                  {itemLabel} {item.line}: {item.fields?.fullName}
                  {item.fields?.companyName ? `, ${item.fields.companyName}` : ''} — you keep {item.match?.fullName}
                </span>
                <span className="segmented" role="radiogroup" aria-label={`${itemLabel} ${item.line}, ${item.fields?.fullName}`}>
                  {(['merge', 'new', 'skip'] as const).map((decision) => (
                    <label key={decision}>
                      <input
                        type="radio"
                        name={`line-${item.line}`}
                        checked={decisions.get(item.line) === decision}
                        onChange={() => setDecisions(new Map(decisions).set(item.line, decision))}
                      />
                      {decision === 'merge' ? 'Same person: merge' : decision === 'new' ? 'Someone else: add' : 'Skip'}
                    </label>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {plan.counts.rejected > 0 ? (
        <details>
          <summary>{plural(plan.counts.rejected, 'rejected row')}</summary>
          <ul aria-label="Rejected rows">
            {rejected.map((item) => (
              <li key={item.line}>
                {itemLabel} {item.line}: {rejectionOf(item)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ErrorLine message={error} />
      {progress ? <progress value={progress.done} max={progress.total} aria-label="Import progress" /> : null}
      <div className="actions">
        <button type="button" className="button primary" disabled={undecided > 0 || progress !== null} onClick={() => void run()}>
          Import {plural(plan.counts.new + plan.counts.duplicate + plan.counts.possible, 'row')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {undecided > 0 ? <span className="hint">{formatCount(undecided)} still to decide</span> : null}
      </div>
    </section>
  );
}

/** What an import did, in one sentence: `what` names it ("Imported", "Brought in from HubSpot"). */
export function ImportResultLine({ what, result }: { what: string; result: ImportResult }) {
  return (
    <p className="ok" role="status">
      {what}: {formatCount(result.added)} added, {formatCount(result.merged)} merged into contacts you had, {formatCount(result.skipped)}{' '}
      skipped.
    </p>
  );
}
