import { EmptyState } from './EmptyState';
import { hrefOf } from './router';

/** Shown where a contact was asked for by id but no longer exists (deleted, or a backup restored). */
export function ContactGone() {
  return (
    <EmptyState title="This contact no longer exists">
      <a className="button" href={hrefOf({ name: 'contacts', query: '' })}>
        Back to contacts
      </a>
    </EmptyState>
  );
}
