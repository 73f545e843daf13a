import { addDays } from 'date-fns';
import { useId, useState } from 'react';
import { type CallFinish, finishCall } from '../../storage/call-plans';
import { format } from '../../utils/dates';
import type { CallPlan } from '../../utils/model/call-plan';
import { morningOf } from '../../utils/nurture/snooze';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import './FinishCall.css';

/** After the call: its outcome, the touch it was, and the next reminder, written together. */
export function FinishCall({ planId, nextStep, onDone }: { planId: string; nextStep: string; onDone: (plan: CallPlan) => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState('');
  const [touchType, setTouchType] = useState<CallFinish['touchType']>('call');
  const [answered, setAnswered] = useState(true);
  const [remind, setRemind] = useState(format(addDays(Date.now(), 7), 'yyyy-MM-dd'));
  const [note, setNote] = useState(nextStep);
  const [error, setError] = useState<string | null>(null);
  const finish = async () => {
    setError(null);
    try {
      const dueAt = morningOf(remind);
      const { plan } = await finishCall(planId, {
        outcome,
        touchType,
        answered,
        at: Date.now(),
        nextReminder: dueAt === null ? undefined : { dueAt, note },
      });
      onDone(plan);
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  return (
    <fieldset className="finish">
      <legend>After the call</legend>
      <ErrorLine message={error} />
      <label className="field" htmlFor={`${id}-outcome`}>
        <span>Outcome</span>
        <textarea id={`${id}-outcome`} value={outcome} onChange={(event) => setOutcome(event.target.value)} rows={2} />
      </label>
      <div className="pair">
        <label className="field" htmlFor={`${id}-type`}>
          <span>It was a</span>
          <select id={`${id}-type`} value={touchType} onChange={(event) => setTouchType(event.target.value as CallFinish['touchType'])}>
            <option value="call">Call</option>
            <option value="meeting">Meeting</option>
            <option value="drop-in">Drop-in</option>
            <option value="other">Other</option>
          </select>
        </label>
        <label className="field" htmlFor={`${id}-remind`}>
          <span>Next reminder</span>
          <input id={`${id}-remind`} type="date" value={remind} onChange={(event) => setRemind(event.target.value)} />
        </label>
      </div>
      <label className="check">
        <input type="checkbox" checked={answered} onChange={(event) => setAnswered(event.target.checked)} />
        We spoke (unticked: no answer, an attempt)
      </label>
      <label className="field" htmlFor={`${id}-note`}>
        <span>Reminder note</span>
        <input id={`${id}-note`} value={note} onChange={(event) => setNote(event.target.value)} />
      </label>
      <button type="button" className="button primary" onClick={() => void finish()}>
        Log the call and set the reminder
      </button>
    </fieldset>
  );
}
