import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type ConversationPersonState, conversationPeople } from '../../storage/conversation-people';
import type { ConversationPerson, LinkedInConversationCapture } from '../../utils/model/capture';
import { plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { CaptureNotes } from './CaptureNotes';
import { KnownContacts } from './KnownContacts';
import { MaybeSamePerson } from './MaybeSamePerson';
import './ThreadOnPage.css';

// Logging the conversation and keeping its people write through the models: they load with the rep's click.
const conversations = () => import('../../storage/conversations');

type KnownState = ConversationPersonState & { contact: NonNullable<ConversationPersonState['contact']> };

/** A LinkedIn conversation: who is in it, who wrote last, one click to log it on each kept contact. */
export function ConversationOnPage({ capture }: { capture: LinkedInConversationCapture }) {
  const people = useLiveQuery(() => conversationPeople(capture), [capture]);
  if (!people) return null;

  const known = people.filter((state): state is KnownState => state.contact !== undefined);
  const unknown = people.filter((state) => state.contact === undefined);
  const names = capture.participants.map((person) => person.name);
  const heading = names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${plural(names.length - 2, 'other')}`;
  const writer = capture.latest.fromSelf ? 'you' : (capture.latest.from?.name ?? 'they');

  return (
    <section aria-labelledby="conversation-heading">
      <h1 id="conversation-heading">{heading}</h1>
      <CaptureNotes capture={capture} />
      <p className="muted">
        LinkedIn {capture.surface === 'overlay' ? 'message bubble' : 'conversation'} · {plural(capture.messageCount, 'message')} on screen
        {capture.latest.date ? ` · last ${capture.latest.date}` : ''} · {writer} wrote last
      </p>
      <KnownContacts
        label="Known contacts in this conversation"
        what="conversation"
        rows={known.map(({ person, contact, logged }) => ({
          contactId: contact.id,
          title: contact.fullName,
          sub: person.name !== contact.fullName ? person.name : 'LinkedIn',
          logged,
        }))}
        onLog={(contactIds) => conversations().then(({ logConversation }) => logConversation(contactIds, capture))}
      />
      {unknown.length > 0 ? (
        <>
          <h2>Not kept yet</h2>
          <ul className="rows" aria-label="People not kept yet">
            {unknown.map(({ person, maybe }) => (
              <UnknownPerson key={person.profileUrl ?? person.name} person={person} maybe={maybe} capture={capture} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function UnknownPerson({
  person,
  maybe,
  capture,
}: {
  person: ConversationPerson;
  maybe: ConversationPersonState['maybe'];
  capture: LinkedInConversationCapture;
}) {
  const [someoneElse, setSomeoneElse] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (maybe && !someoneElse)
    return (
      <MaybeSamePerson
        label={person.name}
        detail="LinkedIn"
        contact={maybe}
        what="profile"
        onJoin={(andLog) => conversations().then(({ addProfileToContact }) => addProfileToContact(maybe.id, person, capture, andLog))}
        onSomeoneElse={() => setSomeoneElse(true)}
      />
    );
  const keep = (andLog: boolean) => () => {
    conversations()
      .then(({ keepConversationPerson }) => keepConversationPerson(person, capture, andLog))
      .catch((caught: unknown) => setError(describeError(caught)));
  };
  return (
    <li className="row participant">
      <span className="row-main">
        <span className="row-title">{person.name}</span>
        {person.profileUrl ? (
          <a className="row-sub" href={person.profileUrl} target="_blank" rel="noreferrer">
            LinkedIn profile
          </a>
        ) : (
          <span className="row-sub">No profile link on the page</span>
        )}
      </span>
      <ErrorLine message={error} />
      <button type="button" className="button primary" onClick={keep(true)} aria-label={`Keep ${person.name} and log`}>
        Keep and log
      </button>
      <button type="button" className="button" onClick={keep(false)} aria-label={`Keep ${person.name}`}>
        Keep
      </button>
    </li>
  );
}
