import { addDays } from 'date-fns';
import { useId, useState } from 'react';
import { format } from '../utils/dates';
import { MORNING_HOUR, morningOf, SNOOZE_LABELS, type SnoozeChoice, snoozeUntil } from '../utils/nurture/snooze';
import './SnoozeControls.css';

/** Snooze for a day, a week, or until a date the rep picks (that day, 09:00). */
export function SnoozeControls({ label, onSnooze }: { label: string; onSnooze: (until: number) => void }) {
  const id = useId();
  const [picking, setPicking] = useState(false);
  const [date, setDate] = useState(() => format(addDays(Date.now(), 3), 'yyyy-MM-dd'));
  const [error, setError] = useState<string | null>(null);

  const pick = () => {
    const until = morningOf(date);
    if (until === null || until <= Date.now()) {
      setError('Pick a day after today.');
      return;
    }
    setPicking(false);
    onSnooze(until);
  };

  return (
    <fieldset className="snooze">
      <legend className="visually-hidden">Snooze {label}</legend>
      {(Object.keys(SNOOZE_LABELS) as SnoozeChoice[]).map((choice) => (
        <button key={choice} type="button" className="button small" onClick={() => onSnooze(snoozeUntil(choice, Date.now()))}>
          Snooze {SNOOZE_LABELS[choice]}
        </button>
      ))}
      {picking ? (
        <span className="inline-pick">
          <label className="visually-hidden" htmlFor={`${id}-date`}>
            Snooze {label} until (from {MORNING_HOUR}:00)
          </label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            min={format(addDays(Date.now(), 1), 'yyyy-MM-dd')}
            onChange={(event) => setDate(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') pick();
              if (event.key === 'Escape') setPicking(false);
            }}
          />
          <button type="button" className="button small" onClick={pick}>
            Snooze until then
          </button>
          {error ? (
            <span className="error" role="alert">
              {error}
            </span>
          ) : null}
        </span>
      ) : (
        <button type="button" className="button small" onClick={() => setPicking(true)}>
          Until…
        </button>
      )}
    </fieldset>
  );
}
