import { useLiveQuery } from 'dexie-react-hooks';
import { searchContacts } from '../../storage/contacts';
import { ContactRow } from '../ContactRow';
import { EmptyState } from '../EmptyState';
import { hrefOf } from '../router';

export function TodayView() {
  const recent = useLiveQuery(() => searchContacts('', 5), []);
  return (
    <section aria-labelledby="today-heading">
      <h1 id="today-heading">Today</h1>
      {recent === undefined ? null : recent.length === 0 ? (
        <EmptyState title="Nothing to tend yet">
          <p>Keep people from LinkedIn or Gmail, or add one by hand; who is due for a touch shows up here.</p>
          <a className="button" href={hrefOf({ name: 'new-contact' })}>
            Add a contact
          </a>
        </EmptyState>
      ) : (
        <>
          <h2>Recently changed</h2>
          <ul className="rows">
            {recent.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
