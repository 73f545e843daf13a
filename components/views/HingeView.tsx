import { differenceInCalendarMonths } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadHinge } from '../../storage/hinge';
import { format } from '../../utils/dates';
import type { CallPlan } from '../../utils/model/call-plan';
import type { Contact } from '../../utils/model/contact';
import { banttGaps } from '../../utils/nurture/bantt';
import { latestJobChange } from '../../utils/nurture/hinges';
import { plural } from '../../utils/plural';
import { ContactGone } from '../ContactGone';
import { BanttScorecard } from '../hinge/BanttScorecard';
import { CallPlanner } from '../hinge/CallPlanner';
import { TOUCH_LABELS } from '../labels';
import { PersonRow } from '../PersonRow';
import { hrefOf } from '../router';
import { StageBadge } from '../StageBadge';
import { useNow } from '../useNow';
import './HingeView.css';

/** Before a call, one screen: who they are now, what changed, who else is there, what was said, the hinges, BANTT, the plan. */
export function HingeView({ id }: { id: string }) {
  const now = useNow();
  const data = useLiveQuery(() => loadHinge(id, now), [id, now]);
  const [planning, setPlanning] = useState<CallPlan | 'new' | null>(null);
  if (data === undefined) return null;
  if (data === null) {
    return <ContactGone />;
  }
  const { contact, account, colleagues, touches, reminders, clips, hinges, plans } = data;
  const change = latestJobChange(contact.employment);
  return (
    <section aria-labelledby="hinge-heading" className="hinge">
      <div className="view-head">
        <h1 id="hinge-heading">{contact.fullName}</h1>
        <StageBadge stage={contact.stage} />
      </div>
      <WhoNow contact={contact} now={now} />
      <p>
        <a href={hrefOf({ name: 'contact', id: contact.id })}>Contact card</a>
      </p>

      <section aria-labelledby="hinges-heading">
        <h2 id="hinges-heading">Hinges</h2>
        <ol className="hinges" aria-label="Hinges, strongest first">
          {hinges.map((hinge) => (
            <li key={`${hinge.kind}-${hinge.title}`}>
              <strong>{hinge.title}</strong>
              <span className="muted"> {hinge.evidence}</span>
            </li>
          ))}
        </ol>
        {planning ? null : (
          <button type="button" className="button primary" onClick={() => setPlanning('new')}>
            Plan a call
          </button>
        )}
      </section>
      {planning ? (
        <CallPlanner
          key={planning === 'new' ? 'new' : planning.id}
          contactId={contact.id}
          hinges={hinges}
          gapQuestions={banttGaps(contact.bantt).map((gap) => gap.question)}
          plan={planning === 'new' ? undefined : planning}
          onClose={() => setPlanning(null)}
        />
      ) : null}

      {change ? (
        <section aria-labelledby="changed-heading">
          <h2 id="changed-heading">What changed</h2>
          <p>
            {[change.from.title, change.from.company].filter(Boolean).join(' at ')} →{' '}
            {[change.to.title, change.to.company].filter(Boolean).join(' at ')}{' '}
            <span className="muted">(seen {format(change.to.observedAt, 'd MMM yyyy')})</span>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="account-heading">
        <h2 id="account-heading">
          {account || contact.companyName ? (
            <a href={hrefOf({ name: 'account', id: account?.id, company: account ? undefined : contact.companyName })}>
              {account?.name ?? contact.companyName}
            </a>
          ) : (
            'Their company'
          )}
        </h2>
        {colleagues.length === 0 ? (
          <p className="muted">Nobody else kept there yet.</p>
        ) : (
          <ul className="rows" aria-label="Others kept there">
            {colleagues.map((person) => (
              <PersonRow key={person.id} person={person} href={hrefOf({ name: 'hinge', id: person.id })} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="said-heading">
        <h2 id="said-heading">Last touches</h2>
        {touches.length === 0 ? <p className="muted">No touch yet.</p> : null}
        <ul aria-label="Last touches">
          {touches.slice(0, 5).map((touch) => (
            <li key={touch.id}>
              {format(touch.at, 'd MMM yyyy')} · {TOUCH_LABELS[touch.type]}
              {touch.summary ? `: ${touch.summary}` : ''}
              {touch.outcome ? <span className="muted"> ({touch.outcome})</span> : null}
            </li>
          ))}
        </ul>
      </section>

      {reminders.length > 0 ? (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">Open reminders</h2>
          <ul aria-label="Open reminders">
            {reminders.map((reminder) => (
              <li key={reminder.id}>
                {format(reminder.snoozedUntil ?? reminder.dueAt, 'd MMM yyyy')}: {reminder.note ?? 'Reminder'}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {clips.length > 0 ? (
        <section aria-labelledby="clips-heading">
          <h2 id="clips-heading">Clipped articles</h2>
          <ul aria-label="Clipped articles">
            {clips.map((clip) => (
              <li key={clip.id}>
                <a href={clip.url} target="_blank" rel="noreferrer noopener">
                  {clip.title}
                </a>
                <span className="muted"> {clip.sharedAt ? 'shared' : 'not shared yet'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <BanttScorecard contactId={contact.id} bantt={contact.bantt} />

      {plans.length > 0 ? (
        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading">Call plans</h2>
          <ul className="rows" aria-label="Call plans">
            {plans.map((plan) => (
              <li key={plan.id} className="plan">
                <span>
                  {format(plan.updatedAt, 'd MMM yyyy')} · {plan.objective ?? 'Call'} ·{' '}
                  {plan.status === 'done' ? `done: ${plan.outcome ?? ''}` : 'draft'}
                </span>
                <button type="button" className="link" onClick={() => setPlanning(plan)}>
                  {plan.status === 'done' ? 'View' : 'Reopen'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function WhoNow({ contact, now }: { contact: Contact; now: number }) {
  const current = [...contact.employment].sort((a, b) => b.observedAt - a.observedAt)[0];
  const months = current ? differenceInCalendarMonths(now, current.observedAt) : null;
  const tenure = current?.start ? `since ${current.start}` : months !== null ? `seen there for ${plural(months, 'month')}` : null;
  return (
    <div className="card">
      {contact.headline ? <p className="headline">{contact.headline}</p> : null}
      <p>
        {[contact.title, contact.companyName].filter(Boolean).join(' at ') || 'No current role known'}
        {tenure ? <span className="muted"> · {tenure}</span> : null}
      </p>
      {contact.location ? <p className="muted">{contact.location}</p> : null}
    </div>
  );
}
