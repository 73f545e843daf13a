import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState } from 'react';
import { getContact } from '../../storage/contact-reads';
import { createContact, updateContact } from '../../storage/contacts';
import { deleteTouch, logTouch, restoreTouch, touchesOf } from '../../storage/touches';
import type { Touch } from '../../utils/model/touch';
import { ContactForm, type ContactFormValues } from '../ContactForm';
import { ContactGone } from '../ContactGone';
import { CadenceLine } from '../contact/CadenceLine';
import { ClipsSection } from '../contact/ClipsSection';
import { RemindersSection } from '../contact/RemindersSection';
import { StageHistory } from '../contact/StageHistory';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { ROLE_LABELS, SOURCE_LABELS } from '../labels';
import { useLogRequest } from '../log-request';
import { hrefOf, navigate } from '../router';
import { StageBadge } from '../StageBadge';
import { TouchForm } from '../TouchForm';
import { TouchList } from '../TouchList';
import { UndoBar } from '../UndoBar';
import './ContactView.css';

/** A contact's card and history; without an id, the form that creates one. */
export function ContactView({ id }: { id?: string }) {
  if (!id) return <NewContact />;
  return <ExistingContact id={id} />;
}

function NewContact() {
  const save = async (values: ContactFormValues) => {
    const contact = await createContact(values);
    navigate({ name: 'contact', id: contact.id }, { replace: true });
  };
  return (
    <section aria-labelledby="new-contact-heading">
      <h1 id="new-contact-heading">New contact</h1>
      <ContactForm submitLabel="Save contact" onSave={save} onCancel={() => history.back()} />
    </section>
  );
}

function ExistingContact({ id }: { id: string }) {
  const contact = useLiveQuery(() => getContact(id).then((found) => found ?? null), [id]);
  const touches = useLiveQuery(() => touchesOf(id), [id]);
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [removed, setRemoved] = useState<Touch | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeUndo = useCallback(() => setRemoved(null), []);
  const openTouchForm = useCallback(() => setLogging(true), []);
  // The keyboard command "log a touch" lands here when this contact is the current one.
  useLogRequest(id, openTouchForm);

  // "t" opens the touch form, the most frequent action on a contact.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if (event.key === 't' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        setLogging(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (contact === undefined) return null;
  if (contact === null) {
    return <ContactGone />;
  }

  const remove = async (touch: Touch) => {
    try {
      setRemoved(await deleteTouch(touch.id));
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  const undo = async () => {
    if (removed) await restoreTouch(removed);
    setRemoved(null);
  };

  if (editing) {
    return (
      <section aria-labelledby="edit-heading">
        <h1 id="edit-heading">Edit {contact.fullName}</h1>
        <ContactForm
          initial={contact}
          submitLabel="Save changes"
          onSave={async (values) => {
            await updateContact(contact.id, values);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="contact-heading" className="contact">
      <div className="card">
        <div className="view-head">
          <h1 id="contact-heading">{contact.fullName}</h1>
          <StageBadge stage={contact.stage} />
        </div>
        {contact.headline ? <p className="headline">{contact.headline}</p> : null}
        {contact.title || contact.companyName ? (
          <p>
            {contact.title}
            {contact.title && contact.companyName ? ' at ' : null}
            {contact.companyName ? (
              <a href={hrefOf({ name: 'account', id: contact.accountId, company: contact.accountId ? undefined : contact.companyName })}>
                {contact.companyName}
              </a>
            ) : null}
          </p>
        ) : null}
        {contact.crmOwner ? <p className="muted">Owned in your team's CRM by {contact.crmOwner}</p> : null}
        {contact.location ? <p className="muted">{contact.location}</p> : null}
        <ul className="tags" aria-label="Roles, sources and tags">
          {contact.roles.map((value) => (
            <li key={value} className="tag role">
              {ROLE_LABELS[value]}
            </li>
          ))}
          {contact.sources.map((value) => (
            <li key={value} className="tag source">
              {SOURCE_LABELS[value]}
            </li>
          ))}
          {contact.tags.map((value) => (
            <li key={value} className="tag">
              {value}
            </li>
          ))}
        </ul>
        {contact.emails.length > 0 ? <p className="muted">{contact.emails.join(', ')}</p> : null}
        {contact.linkedinUrl ? (
          <a href={contact.linkedinUrl} target="_blank" rel="noreferrer noopener">
            LinkedIn profile
          </a>
        ) : null}
        {contact.notes ? <p className="notes">{contact.notes}</p> : null}
        <CadenceLine contact={contact} />
        <div className="actions">
          <button type="button" className="button primary" onClick={() => setLogging(true)} title="Log a touch (T)">
            Log touch
          </button>
          <a className="button" href={hrefOf({ name: 'hinge', id: contact.id })}>
            Prepare a call
          </a>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      </div>
      <ErrorLine message={error} />
      {logging ? (
        <TouchForm
          contactId={contact.id}
          onLog={async (touch) => {
            await logTouch(touch);
          }}
          onDone={() => setLogging(false)}
        />
      ) : null}
      <RemindersSection contactId={contact.id} silenced={contact.stage === 'do-not-contact'} />
      <ClipsSection contactId={contact.id} />
      <StageHistory contactId={contact.id} />
      <h2>Touches</h2>
      {touches && touches.length > 0 ? (
        <TouchList touches={touches} onDelete={remove} />
      ) : touches ? (
        <EmptyState title="No touches yet">
          <p>Log the first one with “Log touch” or the T key.</p>
        </EmptyState>
      ) : null}
      {removed ? <UndoBar message="Touch deleted." onUndo={undo} onClose={closeUndo} /> : null}
    </section>
  );
}
