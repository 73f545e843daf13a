import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { clipsOf, deleteClip, restoreClip, shareClip } from '../../storage/clips';
import { format } from '../../utils/dates';
import type { Clip } from '../../utils/model/clip';
import { clipCurrentTab } from '../clip/usePendingClip';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { UndoBar } from '../UndoBar';
import './ClipsSection.css';

/** Articles kept on a contact: open, share (logs the touch), delete with undo; clip the current tab. */
export function ClipsSection({ contactId }: { contactId: string }) {
  const clips = useLiveQuery(() => clipsOf(contactId), [contactId]);
  const [removed, setRemoved] = useState<Clip | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeUndo = useCallback(() => setRemoved(null), []);
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((caught: unknown) => setError(describeError(caught)));
  };
  return (
    <section aria-labelledby="clips-heading">
      <div className="view-head">
        <h2 id="clips-heading">Clipped articles</h2>
        <button type="button" className="button small" onClick={() => run(clipCurrentTab)}>
          Clip the current tab
        </button>
      </div>
      <ErrorLine message={error} />
      {clips && clips.length === 0 ? (
        <p className="muted">Nothing clipped yet. Read an article for them, then clip it here or from its right-click menu.</p>
      ) : null}
      <ul className="clips" aria-label="Clipped articles">
        {clips?.map((clip) => (
          <li key={clip.id} className="clip">
            <a href={clip.url} target="_blank" rel="noreferrer noopener">
              {clip.title}
            </a>
            <span className="muted">
              {[clip.siteName, format(clip.clippedAt, 'd MMM yyyy')].filter(Boolean).join(' · ')}
              {clip.sharedAt ? ` · shared ${format(clip.sharedAt, 'd MMM')}` : ''}
            </span>
            {clip.excerpt ? <p>{clip.excerpt}</p> : null}
            <div className="actions">
              {clip.sharedAt ? null : (
                <button type="button" className="button small" onClick={() => run(() => shareClip(clip.id))}>
                  Mark as shared
                </button>
              )}
              <button type="button" className="link danger" onClick={() => run(async () => setRemoved(await deleteClip(clip.id)))}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      {removed ? (
        <UndoBar
          message="Clip deleted."
          onUndo={() => run(async () => restoreClip(removed).then(() => setRemoved(null)))}
          onClose={closeUndo}
        />
      ) : null}
    </section>
  );
}
