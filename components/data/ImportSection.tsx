import { useRef, useState } from 'react';
import type { ImportPlan, ImportResult } from '../../storage/imports';
import { previewFile } from '../../storage/plan-from-worker';
import { type CsvColumns, guessMapping, type Target } from '../../utils/io/csv-targets';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { StatusLine } from '../StatusLine';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreview, ImportResultLine } from './ImportPreview';
import './ImportSection.css';

/**
 * Import people: LinkedIn's Connections.csv, vCard files, or any CSV through a column mapping.
 * A preview says what is new, duplicate, possible or rejected; then one transaction writes it all.
 */
export function ImportSection() {
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<CsvColumns | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  // Reading a large file takes seconds; a file chosen meanwhile (or Cancel) ends that reading, and
  // what it would still answer is dropped instead of replacing the later one's preview.
  const current = useRef<AbortController | null>(null);

  const read = async (chosen: File, mapping?: Target[]) => {
    current.current?.abort();
    const mine = new AbortController();
    current.current = mine;
    setReading(chosen.name);
    try {
      const planned = await previewFile(chosen, mapping, mine.signal);
      if (mine.signal.aborted) return;
      if ('plan' in planned) setPlan(planned.plan);
      else if ('columns' in planned) setColumns(planned.columns);
      else setError(planned.refused);
    } catch (caught) {
      if (!mine.signal.aborted) setError(describeError(caught));
    } finally {
      if (!mine.signal.aborted) setReading(null);
    }
  };
  const choose = (chosen: File | undefined) => {
    current.current?.abort();
    setPlan(null);
    setColumns(null);
    setResult(null);
    setError(null);
    setReading(null);
    setFile(chosen ?? null);
    if (chosen) void read(chosen);
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
        <input type="file" accept=".csv,text/csv,.vcf,text/vcard" onChange={(event) => choose(event.target.files?.[0])} />
      </label>
      {columns && file ? (
        <ColumnMapping
          columns={columns}
          initial={guessMapping(columns.header)}
          onDone={(mapping: Target[]) => {
            setColumns(null);
            void read(file, mapping);
          }}
          onCancel={() => setColumns(null)}
        />
      ) : null}
      <StatusLine busy message={reading ? `Reading ${reading}…` : null} />
      <ErrorLine message={error} />
      {result ? <ImportResultLine what="Imported" result={result} /> : null}
      {plan ? (
        <ImportPreview
          plan={plan}
          source={file?.name ?? 'the file'}
          onDone={(done) => {
            setResult(done);
            setPlan(null);
          }}
          onCancel={() => choose(undefined)}
        />
      ) : null}
    </section>
  );
}
