import { useRef, useState } from 'react';
import { type ImportPlan, type ImportResult, planImport } from '../../storage/imports';
import { applyMapping, type CsvTable, guessMapping, readCsv, type Target } from '../../utils/io/csv-mapping';
import { fileText } from '../../utils/io/file-text';
import type { ImportRow } from '../../utils/io/import-row';
import { isLinkedInConnections, parseLinkedInConnectionsInSlices } from '../../utils/io/linkedin-connections';
import { parseVcards } from '../../utils/io/vcard-import';
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
  const [fileName, setFileName] = useState<string | null>(null);
  const [table, setTable] = useState<CsvTable | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  // Reading a large file takes seconds; a file chosen meanwhile (or Cancel) supersedes it, and what
  // the earlier read finds is dropped instead of replacing the later one's preview.
  const turn = useRef(0);
  const isCurrent = (mine: number) => mine === turn.current;

  const choose = async (file: File | undefined) => {
    const mine = ++turn.current;
    setPlan(null);
    setTable(null);
    setResult(null);
    setError(null);
    setReading(file?.name ?? null);
    if (!file) return;
    setFileName(file.name);
    const fail = (message: string) => isCurrent(mine) && setError(message);
    try {
      const text = await fileText(file);
      if (!isCurrent(mine)) return;
      if (/\.vcf$/i.test(file.name) || /^\s*BEGIN:VCARD/im.test(text.slice(0, 2000))) {
        const parsed = parseVcards(text);
        if (parsed.error) fail(parsed.error);
        else await preview(parsed.rows, mine);
      } else if (isLinkedInConnections(text)) {
        const parsed = await parseLinkedInConnectionsInSlices(text);
        if (parsed.error) fail(parsed.error);
        else await preview(parsed.rows, mine);
      } else {
        const csv = readCsv(text);
        if (csv) setTable(csv);
        else setError('This file is neither a CSV with a header row nor a vCard file.');
      }
    } catch (caught) {
      fail(describeError(caught));
    } finally {
      if (isCurrent(mine)) setReading(null);
    }
  };
  const preview = async (rows: ImportRow[], mine: number) => {
    if (!isCurrent(mine)) return;
    setTable(null);
    const plan = await planImport(rows);
    if (isCurrent(mine)) setPlan(plan);
  };
  const previewMapped = async (csv: CsvTable, mapping: Target[]) => {
    const mine = ++turn.current;
    setReading(fileName);
    try {
      await preview(applyMapping(csv, mapping), mine);
    } catch (caught) {
      if (isCurrent(mine)) setError(describeError(caught));
    } finally {
      if (isCurrent(mine)) setReading(null);
    }
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
          onDone={(mapping: Target[]) => void previewMapped(table, mapping)}
          onCancel={() => setTable(null)}
        />
      ) : null}
      <StatusLine busy message={reading ? `Reading ${reading}…` : null} />
      <ErrorLine message={error} />
      {result ? <ImportResultLine what="Imported" result={result} /> : null}
      {plan ? (
        <ImportPreview
          plan={plan}
          source={fileName ?? 'the file'}
          onDone={(done) => {
            setResult(done);
            setPlan(null);
          }}
          onCancel={() => void choose(undefined)}
        />
      ) : null}
    </section>
  );
}
