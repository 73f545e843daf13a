import { useLiveQuery } from 'dexie-react-hooks';
import { stageHistory } from '../../storage/contacts';
import { format } from '../../utils/dates';
import { STAGE_LABELS } from '../labels';
import './StageHistory.css';

/** Every stage the contact went through, newest first, with the reason given. */
export function StageHistory({ contactId }: { contactId: string }) {
  const events = useLiveQuery(() => stageHistory(contactId), [contactId]);
  if (!events || events.length === 0) return null;
  return (
    <details className="stage-history">
      <summary>Stage history ({events.length})</summary>
      <ol aria-label="Stage history">
        {[...events].reverse().map((event) => (
          <li key={event.id}>
            <time dateTime={new Date(event.at).toISOString()}>{format(event.at, 'd MMM yyyy')}</time>{' '}
            {event.from ? `${STAGE_LABELS[event.from]} → ` : ''}
            <strong>{STAGE_LABELS[event.to]}</strong>
            {event.reason ? <span className="muted"> · {event.reason}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
