import { useState } from 'react';
import { forgetCrmConnection } from '../../storage/secrets';
import { CRM_HOSTS } from '../../utils/crm/services';
import type { CrmConnection } from '../../utils/model/crm';
import { CRM_KINDS, CRM_LABELS, type CrmKind } from '../../utils/model/crm-names';
import { CrmConnect, connectWith } from '../crm/CrmConnect';
import { CrmPush } from '../crm/CrmPush';
import { releaseCrmAccess } from '../crm/crm-fetch';
import { StagePropertyPicker } from '../crm/StagePropertyPicker';
import { useCrmConnections } from '../crm/useCrmConnections';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';

/** The team's CRM: connect HubSpot or Pipedrive, say who owns what, push. */
export function CrmSection() {
  const connections = useCrmConnections();
  if (!connections) return null;
  return (
    <section aria-labelledby="crm-heading">
      <h2 id="crm-heading">Your team's CRM</h2>
      <p className="hint">
        Connected, Tend shows on each page whether the CRM has the person or company, who owns them and their open deals; it brings in an
        account's people and pushes your contacts and touches. The CRM owns owner and lifecycle fields; Tend owns touches, roles and hinges:
        a push never writes owner or lifecycle, and bringing people in never changes your touches, roles or hinges.
      </p>
      {CRM_KINDS.map((crm) => (
        <CrmCard key={crm} crm={crm} connection={connections.find((connection) => connection.crm === crm)} />
      ))}
    </section>
  );
}

function CrmCard({ crm, connection }: { crm: CrmKind; connection: CrmConnection | undefined }) {
  const [error, setError] = useState<string | null>(null);
  const label = CRM_LABELS[crm];
  return (
    <section className="card" aria-label={label}>
      <h3>{label}</h3>
      {connection ? (
        <>
          <p className="muted">
            Connected{connection.me ? ` as ${connection.me.name}` : ''} (token …{connection.token.slice(-4)}, kept in this browser, never in
            backups or exports; Tend talks only to {CRM_HOSTS[crm]}).
          </p>
          {connection.connectedAt === 0 ? <CheckAgain connection={connection} /> : null}
          <StagePropertyPicker connection={connection} />
          <CrmPush connection={connection} />
          <ErrorLine message={error} />
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                void forgetCrmConnection(crm)
                  .then(() => releaseCrmAccess(crm))
                  .catch((caught: unknown) => setError(describeError(caught)))
              }
            >
              Disconnect {label}
            </button>
          </div>
        </>
      ) : (
        <CrmConnect crm={crm} />
      )}
    </section>
  );
}

/**
 * A token saved by an earlier Tend, before connections were checked: pushes work with it, but
 * look-ups need what the check learns (the portal for record links, who the rep is).
 */
function CheckAgain({ connection }: { connection: CrmConnection }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div>
      <p className="hint">
        This token was saved by an earlier Tend. Check it once so Tend can show {CRM_LABELS[connection.crm]}'s facts beside each page.
      </p>
      <ErrorLine message={problem} />
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void connectWith(connection.crm, connection.token)
            .then(setProblem)
            .finally(() => setBusy(false));
        }}
      >
        Check the token
      </button>
    </div>
  );
}
