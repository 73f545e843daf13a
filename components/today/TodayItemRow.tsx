import { memo, Suspense, useState } from 'react';
import { snoozeContact } from '../../storage/due';
import { completeReminder, logTouchAndComplete, restoreReminder, snoozeReminder } from '../../storage/reminders';
import { logTouch } from '../../storage/touches';
import type { TodayItem } from '../../utils/nurture/today';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { lazyView } from '../lazy-view';
import { hrefOf } from '../router';
import { SnoozeControls } from '../SnoozeControls';
import { StageBadge } from '../StageBadge';
import '../due-card.css';

// The touch form loads when the rep first opens it (or points at the button), not with Today.
const TouchForm = lazyView(() => import('../TouchForm').then((module) => module.TouchForm));

export interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

/**
 * One thing due: who, why, and the actions that settle it in place. Memoised: when Today's counts
 * arrive, or the undo bar comes and goes, the rows already shown are not rendered again.
 */
export const TodayItemRow = memo(function TodayItemRow({
  item,
  onUndoable,
}: {
  item: TodayItem;
  onUndoable: (undoable: Undoable) => void;
}) {
  const [logging, setLogging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { contact } = item;

  const run = async (action: () => Promise<Undoable | undefined>) => {
    setError(null);
    try {
      const undoable = await action();
      if (undoable) onUndoable(undoable);
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  const snooze = (until: number) =>
    run(async () => {
      if (item.kind === 'reminder') {
        const before = await snoozeReminder(item.reminder.id, until);
        return { message: `Reminder for ${contact.fullName} snoozed.`, undo: () => restoreReminder(before) };
      }
      const before = await snoozeContact(contact.id, until);
      return {
        message: `${contact.fullName} snoozed.`,
        undo: async () => {
          await snoozeContact(contact.id, before !== undefined && before > Date.now() ? before : undefined);
        },
      };
    });

  const done = () =>
    run(async () => {
      if (item.kind !== 'reminder') return undefined;
      const before = await completeReminder(item.reminder.id);
      return { message: `Reminder for ${contact.fullName} done.`, undo: () => restoreReminder(before) };
    });

  return (
    <li className={`due-item due-${item.bucket}`}>
      <div className="due-head">
        <a href={hrefOf({ name: 'contact', id: contact.id })} className="row-title">
          {contact.fullName}
        </a>
        <StageBadge stage={contact.stage} />
      </div>
      <p className="due-reason">{item.reason}</p>
      <ErrorLine message={error} />
      {logging ? (
        <Suspense fallback={null}>
          <TouchForm
            contactId={contact.id}
            onLog={async (touch) => {
              // A touch settles the reminder that asked for it, in the same transaction.
              if (item.kind === 'reminder') await logTouchAndComplete(item.reminder.id, touch);
              else await logTouch(touch);
            }}
            onDone={() => setLogging(false)}
          />
        </Suspense>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button primary small"
            onClick={() => setLogging(true)}
            onPointerEnter={() => void TouchForm.preload()}
            onFocus={() => void TouchForm.preload()}
          >
            Log touch
          </button>
          {item.kind === 'reminder' ? (
            <button type="button" className="button small" onClick={() => void done()}>
              Done
            </button>
          ) : null}
          <SnoozeControls label={contact.fullName} onSnooze={(until) => void snooze(until)} />
        </div>
      )}
    </li>
  );
});
