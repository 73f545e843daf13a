import type { Contact } from '../utils/model/contact';
import type { CrmConnection } from '../utils/model/crm';
import { accountCoverage, SENIORITIES, type Seniority } from '../utils/nurture/coverage';
import { teamCoverage } from '../utils/nurture/team-coverage';
import { ownerWords } from './crm/owner-words';
import { useCrmConnections } from './crm/useCrmConnections';
import { ROLE_LABELS } from './labels';
import { PersonRow } from './PersonRow';
import { hrefOf } from './router';
import './AccountCoverage.css';

const LEVEL_LABELS: Record<Seniority, string> = {
  executive: 'Executive',
  management: 'Management',
  staff: 'Staff',
  unknown: 'Title unknown',
};

/** Who covers a person on the seller's side, in words: the CRM's owner, or the rep. */
function coveredByWords(crmOwner: string | undefined, me: CrmConnection['me']): string {
  return crmOwner ? ownerWords(crmOwner, me) : 'kept by you';
}

/**
 * The people kept at an account by seniority with their roles, the gaps in the buyer network named,
 * and each role with who on the seller's side covers it (the CRM's owner, or the rep).
 */
export function AccountCoverage({ name, people }: { name: string; people: Contact[] }) {
  const coverage = accountCoverage(name, people);
  const roles = teamCoverage(people);
  const me = useCrmConnections()?.find((connection) => connection.me)?.me;
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">People you know at {name}</h2>
      {coverage.gaps.length > 0 ? (
        <ul className="gap-list" aria-label={`Gaps at ${name}`}>
          {coverage.gaps.map((gap) => (
            <li key={gap}>{gap}</li>
          ))}
        </ul>
      ) : (
        <p className="ok">Decision-maker, influencer, access and an executive: all kept.</p>
      )}
      {roles.length > 0 ? (
        <ul className="role-coverage" aria-label={`Who covers each role at ${name}`}>
          {roles.map(({ role, people: covered }) => (
            <li key={role}>
              <strong>{ROLE_LABELS[role]}:</strong>{' '}
              {covered.map(({ person }) => `${person.fullName}, ${coveredByWords(person.crmOwner, me)}`).join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
      <ul className="rows" aria-label={`People at ${name}`}>
        {SENIORITIES.filter((level) => coverage.bySeniority[level].length > 0).map((level) => (
          <li key={level}>
            <h3 className="level-heading">{LEVEL_LABELS[level]}</h3>
            <ul className="rows" aria-label={`${LEVEL_LABELS[level]} at ${name}`}>
              {coverage.bySeniority[level].map((person) => (
                <PersonRow
                  key={person.id}
                  person={person}
                  href={hrefOf({ name: 'contact', id: person.id })}
                  extra={person.crmOwner ? ownerWords(person.crmOwner, me) : undefined}
                />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
