import { useState } from 'react';
import type { Contact } from '../../utils/model/contact';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { hrefOf } from '../router';
import './MaybeSamePerson.css';

/**
 * Someone on the page has no contact of their own, but a contact of the same name kept elsewhere
 * may be them: asked, never assumed. Yes joins the address (or profile) to that contact.
 */
export function MaybeSamePerson({
  label,
  detail,
  contact,
  what,
  onJoin,
  onSomeoneElse,
}: {
  label: string;
  detail: string;
  contact: Contact;
  what: 'address' | 'profile';
  onJoin: (andLog: boolean) => Promise<unknown>;
  onSomeoneElse: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const join = (andLog: boolean) => () => {
    onJoin(andLog).catch((caught: unknown) => setError(describeError(caught)));
  };
  const kept =
    contact.linkedinUrl && what === 'address'
      ? 'Kept from LinkedIn'
      : contact.emails.length > 0 && what === 'profile'
        ? 'Kept from email'
        : 'Kept';
  return (
    <li className="row participant maybe">
      <span className="row-main">
        <span className="row-title">{label}</span>
        <span className="row-sub">{detail}</span>
        <span className="row-note">
          {kept} as <a href={hrefOf({ name: 'contact', id: contact.id })}>{contact.fullName}</a>
          {contact.companyName ? ` (${contact.companyName})` : ''}: add this {what} to them?
        </span>
      </span>
      <ErrorLine message={error} />
      <div className="actions">
        <button type="button" className="button primary" onClick={join(true)}>
          Add to {contact.fullName} and log
        </button>
        <button type="button" className="button" onClick={join(false)}>
          Add to {contact.fullName}
        </button>
        <button type="button" className="button" onClick={onSomeoneElse}>
          Someone else
        </button>
      </div>
    </li>
  );
}
