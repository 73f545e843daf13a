import type { Contact } from '../utils/model/contact';
import { ROLE_LABELS } from './labels';

/** A person in a list of who is kept somewhere: name, then title and buyer-network roles. */
export function PersonRow({ person, href }: { person: Pick<Contact, 'fullName' | 'title' | 'roles'>; href: string }) {
  return (
    <li>
      <a className="row" href={href}>
        <span className="row-main">
          <span className="row-title">{person.fullName}</span>
          <span className="row-sub">
            {[person.title, person.roles.map((role) => ROLE_LABELS[role]).join(', ')].filter(Boolean).join(' · ')}
          </span>
        </span>
      </a>
    </li>
  );
}
