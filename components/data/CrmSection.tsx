import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { pushCandidates, setHubspotId, setHubspotNoteId } from '../../storage/crm';
import { getHubSpotToken, setHubSpotToken } from '../../storage/secrets';
import { HUBSPOT_ORIGIN_PATTERN, hubspotClient } from '../../utils/crm/hubspot-client';
import { type PushReport, pushToHubSpot } from '../../utils/crm/hubspot-push';
import { plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';

/** Push contacts and touches to the rep's HubSpot with their own private-app token. */
export function CrmSection() {
  const id = useId();
  const [token, setToken] = useState<string | undefined | null>(null);
  const [draft, setDraft] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<PushReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getHubSpotToken().then(setToken);
  }, []);

  const save = async () => {
    setError(null);
    try {
      await setHubSpotToken(draft);
      setToken(await getHubSpotToken());
      setDraft('');
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const forget = async () => {
    await setHubSpotToken(undefined);
    setToken(undefined);
  };

  const push = () => {
    setError(null);
    setReport(null);
    // Asked at the moment of use, inside the click: Tend has no access to HubSpot until the rep agrees.
    void browser.permissions
      .request({ origins: [HUBSPOT_ORIGIN_PATTERN] })
      .then(async (granted) => {
        if (!granted) {
          setError('Not pushed: Tend needs your permission to reach api.hubapi.com.');
          return;
        }
        if (!token) return;
        const { contacts, touches } = await pushCandidates();
        setProgress({ done: 0, total: contacts.length });
        const client = hubspotClient({ fetch: (url, init) => fetch(url, init), token });
        setReport(
          await pushToHubSpot(contacts, touches, client, {
            onContact: setHubspotId,
            onNote: setHubspotNoteId,
            onProgress: (done, total) => setProgress({ done, total }),
          }),
        );
      })
      .catch((caught: unknown) => setError(`The push stopped: ${describeError(caught)}`))
      .finally(() => setProgress(null));
  };

  if (token === null) return null;
  return (
    <section aria-labelledby="crm-heading">
      <h2 id="crm-heading">Push to HubSpot</h2>
      {token ? (
        <>
          <p className="muted">Token saved in this browser (…{token.slice(-4)}). It is not part of backups.</p>
          <div className="actions">
            <button type="button" className="button primary" disabled={progress !== null} onClick={push}>
              Push contacts and touches
            </button>
            <button type="button" className="button" onClick={() => void forget()}>
              Forget the token
            </button>
          </div>
        </>
      ) : (
        <form
          className="form"
          aria-label="HubSpot token"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="hint">
            In HubSpot: Settings → Integrations → Private apps → create one with the scope crm.objects.contacts.write, and paste its access
            token here. Contacts are matched by email; each touch becomes a note.
          </p>
          <label className="field" htmlFor={`${id}-token`}>
            <span>Private-app token</span>
            <input id={`${id}-token`} type="password" autoComplete="off" value={draft} onChange={(event) => setDraft(event.target.value)} />
          </label>
          <button type="submit" className="button">
            Save token
          </button>
        </form>
      )}
      <ErrorLine message={error} />
      {progress ? <progress value={progress.done} max={progress.total} aria-label="Push progress" /> : null}
      {report ? <PushSummary report={report} /> : null}
    </section>
  );
}

function PushSummary({ report }: { report: PushReport }) {
  return (
    <div role="status" className={report.stopped ? 'error' : 'ok'}>
      {report.stopped ? <p>{report.stopped}</p> : null}
      <p>
        {plural(report.contactsPushed, 'contact')} created or updated, {plural(report.notesAdded, 'note')} added
        {report.failed.length ? `, ${report.failed.length} failed` : ''}
        {report.skipped.length ? `, ${report.skipped.length} skipped` : ''}.
      </p>
      {report.failed.length + report.skipped.length > 0 ? (
        <ul aria-label="Not pushed">
          {[...report.failed, ...report.skipped].map((entry) => (
            <li key={`${entry.name}-${entry.reason}`}>
              {entry.name}: {entry.reason}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
