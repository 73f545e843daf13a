import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { countContacts, searchContacts } from '../../storage/contacts';
import { ContactRow } from '../ContactRow';
import { EmptyState } from '../EmptyState';
import { hrefOf, navigate } from '../router';

export function ContactsView({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const results = useLiveQuery(() => searchContacts(text), [text]);
  const total = useLiveQuery(() => countContacts(), []);

  useEffect(() => input.current?.focus(), []);

  // "/" focuses the search box, as in most web apps, when focus is not already in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && document.activeElement !== input.current && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onChange = (value: string) => {
    setText(value);
    navigate({ name: 'contacts', query: value }, { replace: true });
  };

  return (
    <section aria-labelledby="contacts-heading">
      <div className="view-head">
        <h1 id="contacts-heading">Contacts</h1>
        <a className="button primary" href={hrefOf({ name: 'new-contact' })}>
          New contact
        </a>
      </div>
      <input
        ref={input}
        type="search"
        className="search"
        placeholder="Search name, company, title, email, tag"
        aria-label="Search contacts"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          const first = results?.[0];
          if (event.key === 'Enter' && first) navigate({ name: 'contact', id: first.id });
        }}
      />
      {results === undefined ? null : total === 0 ? (
        <EmptyState title="No contacts yet">
          <p>Open a LinkedIn profile or a Gmail thread to capture people, or add one by hand.</p>
          <a className="button" href={hrefOf({ name: 'new-contact' })}>
            Add a contact
          </a>
        </EmptyState>
      ) : results.length === 0 ? (
        <EmptyState title={`No contact matches “${text}”`} />
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {text ? `${results.length} found` : `${total} contacts`}
          </p>
          <ul className="rows" aria-label="Contacts">
            {results.map((contact) => (
              <ContactRow key={contact.id} contact={contact} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
