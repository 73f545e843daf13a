import { type FormEvent, useId, useState } from 'react';
import { saveCallPlan } from '../../storage/call-plans';
import type { CallPlan, Objection } from '../../utils/model/call-plan';
import type { Hinge } from '../../utils/nurture/hinges';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { StatusLine } from '../StatusLine';
import { FinishCall } from './FinishCall';
import './CallPlanner.css';

const MOVES = ['acknowledge', 'question', 'position', 'check'] as const;
const MOVE_LABELS: Record<(typeof MOVES)[number], string> = {
  acknowledge: 'Acknowledge',
  question: 'Question',
  position: 'Position',
  check: 'Check',
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const said = (hinge: Hinge) => `${hinge.title}: ${hinge.evidence}`;

/** Plan a call (objective, hinge, opening, questions, objections with answers, next step), then finish it. */
export function CallPlanner({
  contactId,
  hinges,
  gapQuestions,
  plan,
  onClose,
}: {
  contactId: string;
  hinges: Hinge[];
  gapQuestions: string[];
  plan?: CallPlan | undefined;
  onClose: () => void;
}) {
  const id = useId();
  const [saved, setSaved] = useState<CallPlan | undefined>(plan);
  const [objective, setObjective] = useState(plan?.objective ?? '');
  const [hinge, setHinge] = useState(plan?.hinge ?? (hinges[0] ? said(hinges[0]) : ''));
  const [opening, setOpening] = useState(plan?.opening ?? '');
  const [questions, setQuestions] = useState((plan?.questions ?? gapQuestions).join('\n'));
  const [objections, setObjections] = useState<Objection[]>(plan?.objections ?? []);
  const [nextStep, setNextStep] = useState(plan?.nextStep ?? '');
  const [finishing, setFinishing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    setError(null);
    try {
      const next = await saveCallPlan(
        {
          contactId,
          objective,
          hinge,
          opening,
          questions: lines(questions),
          objections: objections.filter((item) => item.objection.trim()),
          nextStep,
        },
        saved?.id,
      );
      setSaved(next);
      setMessage('Plan saved.');
      return next;
    } catch (caught) {
      setError(describeError(caught));
      return undefined;
    }
  };
  const setObjection = (index: number, patch: Partial<Objection>) =>
    setObjections(objections.map((item, at) => (at === index ? { ...item, ...patch } : item)));

  if (saved?.status === 'done') {
    return (
      <section className="card" aria-label="Finished call">
        <p className="ok" role="status">
          Call logged: {saved.outcome}
        </p>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </section>
    );
  }

  return (
    <form
      className="form planner"
      aria-label="Call plan"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>Call plan</h2>
      <ErrorLine message={error} />
      <label className="field" htmlFor={`${id}-objective`}>
        <span>Objective</span>
        <input
          id={`${id}-objective`}
          value={objective}
          onChange={(event) => setObjective(event.target.value)}
          placeholder="What should this call achieve?"
        />
      </label>
      <label className="field" htmlFor={`${id}-hinge`}>
        <span>Hinge</span>
        <select
          id={`${id}-hinge`}
          value={hinges.some((one) => said(one) === hinge) ? hinge : ''}
          onChange={(event) => setHinge(event.target.value)}
        >
          <option value="">In my own words</option>
          {hinges.map((one) => (
            <option key={said(one)} value={said(one)}>
              {one.title}
            </option>
          ))}
        </select>
      </label>
      <textarea aria-label="The hinge in your words" value={hinge} onChange={(event) => setHinge(event.target.value)} rows={2} />
      <label className="field" htmlFor={`${id}-opening`}>
        <span>Opening</span>
        <textarea
          id={`${id}-opening`}
          value={opening}
          onChange={(event) => setOpening(event.target.value)}
          rows={2}
          placeholder="The first sentence, built on the hinge"
        />
      </label>
      <label className="field" htmlFor={`${id}-questions`}>
        <span>Questions, one per line</span>
        <textarea id={`${id}-questions`} value={questions} onChange={(event) => setQuestions(event.target.value)} rows={4} />
      </label>
      <fieldset>
        <legend>Expected objections</legend>
        {objections.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: objections are edited in place and have no identity of their own.
          <div key={index} className="objection">
            <input
              aria-label={`Objection ${index + 1}`}
              value={item.objection}
              onChange={(event) => setObjection(index, { objection: event.target.value })}
              placeholder="“We have no budget this year”"
            />
            {MOVES.map((move) => (
              <input
                key={move}
                aria-label={`Objection ${index + 1}: ${MOVE_LABELS[move]}`}
                value={item[move] ?? ''}
                onChange={(event) => setObjection(index, { [move]: event.target.value })}
                placeholder={MOVE_LABELS[move]}
              />
            ))}
          </div>
        ))}
        <button type="button" className="button small" onClick={() => setObjections([...objections, { objection: '' }])}>
          Add an objection
        </button>
      </fieldset>
      <label className="field" htmlFor={`${id}-next`}>
        <span>Next step to agree</span>
        <input id={`${id}-next`} value={nextStep} onChange={(event) => setNextStep(event.target.value)} />
      </label>
      <StatusLine message={message} />
      <div className="actions">
        <button type="submit" className="button">
          Save plan
        </button>
        <button type="button" className="button primary" onClick={() => void save().then((next) => next && setFinishing(true))}>
          Finish the call…
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {finishing && saved ? <FinishCall planId={saved.id} nextStep={nextStep} onDone={setSaved} /> : null}
    </form>
  );
}
