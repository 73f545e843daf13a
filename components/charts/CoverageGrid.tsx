import type { Coverage } from '../../utils/insights/metrics';
import { ROLES } from '../../utils/model/vocabulary';
import { ROLE_LABELS } from '../labels';
import './charts.css';

// Buyer-network roles kept per account as a grid: a filled cell per role covered, the gaps named.

const FIRST = 50;

export function CoverageGrid({ coverage }: { coverage: Coverage[] }) {
  const shown = coverage.slice(0, FIRST);
  return (
    <figure className="chart">
      <figcaption>Buyer-network roles per account</figcaption>
      {coverage.length === 0 ? (
        <p className="muted">No account has contacts yet.</p>
      ) : (
        <table className="coverage">
          <thead>
            <tr>
              <th scope="col">Account</th>
              {ROLES.map((role) => (
                <th key={role} scope="col" title={ROLE_LABELS[role]}>
                  <abbr title={ROLE_LABELS[role]}>{ROLE_LABELS[role].slice(0, 3)}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.account.id}>
                <th scope="row">
                  {row.account.name}
                  {row.missing.includes('decision-maker') ? <span className="gap-note">no decision-maker kept</span> : null}
                </th>
                {ROLES.map((role) => (
                  <td
                    key={role}
                    className={row.roles[role] > 0 ? 'covered' : 'gap'}
                    aria-label={`${ROLE_LABELS[role]}: ${row.roles[role]}`}
                  >
                    {row.roles[role] > 0 ? row.roles[role] : ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {coverage.length > FIRST ? (
        <p className="muted">
          The {FIRST} least covered of {coverage.length} accounts; the CSV has all.
        </p>
      ) : null}
    </figure>
  );
}
