import { useState } from 'react';
import {
  commitImport,
  type Decision,
  defaultDecision,
  type ImportPlan,
  type ImportResult,
  type PlanItem,
  planImport,
} from '../../storage/imports';
import { applyMapping, type CsvTable, guessMapping, readCsv, type Target } from '../../utils/io/csv-mapping';
import type { ImportRow } from '../../utils/io/import-row';
import { isLinkedInConnections, parseLinkedInConnectionsInSlices } from '../../utils/io/linkedin-connections';
import { parseVcards } from '../../utils/io/vcard-import';
import { formatCount, plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { ColumnMapping } from './ColumnMapping';
import './ImportSection.css';

const SHOWN = 100;

/**
 * Import people: LinkedIn's Connections.csv, vCard files, or any CSV through a column mapping.
 * A preview says what is new, duplicate, possible or rejected; then one transaction writes it all.
 */
/** Why a row was refused, in words: the importer's own about the file, or each field the model refused. */
function rejectionOf(item: PlanItem): string {
  if (item.reason) return item.reason;
  return (item.issues ?? []).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

export function ImportSection() {
  const [fileName, setFileName] = useState<string | null>(null);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    setPlan(null);
    setTable(null);
    setResult(null);
    setError(null);
    setDecisions(new Map());
    if (!file) return;
    setFileName(file.name);
    try {
      const text = await file.text();
      if (/\.vcf$/i.test(file.name) || /^\s*BEGIN:VCARD/im.test(text.slice(0, 2000))) {
        const parsed = parseVcards(text);
        if (parsed.error) setError(parsed.error);
        else await preview(parsed.rows);
      } else if (isLinkedInConnections(text)) {
        const parsed = await parseLinkedInConnectionsInSlices(text);
        if (parsed.error) setError(parsed.error);
        else await preview(parsed.rows);
      } else {
        const csv = readCsv(text);
        if (csv) setTable(csv);
        else setError('This file is neither a CSV with a header row nor a vCard file.');
      }
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const preview = async (rows: ImportRow[]) => {
    setTable(null);
    setPlan(await planImport(rows));
  };

  const undecided = plan?.items.filter((item) => defaultDecision(item) === null && !decisions.has(item.line)).length ?? 0;
  const run = async () => {
    if (!plan) return;
    setError(null);
    setProgress({ done: 0, total: plan.items.length });
    try {
      setResult(await commitImport(plan, decisions, (done, total) => setProgress({ done, total })));
      setPlan(null);
    } catch (caught) {
      setError(`Nothing was imported. ${describeError(caught)}`);
    } finally {
      setProgress(null);
    }
  };
  const decideAll = (decision: Decision) => {
    if (!plan) return;
    setDecisions(
      new Map([...decisions, ...plan.items.filter((item) => item.kind === 'possible').map((item) => [item.line, decision] as const)]),
    );
  };

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import contacts</h2>
      <p className="hint">
        LinkedIn's Connections.csv (LinkedIn: Settings → Data privacy → Get a copy of your data → Connections), vCard files (.vcf) from a
        phone or address book, or any CSV of people, such as a Google Contacts export.
      </p>
      <label className="field">
        <span>File to import</span>
        <input type="file" accept=".csv,text/csv,.vcf,text/vcard" onChange={(event) => void choose(event.target.files?.[0])} />
      </label>
      {table ? (
        <ColumnMapping
          table={table}
          initial={guessMapping(table.header)}
          onDone={(mapping: Target[]) =>
            void preview(applyMapping(table, mapping)).catch((caught: unknown) => setError(describeError(caught)))
          }
          onCancel={() => setTable(null)}
        />
      ) : null}
      <ErrorLine message={error} />
      {result ? (
        <p className="ok" role="status">
          Imported: {formatCount(result.added)} added, {formatCount(result.merged)} merged into contacts you had,{' '}
          {formatCount(result.skipped)} skipped.
        </p>
      ) : null}
      {plan ? (
        <section className="import-preview" aria-label={`Preview of ${fileName ?? 'the file'}`}>
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
                {plan.items
                  .filter((item) => item.kind === 'possible')
                  .slice(0, SHOWN)
                  .map((item) => (
                    <li key={item.line} className="possible">
                      <span>
                        Line {item.line}: {item.fields?.fullName}
                        {item.fields?.companyName ? `, ${item.fields.companyName}` : ''} — you keep {item.match?.fullName}
                      </span>
                      <span className="segmented" role="radiogroup" aria-label={`Line ${item.line}, ${item.fields?.fullName}`}>
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
                {plan.items
                  .filter((item) => item.kind === 'rejected')
                  .slice(0, SHOWN)
                  .map((item) => (
                    <li key={item.line}>
                      Line {item.line}: {rejectionOf(item)}
                    </li>
                  ))}
              </ul>
            </details>
          ) : null}
          {progress ? <progress value={progress.done} max={progress.total} aria-label="Import progress" /> : null}
          <div className="actions">
            <button type="button" className="button primary" disabled={undecided > 0 || progress !== null} onClick={() => void run()}>
              Import {plural(plan.counts.new + plan.counts.duplicate + plan.counts.possible, 'row')}
            </button>
            <button type="button" className="button" onClick={() => void choose(undefined)}>
              Cancel
            </button>
            {undecided > 0 ? <span className="hint">{formatCount(undecided)} still to decide</span> : null}
          </div>
        </section>
      ) : null}
    </section>
  );
}
