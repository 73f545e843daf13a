import { BackupSection } from '../data/BackupSection';
import { CrmSection } from '../data/CrmSection';
import { ExportSection } from '../data/ExportSection';
import { ImportSection } from '../data/ImportSection';

/** Import and export: where relationships come in from and go out to. */
export function ImportExportView() {
  return (
    <section aria-labelledby="data-heading">
      <h1 id="data-heading">Import & export</h1>
      <ImportSection />
      <ExportSection />
      <CrmSection />
      <BackupSection />
    </section>
  );
}
