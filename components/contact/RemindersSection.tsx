import { addDays } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { type FormEvent, useCallback, useId, useState } from 'react';
import {
  addReminder,
  completeReminder,
  deleteReminder,
  effectiveDueAt,
  remindersOf,
  rescheduleReminder,
  restoreReminder,
  snoozeReminder,
} from '../../storage/reminders';
import { format } from '../../utils/dates';
import type { Reminder } from '../../utils/model/reminder';
import { morningOf } from '../../utils/nurture/snooze';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { SnoozeControls } from '../SnoozeControls';
import { UndoBar } from '../UndoBar';
import '../due-card.css';

const DAY_INPUT = 'yyyy-MM-dd';

/** A contact's explicit reminders: add one, and settle each (done, snooze, reschedule, delete) with undo. */
export function RemindersSection({ contactId, silenced }: { contactId: string; silenced: boolean }) {
  const reminders = useLiveQuery(() => remindersOf(contactId), [contactId]);
  const [adding, setAdding] = useState(false);
  const [undoable, setUndoable] = useState<{ message: string; before: Reminder } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeUndo = useCallback(() => setUndoable(null), []);

  const act = async (message: string, action: () => Promise<Reminder>) => {
    setError(null);
    try {
      setUndoable({ message, before: await action() });
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const undo = async () => {
    if (!undoable) return;
    setUndoable(null);
    await restoreReminder(undoable.before).catch((caught: unknown) => setError(describeError(caught)));
  };

  const pending = reminders?.filter((reminder) => reminder.status !== 'done') ?? [];
  const done = reminders?.filter((reminder) => reminder.status === 'done') ?? [];
  return (
    <section aria-labelledby="reminders-heading">
      <div className="view-head">
        <h2 id="reminders-heading">Reminders</h2>
        {adding ? null : (
          <button type="button" className="button small" onClick={() => setAdding(true)}>
            Add reminder
          </button>
        )}
      </div>
      {silenced ? <p className="hint">Do not contact: reminders stay silent.</p> : null}
      <ErrorLine message={error} />
      {adding ? <ReminderForm contactId={contactId} onDone={() => setAdding(false)} /> : null}
      {reminders && reminders.length === 0 && !adding ? (
        <p className="muted">No reminders. The cadence above still asks for touches.</p>
      ) : null}
      <ul className="reminders" aria-label="Open reminders">
        {pending.map((reminder) => (
          <PendingReminder
            key={reminder.id}
            reminder={reminder}
            onDone={() => void act('Reminder done.', () => completeReminder(reminder.id))}
            onSnooze={(until) => void act('Reminder snoozed.', () => snoozeReminder(reminder.id, until))}
            onReschedule={(dueAt) => void act('Reminder moved.', () => rescheduleReminder(reminder.id, dueAt))}
            onDelete={() => void act('Reminder deleted.', () => deleteReminder(reminder.id))}
          />
        ))}
      </ul>
      {done.length > 0 ? (
        <details>
          <summary>{done.length} done</summary>
          <ul className="reminders" aria-label="Done reminders">
            {done.map((reminder) => (
              <li key={reminder.id} className="reminder done">
                <span>{reminder.note ?? 'Reminder'}</span>
                <span className="muted">done {reminder.doneAt ? format(reminder.doneAt, 'd MMM yyyy') : ''}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {undoable ? <UndoBar message={undoable.message} onUndo={() => void undo()} onClose={closeUndo} /> : null}
    </section>
  );
}

function PendingReminder({
  reminder,
  onDone,
  onSnooze,
  onReschedule,
  onDelete,
}: {
  reminder: Reminder;
  onDone: () => void;
  onSnooze: (until: number) => void;
  onReschedule: (dueAt: number) => void;
  onDelete: () => void;
}) {
  const id = useId();
  const [moving, setMoving] = useState(false);
  const [date, setDate] = useState(() => format(effectiveDueAt(reminder) ?? Date.now(), DAY_INPUT));
  const due = effectiveDueAt(reminder) ?? reminder.dueAt;
  const overdue = due < Date.now();
  return (
    <li className={`reminder${overdue ? ' overdue' : ''}`}>
      <div className="due-head">
        <strong>{reminder.note ?? 'Reminder'}</strong>
        <time dateTime={new Date(due).toISOString()}>
          {reminder.status === 'snoozed' ? 'snoozed until ' : ''}
          {format(due, 'EEE d MMM yyyy, HH:mm')}
        </time>
      </div>
      <div className="actions">
        <button type="button" className="button small" onClick={onDone}>
          Done
        </button>
        <SnoozeControls label={reminder.note ?? 'reminder'} onSnooze={onSnooze} />
        {moving ? (
          <span className="inline-pick">
            <label className="visually-hidden" htmlFor={`${id}-date`}>
              New date
            </label>
            <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
            <button
              type="button"
              className="button small"
              onClick={() => {
                const at = morningOf(date);
                if (at !== null) onReschedule(at);
                setMoving(false);
              }}
            >
              Move
            </button>
          </span>
        ) : (
          <button type="button" className="button small" onClick={() => setMoving(true)}>
            Reschedule
          </button>
        )}
        <button type="button" className="link danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}

function ReminderForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const id = useId();
  const [date, setDate] = useState(() => format(addDays(Date.now(), 7), DAY_INPUT));
  const [time, setTime] = useState('09:00');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = new Date(`${date}T${time || '09:00'}`).getTime();
    if (Number.isNaN(dueAt)) {
      setError('Not saved. Pick a date.');
      return;
    }
    try {
      await addReminder({ contactId, dueAt, note: note.trim() || undefined });
      onDone();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <form className="form" aria-label="Add a reminder" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onDone()}>
      <ErrorLine message={error} />
      <label className="field" htmlFor={`${id}-note`}>
        <span>What</span>
        <input
          id={`${id}-note`}
          // biome-ignore lint/a11y/noAutofocus: the form opens on the rep's click; the note comes first.
          autoFocus
          value={note}
          onChange={(event) => setNote(event.target.value)}
          placeholder="Send the Q3 report"
        />
      </label>
      <div className="pair">
        <label className="field" htmlFor={`${id}-date`}>
          <span>Day</span>
          <input id={`${id}-date`} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <label className="field" htmlFor={`${id}-time`}>
          <span>Time</span>
          <input id={`${id}-time`} type="time" value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="button primary">
          Add reminder
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
