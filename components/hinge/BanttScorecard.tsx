import { useEffect, useState } from 'react';
import { updateContact } from '../../storage/contacts';
import type { Bantt } from '../../utils/model/contact';
import { BANTT_LEVELS, type BanttLevel } from '../../utils/model/vocabulary';
import { BANTT_LABELS, BANTT_ORDER, banttGaps } from '../../utils/nurture/bantt';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import './BanttScorecard.css';

const LEVEL_LABELS: Record<BanttLevel, string> = { unknown: 'Unknown', weak: 'Weak', partial: 'Partial', confirmed: 'Confirmed' };

/** Budget, Authority, Need, Timing, Trust: each set in one click; the gaps named with their questions. */
export function BanttScorecard({ contactId, bantt: stored }: { contactId: string; bantt: Bantt | undefined }) {
  // Shown at once on a click; the stored value follows a moment later and wins from then on.
  const [bantt, setBantt] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setBantt(stored), [stored]);
  const set = (key: keyof Bantt, level: BanttLevel) => {
    const next: Bantt = {
      budget: 'unknown',
      authority: 'unknown',
      need: 'unknown',
      timing: 'unknown',
      trust: 'unknown',
      ...bantt,
      [key]: level,
    };
    setBantt(next);
    updateContact(contactId, { bantt: next }).catch((caught: unknown) => {
      setBantt(stored);
      setError(describeError(caught));
    });
  };
  const gaps = banttGaps(bantt);
  return (
    <section aria-labelledby="bantt-heading">
      <h2 id="bantt-heading">BANTT</h2>
      <ErrorLine message={error} />
      <table className="bantt">
        <tbody>
          {BANTT_ORDER.map((key) => (
            <tr key={key}>
              <th scope="row">{BANTT_LABELS[key]}</th>
              <td>
                <fieldset className="segmented levels">
                  <legend className="visually-hidden">{BANTT_LABELS[key]}</legend>
                  {BANTT_LEVELS.map((level) => (
                    <label key={level} className={`level level-${level}`}>
                      <input
                        type="radio"
                        name={`bantt-${key}`}
                        checked={(bantt?.[key] ?? 'unknown') === level}
                        onChange={() => set(key, level)}
                      />
                      {LEVEL_LABELS[level]}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {gaps.length === 0 ? (
        <p className="ok">Fully qualified.</p>
      ) : (
        <ul className="gaps" aria-label="Qualification gaps">
          {gaps.map((gap) => (
            <li key={gap.key}>
              <strong>{BANTT_LABELS[gap.key]}</strong> {gap.level}: {gap.question}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
