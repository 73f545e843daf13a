import { useLiveQuery } from 'dexie-react-hooks';
import { contactsAtCompany, getAccount } from '../../storage/accounts';
import { AccountCoverage } from '../AccountCoverage';
import { CrmPull } from '../crm/on-demand';

/** An account (kept, or a company name contacts share): who is kept there and what is missing. */
export function AccountView({ accountId, company }: { accountId?: string | undefined; company?: string | undefined }) {
  const account = useLiveQuery(
    () => (accountId ? getAccount(accountId).then((found) => found ?? null) : Promise.resolve(null)),
    [accountId],
  );
  const name = account?.name ?? company ?? '';
  const people = useLiveQuery(() => contactsAtCompany(name, account?.id), [name, account?.id]);
  if (account === undefined || people === undefined) return null;
  const facts = [account?.industry, account?.size, account?.headquarters].filter(Boolean);
  return (
    <section aria-labelledby="account-title">
      <div className="card">
        <h1 id="account-title">{name || 'Unknown company'}</h1>
        {facts.length > 0 ? <p className="muted">{facts.join(' · ')}</p> : null}
        {account?.website ? (
          <a href={account.website} target="_blank" rel="noreferrer noopener">
            {account.domain ?? account.website}
          </a>
        ) : null}
      </div>
      <AccountCoverage name={name} people={people} />
      {name ? <CrmPull target={{ name, accountId: account?.id, companyUrl: account?.linkedinUrl, domain: account?.domain }} /> : null}
    </section>
  );
}
