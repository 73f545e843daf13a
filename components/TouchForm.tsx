import { type FormEvent, useId, useRef, useState } from 'react';
import { format } from '../utils/dates';
import type { TouchInput } from '../utils/model/touch';
import { DIRECTIONS, type Direction, TOUCH_TYPES, type TouchType } from '../utils/model/vocabulary';
import { ErrorLine } from './ErrorLine';
import { describeError } from './errors';
import { DIRECTION_LABELS, TOUCH_LABELS } from './labels';
import './TouchForm.css';

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** Log a touch in a few keystrokes: type, direction and date are preset, Enter saves. */
export function TouchForm({
  contactId,
  onLog,
  onDone,
}: {
  contactId: string;
  onLog: (touch: TouchInput) => Promise<void>;
  onDone: () => void;
}) {
  const id = useId();
  const [type, setType] = useState<TouchType>('email');
  const [direction, setDirection] = useState<Direction>('out');
  const [when, setWhen] = useState(() => format(new Date(), LOCAL_INPUT));
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [answered, setAnswered] = useState(true);
  const [error, setError] = useState<string | null>(null);

  // One touch per save, however the save was asked for: Firefox also submits the form on
  // Ctrl+Enter in a field, which once logged the touch twice.
  const saving = useRef(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving.current) return;
    const at = new Date(when).getTime();
    if (Number.isNaN(at)) {
      setError('Not saved. Pick a date and time.');
      return;
    }
    saving.current = true;
    try {
      await onLog({
        contactId,
        type,
        direction,
        at,
        summary: summary.trim() || undefined,
        outcome: outcome.trim() || undefined,
        answered: direction === 'in' || answered,
      });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      saving.current = false;
    }
  };

  return (
    <form
      className="form touch-form"
      aria-label="Log a touch"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      <ErrorLine message={error} />
      <div className="pair">
        <label className="field" htmlFor={`${id}-type`}>
          <span>Type</span>
          {/* biome-ignore lint/a11y/noAutofocus: the form opens on a keystroke; the type is chosen first. */}
          <select id={`${id}-type`} autoFocus value={type} onChange={(event) => setType(event.target.value as TouchType)}>
            {TOUCH_TYPES.map((value) => (
              <option key={value} value={value}>
                {TOUCH_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-when`}>
          <span>When</span>
          <input id={`${id}-when`} type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} />
        </label>
      </div>
      <fieldset className="segmented">
        <legend>Direction</legend>
        {DIRECTIONS.map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-direction`} value={value} checked={direction === value} onChange={() => setDirection(value)} />
            {DIRECTION_LABELS[value]}
          </label>
        ))}
      </fieldset>
      {direction === 'out' ? (
        <label className="check">
          <input type="checkbox" checked={answered} onChange={(event) => setAnswered(event.target.checked)} />
          They answered (unticked: an attempt with no answer)
        </label>
      ) : null}
      <label className="field" htmlFor={`${id}-summary`}>
        <span>Summary</span>
        <input id={`${id}-summary`} value={summary} onChange={(event) => setSummary(event.target.value)} placeholder="What was it about?" />
      </label>
      <label className="field" htmlFor={`${id}-outcome`}>
        <span>Outcome</span>
        <input id={`${id}-outcome`} value={outcome} onChange={(event) => setOutcome(event.target.value)} placeholder="What came of it?" />
      </label>
      <div className="actions">
        <button type="submit" className="button primary">
          Log touch
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
