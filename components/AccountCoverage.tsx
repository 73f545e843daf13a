import type { Contact } from '../utils/model/contact';
import { accountCoverage, SENIORITIES, type Seniority } from '../utils/nurture/coverage';
import { PersonRow } from './PersonRow';
import { hrefOf } from './router';
import './AccountCoverage.css';

const LEVEL_LABELS: Record<Seniority, string> = {
  executive: 'Executive',
  management: 'Management',
  staff: 'Staff',
  unknown: 'Title unknown',
};

/** The people kept at an account by seniority with their roles, and the gaps in the buyer network named. */
export function AccountCoverage({ name, people }: { name: string; people: Contact[] }) {
  const coverage = accountCoverage(name, people);
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
      <ul className="rows" aria-label={`People at ${name}`}>
        {SENIORITIES.filter((level) => coverage.bySeniority[level].length > 0).map((level) => (
          <li key={level}>
            <h3 className="level-heading">{LEVEL_LABELS[level]}</h3>
            <ul className="rows" aria-label={`${LEVEL_LABELS[level]} at ${name}`}>
              {coverage.bySeniority[level].map((person) => (
                <PersonRow key={person.id} person={person} href={hrefOf({ name: 'contact', id: person.id })} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
