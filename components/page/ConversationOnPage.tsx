import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import {
  addProfileToContact,
  type ConversationPersonState,
  conversationPeople,
  keepConversationPerson,
  logConversation,
} from '../../storage/conversations';
import type { ConversationPerson, LinkedInConversationCapture } from '../../utils/model/capture';
import { plural } from '../../utils/plural';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { hrefOf } from '../router';
import { CaptureNotes } from './CaptureNotes';
import { MaybeSamePerson } from './ThreadOnPage';
import './ThreadOnPage.css';

type KnownState = ConversationPersonState & { contact: NonNullable<ConversationPersonState['contact']> };

/** A LinkedIn conversation: who is in it, who wrote last, one click to log it on each kept contact. */
export function ConversationOnPage({ capture }: { capture: LinkedInConversationCapture }) {
  const people = useLiveQuery(() => conversationPeople(capture), [capture]);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  if (!people) return null;

  const known = people.filter((state): state is KnownState => state.contact !== undefined);
  const unknown = people.filter((state) => state.contact === undefined);
  const chosen = known.filter((state) => !state.logged && !unticked.has(state.contact.id)).map((state) => state.contact.id);
  const names = capture.participants.map((person) => person.name);
  const heading = names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${plural(names.length - 2, 'other')}`;
  const writer = capture.latest.fromSelf ? 'you' : (capture.latest.from?.name ?? 'they');

  const log = async () => {
    try {
      const result = await logConversation(chosen, capture);
      setStatus({ text: `Logged on ${plural(result.logged, 'contact')}.`, error: false });
    } catch (caught) {
      setStatus({ text: describeError(caught), error: true });
    }
  };

  return (
    <section aria-labelledby="conversation-heading">
      <h1 id="conversation-heading">{heading}</h1>
      <CaptureNotes capture={capture} />
      <p className="muted">
        LinkedIn {capture.surface === 'overlay' ? 'message bubble' : 'conversation'} · {plural(capture.messageCount, 'message')} on screen
        {capture.latest.date ? ` · last ${capture.latest.date}` : ''} · {writer} wrote last
      </p>
      {known.length > 0 ? (
        <>
          <h2>Known contacts</h2>
          <ul className="rows" aria-label="Known contacts in this conversation">
            {known.map(({ person, contact, logged }) => (
              <li key={contact.id} className="row">
                <label className="check">
                  <input
                    type="checkbox"
                    disabled={logged}
                    checked={logged || !unticked.has(contact.id)}
                    onChange={(event) => {
                      const next = new Set(unticked);
                      if (event.target.checked) next.delete(contact.id);
                      else next.add(contact.id);
                      setUnticked(next);
                    }}
                  />
                  <span className="row-main">
                    <span className="row-title">{contact.fullName}</span>
                    <span className="row-sub">{person.name !== contact.fullName ? person.name : 'LinkedIn'}</span>
                  </span>
                </label>
                {logged ? <span className="badge">Logged</span> : <a href={hrefOf({ name: 'contact', id: contact.id })}>Open</a>}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" disabled={chosen.length === 0} onClick={log}>
              {chosen.length === 0 ? 'Latest message logged' : `Log conversation on ${plural(chosen.length, 'contact')}`}
            </button>
          </div>
        </>
      ) : null}
      {status ? (
        <p className={status.error ? 'error' : 'ok'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      ) : null}
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
        onJoin={(andLog) => addProfileToContact(maybe.id, person, capture, andLog)}
        onSomeoneElse={() => setSomeoneElse(true)}
      />
    );
  const keep = (andLog: boolean) => () => {
    keepConversationPerson(person, capture, andLog).catch((caught: unknown) => setError(describeError(caught)));
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
