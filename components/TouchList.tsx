import { format } from '../utils/dates';
import type { Touch } from '../utils/model/touch';
import { DIRECTION_LABELS, TOUCH_LABELS } from './labels';
import './TouchList.css';

export function TouchList({ touches, onDelete }: { touches: Touch[]; onDelete: (touch: Touch) => void }) {
  return (
    <ol className="touches" aria-label="Touches">
      {touches.map((touch) => {
        const attempt = touch.direction === 'out' && !touch.answered;
        return (
          <li key={touch.id} className="touch">
            <div className="touch-head">
              <strong>{TOUCH_LABELS[touch.type]}</strong>
              <span className="muted">
                {DIRECTION_LABELS[touch.direction]}
                {attempt ? ' · attempt, no answer' : ''}
              </span>
              <time dateTime={new Date(touch.at).toISOString()}>{format(touch.at, 'd MMM yyyy, HH:mm')}</time>
            </div>
            {touch.summary ? <p className="touch-summary">{touch.summary}</p> : null}
            {touch.outcome ? <p className="muted">Outcome: {touch.outcome}</p> : null}
            <div className="actions">
              {touch.source.url ? (
                <a href={touch.source.url} target="_blank" rel="noreferrer noopener">
                  Open source
                </a>
              ) : null}
              <button
                type="button"
                className="link danger"
                onClick={() => onDelete(touch)}
                aria-label={`Delete ${TOUCH_LABELS[touch.type]} touch`}
              >
                Delete
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
