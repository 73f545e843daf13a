import type { Contact } from '../utils/model/contact';
import { ROLE_LABELS } from './labels';

/** A person in a list of who is kept somewhere: name, then title, buyer-network roles and anything `extra` (their CRM owner). */
export function PersonRow({
  person,
  href,
  extra,
}: {
  person: Pick<Contact, 'fullName' | 'title' | 'roles'>;
  href: string;
  extra?: string | undefined;
}) {
  return (
    <li>
      <a className="row" href={href}>
        <span className="row-main">
          <span className="row-title">{person.fullName}</span>
          <span className="row-sub">
            {[person.title, person.roles.map((role) => ROLE_LABELS[role]).join(', '), extra].filter(Boolean).join(' · ')}
          </span>
        </span>
      </a>
    </li>
  );
}
