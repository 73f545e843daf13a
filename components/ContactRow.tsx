import type { ContactSummary } from '../utils/model/contact';
import { hrefOf } from './router';
import { StageBadge } from './StageBadge';

/** A contact as a list row: a link to it, for the caller to place in its list item. */
export function ContactRow({ contact }: { contact: ContactSummary }) {
  const role = [contact.title, contact.companyName].filter(Boolean).join(' · ');
  return (
    <a className="row" href={hrefOf({ name: 'contact', id: contact.id })}>
      <span className="row-main">
        <span className="row-title">{contact.fullName}</span>
        {role ? <span className="row-sub">{role}</span> : null}
      </span>
      <StageBadge stage={contact.stage} />
    </a>
  );
}
