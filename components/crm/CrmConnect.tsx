import { type FormEvent, useId, useState } from 'react';
import { checkToken } from '../../storage/crm-token';
import { saveCrmConnection } from '../../storage/secrets';
import { getSettings } from '../../storage/settings';
import { CRM_HOSTS, verifyConnection } from '../../utils/crm/services';
import { CRM_LABELS, type CrmKind } from '../../utils/model/crm-names';
import { ErrorLine } from '../ErrorLine';
import { describeCrmError } from './crm-errors';
import { askCrmAccess, panelFetch } from './crm-fetch';

const WHERE: Record<CrmKind, { hint: string; field: string }> = {
  hubspot: {
    hint: 'In HubSpot: Settings → Integrations → Private apps → create one with the scopes crm.objects.contacts.read and .write, crm.objects.companies.read and .write, crm.objects.deals.read and crm.objects.owners.read, and paste its access token here.',
    field: 'HubSpot private-app token',
  },
  pipedrive: {
    hint: 'In Pipedrive: your profile picture → Personal preferences → API, and paste your personal API token here.',
    field: 'Pipedrive API token',
  },
};

/**
 * Connect a CRM with a token: the host is asked for at once (call this inside the rep's click), the
 * token is checked against the CRM, then kept in this browser. Resolves to why it failed, or null.
 */
export function connectWith(crm: CrmKind, token: string): Promise<string | null> {
  return askCrmAccess(crm)
    .then(async (granted) => {
      if (!granted) return `Not connected: Tend needs your permission to reach ${CRM_HOSTS[crm]}.`;
      const settings = await getSettings();
      await saveCrmConnection(await verifyConnection(crm, token, panelFetch, settings.myAddresses, Date.now()));
      return null;
    })
    .catch((caught: unknown) => `Not connected. ${describeCrmError(crm, caught)}`);
}

/** The form that connects a CRM. */
export function CrmConnect({ crm }: { crm: CrmKind }) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = CRM_LABELS[crm];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    let token: string;
    try {
      token = checkToken(crm, draft);
    } catch (caught) {
      setError(describeCrmError(crm, caught));
      return;
    }
    setBusy(true);
    void connectWith(crm, token)
      .then((problem) => {
        setError(problem);
        if (!problem) setDraft('');
      })
      .finally(() => setBusy(false));
  };

  return (
    <form className="form" aria-label={`Connect ${label}`} onSubmit={submit}>
      <p className="hint">{WHERE[crm].hint}</p>
      <label className="field" htmlFor={`${id}-token`}>
        <span>{WHERE[crm].field}</span>
        <input id={`${id}-token`} type="password" autoComplete="off" value={draft} onChange={(event) => setDraft(event.target.value)} />
      </label>
      <ErrorLine message={error} />
      <button type="submit" className="button" disabled={busy}>
        {busy ? `Connecting to ${label}…` : `Connect ${label}`}
      </button>
    </form>
  );
}
