import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { contactsAtCompany, findAccount, upsertAccount } from '../../storage/accounts';
import type { CompanyCapture } from '../../utils/model/capture';
import { AccountCoverage } from '../AccountCoverage';
import { CrmPull } from '../crm/on-demand';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { CaptureNotes } from './CaptureNotes';

export function CompanyOnPage({ capture }: { capture: CompanyCapture }) {
  const account = useLiveQuery(
    () => findAccount({ companyUrl: capture.companyUrl, name: capture.name }).then((found) => found ?? null),
    [capture],
  );
  const people = useLiveQuery(() => contactsAtCompany(capture.name, account?.id), [capture.name, account?.id]);
  const [error, setError] = useState<string | null>(null);
  if (account === undefined) return null;
  const facts = [capture.industry, capture.size, capture.headquarters].filter(Boolean);
  return (
    <section aria-labelledby="company-heading">
      <div className="card">
        <div className="view-head">
          <h1 id="company-heading">{capture.name}</h1>
          <span className="badge">{account ? 'Account' : 'Not kept'}</span>
        </div>
        {facts.length > 0 ? <p className="muted">{facts.join(' · ')}</p> : null}
        <CaptureNotes capture={capture} />
        {capture.website ? (
          <a href={capture.website} target="_blank" rel="noreferrer noopener">
            {capture.domain ?? capture.website}
          </a>
        ) : null}
        <ErrorLine message={error} />
        <div className="actions">
          <button
            type="button"
            className="button primary"
            onClick={() => upsertAccount(capture).catch((caught: unknown) => setError(describeError(caught)))}
          >
            {account ? 'Update account' : 'Keep account'}
          </button>
        </div>
      </div>
      {account ? (
        <CrmPull target={{ name: account.name, accountId: account.id, companyUrl: account.linkedinUrl, domain: account.domain }} />
      ) : null}
      {people === undefined ? null : people.length === 0 ? (
        <EmptyState title={`No one kept at ${capture.name} yet`}>
          <p>Open their profiles to keep them.</p>
        </EmptyState>
      ) : (
        <AccountCoverage name={capture.name} people={people} />
      )}
    </section>
  );
}
