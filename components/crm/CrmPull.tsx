import { useState } from 'react';
import { companyQuery } from '../../storage/crm';
import { type ImportPlan, type ImportResult, planImport } from '../../storage/imports';
import type { PulledPerson } from '../../utils/crm/service';
import { serviceFor } from '../../utils/crm/services';
import type { ImportRow } from '../../utils/io/import-row';
import type { CrmConnection, CrmFacts } from '../../utils/model/crm';
import { CRM_LABELS } from '../../utils/model/crm-names';
import { plural } from '../../utils/plural';
import { ImportPreview, ImportResultLine } from '../data/ImportPreview';
import { ErrorLine } from '../ErrorLine';
import { describeCrmError } from './crm-errors';
import { panelFetch, requireCrmAccess } from './crm-fetch';
import { ownerWords } from './owner-words';

export interface PullTarget {
  name: string;
  accountId?: string | undefined;
  companyUrl?: string | undefined;
  domain?: string | undefined;
}

/** A CRM person as an import row: their company is this account when the CRM left it blank. */
function rowOf(person: PulledPerson, index: number, target: PullTarget): ImportRow {
  const line = index + 1;
  if ('rejected' in person) return { line, rejected: person.rejected };
  return {
    line,
    fields: { ...person.fields, companyName: person.fields.companyName || target.name, accountId: target.accountId },
  };
}

/** "Bring in from HubSpot": the account's people from each connected CRM (given by on-demand.tsx), through the import preview. */
export function CrmPull({ connections, target }: { connections: CrmConnection[]; target: PullTarget }) {
  return (
    <section aria-labelledby="crm-pull-heading">
      <h2 id="crm-pull-heading">From your team's CRM</h2>
      {connections.map((connection) => (
        <PullFrom key={connection.crm} connection={connection} target={target} />
      ))}
    </section>
  );
}

function PullFrom({ connection, target }: { connection: CrmConnection; target: PullTarget }) {
  const { crm } = connection;
  const label = CRM_LABELS[crm];
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ company: CrmFacts | null; people: number } | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const pull = () => {
    setBusy(true);
    setError(null);
    setResult(null);
    setPlan(null);
    void (async () => {
      await requireCrmAccess(crm);
      const { company, people } = await serviceFor(connection, panelFetch).companyPeople(await companyQuery(target));
      setFound({ company, people: people.length });
      if (people.length > 0) setPlan(await planImport(people.map((person, index) => rowOf(person, index, target))));
    })()
      .catch((caught: unknown) => setError(`Nothing was brought in. ${describeCrmError(crm, caught)}`))
      .finally(() => setBusy(false));
  };

  return (
    <div className="crm-pull">
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={pull}>
          {busy ? `Reading ${label}…` : `Bring in from ${label}`}
        </button>
      </div>
      <ErrorLine message={error} />
      {found ? (
        <p role="status">
          {found.company
            ? `${label} has ${found.company.name} (${ownerWords(found.company.owner, connection.me)}) with ${plural(found.people, 'person', 'people')}.`
            : found.people > 0
              ? `${label} has no company record named ${target.name}; ${plural(found.people, 'person', 'people')} with an address at ${target.domain}.`
              : `${label} has no company named ${target.name}${target.domain ? `, and no one at ${target.domain}` : ''}.`}
        </p>
      ) : null}
      {result ? <ImportResultLine what={`Brought in from ${label}`} result={result} /> : null}
      {plan ? (
        <ImportPreview
          plan={plan}
          source={`${label}: ${target.name}`}
          itemLabel="Record"
          onDone={(done) => {
            setResult(done);
            setPlan(null);
            setFound(null);
          }}
          onCancel={() => {
            setPlan(null);
            setFound(null);
          }}
        />
      ) : null}
    </div>
  );
}
