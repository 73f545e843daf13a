import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useState } from 'react';
import { matchPerson } from '../../storage/person-match';
import { format } from '../../utils/dates';
import type { PersonCapture } from '../../utils/model/capture';
import type { Contact } from '../../utils/model/contact';
import type { FieldChange } from '../../utils/person-changes';
import { ContactForm } from '../ContactForm';
import { CrmPersonFacts } from '../crm/on-demand';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { hrefOf } from '../router';
import { StageBadge } from '../StageBadge';
import { CaptureNotes } from './CaptureNotes';
import './PersonOnPage.css';

// Keeping someone and recording what changed write through the models: they load with the rep's click.
const captures = () => import('../../storage/captures');

const FIELD_LABELS: Record<FieldChange['field'], string> = {
  title: 'Title',
  companyName: 'Company',
  headline: 'Headline',
  location: 'Location',
  photoUrl: 'Photo',
};

export function PersonOnPage({ capture }: { capture: PersonCapture }) {
  const match = useLiveQuery(() => matchPerson(capture), [capture]);
  const [notThem, setNotThem] = useState(false);
  if (!match) return null;
  // What the team's CRM says of them: under a known card, and before the form of someone new (a
  // colleague may already own them).
  const crm = <CrmPersonFacts seen={{ fullName: capture.fullName, linkedinUrl: capture.profileUrl, companyName: capture.company }} />;
  if (match.kind === 'known')
    return (
      <>
        <KnownPerson contact={match.contact} changes={match.changes} jobChange={match.jobChange} capture={capture} />
        {crm}
      </>
    );
  if (match.kind === 'possible' && !notThem)
    return <PossibleMatch candidates={match.candidates} capture={capture} onNotThem={() => setNotThem(true)} crm={crm} />;
  return <NewPerson capture={capture} crm={crm} />;
}

/** "Connection: 2nd · She/Her": how the rep is connected to them, and how they want to be addressed. */
function Connection({ capture }: { capture: PersonCapture }) {
  const parts = [capture.degree ? `Connection: ${capture.degree}` : undefined, capture.pronouns].filter(Boolean);
  return parts.length > 0 ? <p className="muted">{parts.join(' · ')}</p> : null;
}

function Seen({ capture }: { capture: PersonCapture }) {
  const role = [capture.title, capture.company].filter(Boolean).join(' at ');
  return (
    <div className="seen">
      <p className="row-title">{capture.fullName}</p>
      {capture.headline ? <p className="headline">{capture.headline}</p> : null}
      {role ? <p>{role}</p> : null}
      {capture.location ? <p className="muted">{capture.location}</p> : null}
    </div>
  );
}

function NewPerson({ capture, crm }: { capture: PersonCapture; crm: ReactNode }) {
  const [kept, setKept] = useState<Contact | null>(null);
  if (kept) return null;
  return (
    <section aria-labelledby="new-person-heading">
      <h1 id="new-person-heading">New person</h1>
      <p className="hint">Not kept yet. Check the fields, add roles and tags, and keep them.</p>
      <Connection capture={capture} />
      <CaptureNotes capture={capture} />
      {crm}
      <ContactForm
        key={capture.profileUrl}
        initial={{
          fullName: capture.fullName,
          firstName: capture.firstName,
          lastName: capture.lastName,
          headline: capture.headline,
          title: capture.title,
          companyName: capture.company,
          location: capture.location,
          linkedinUrl: capture.profileUrl,
        }}
        submitLabel="Keep"
        onSave={async (values) => {
          const { keepPerson } = await captures();
          setKept(await keepPerson(capture, { ...values, about: capture.about, photoUrl: capture.photoUrl }));
        }}
      />
    </section>
  );
}

function PossibleMatch({
  candidates,
  capture,
  onNotThem,
  crm,
}: {
  candidates: Contact[];
  capture: PersonCapture;
  onNotThem: () => void;
  crm: ReactNode;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="possible-heading">
      <h1 id="possible-heading">Is this someone you kept?</h1>
      <Seen capture={capture} />
      {crm}
      <p className="hint">Same name and company as a contact you already have. Check before keeping them twice.</p>
      <ErrorLine message={error} />
      <ul className="rows">
        {candidates.map((candidate) => (
          <li key={candidate.id} className="row">
            <span className="row-main">
              <span className="row-title">{candidate.fullName}</span>
              <span className="row-sub">{[candidate.title, candidate.companyName].filter(Boolean).join(' · ')}</span>
            </span>
            <button
              type="button"
              className="button primary"
              onClick={() =>
                captures()
                  .then(({ recordSeen }) => recordSeen(candidate.id, capture))
                  .catch((caught: unknown) => setError(describeError(caught)))
              }
            >
              Same person
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" onClick={onNotThem}>
          Someone else: keep as new
        </button>
      </div>
    </section>
  );
}

function KnownPerson({
  contact,
  changes,
  jobChange,
  capture,
}: {
  contact: Contact;
  changes: FieldChange[];
  jobChange: boolean;
  capture: PersonCapture;
}) {
  const [error, setError] = useState<string | null>(null);
  const role = [contact.title, contact.companyName].filter(Boolean).join(' at ');
  const visible = changes.filter((change) => change.field !== 'photoUrl');
  return (
    <section aria-labelledby="known-heading" className="card">
      <div className="view-head">
        <h1 id="known-heading">{contact.fullName}</h1>
        <StageBadge stage={contact.stage} />
      </div>
      {role ? <p>{role}</p> : null}
      <Connection capture={capture} />
      <CaptureNotes capture={capture} fillIn="card" />
      <p className="muted">
        {contact.lastSeenAt ? `Last seen ${format(contact.lastSeenAt, 'd MMM yyyy')}` : 'Kept by hand'}
        {contact.lastTouchAt ? ` · last touch ${format(contact.lastTouchAt, 'd MMM yyyy')}` : ' · no touch yet'}
      </p>
      {visible.length > 0 ? (
        <section className="changes" aria-label="Changed since last seen">
          <h2>{jobChange ? 'Job change' : 'Changed since last seen'}</h2>
          <ul>
            {visible.map((change) => (
              <li key={change.field}>
                <strong>{FIELD_LABELS[change.field]}:</strong> {change.before ? <del>{change.before}</del> : <em>not known</em>} →{' '}
                <ins>{change.after}</ins>
              </li>
            ))}
          </ul>
          <ErrorLine message={error} />
          <button
            type="button"
            className="button primary"
            onClick={() =>
              captures()
                .then(({ recordSeen }) => recordSeen(contact.id, capture))
                .catch((caught: unknown) => setError(describeError(caught)))
            }
          >
            {jobChange ? 'Record job change' : 'Update card'}
          </button>
        </section>
      ) : (
        <p className="ok">Nothing changed since you last saw them.</p>
      )}
      {contact.employment.length > 1 ? (
        <>
          <h2>Employment history</h2>
          <ol className="history" aria-label="Employment history">
            {[...contact.employment].reverse().map((job) => (
              <li key={`${job.observedAt}-${job.title}-${job.company}`}>
                {[job.title, job.company].filter(Boolean).join(' at ')}{' '}
                <span className="muted">· seen {format(job.observedAt, 'd MMM yyyy')}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <div className="actions">
        <a className="button" href={hrefOf({ name: 'contact', id: contact.id })}>
          Open card
        </a>
      </div>
    </section>
  );
}
