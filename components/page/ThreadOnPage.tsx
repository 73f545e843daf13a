import { format } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getSettings } from '../../storage/settings';
import {
  addAddressToContact,
  addParticipant,
  addParticipantAndLog,
  logThread,
  type ThreadPerson,
  threadPeople,
} from '../../storage/threads';
import type { MailThreadCapture } from '../../utils/model/capture';
import { MAX_RECIPIENTS } from '../../utils/model/capture-limits';
import type { Contact } from '../../utils/model/contact';
import { DEFAULT_SETTINGS } from '../../utils/model/settings';
import { firstLast } from '../../utils/person-match';
import { plural } from '../../utils/plural';
import { summariseThread, type ThreadSummary } from '../../utils/thread-participants';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { hrefOf } from '../router';
import { CaptureNotes } from './CaptureNotes';
import './ThreadOnPage.css';

const PROVIDER = { 'gmail-thread': 'Gmail', 'outlook-thread': 'Outlook' } as const;

/** A Gmail thread or an Outlook conversation: who is on it, logged as an email touch on each contact. */
export function ThreadOnPage({ capture }: { capture: MailThreadCapture }) {
  const settings = useLiveQuery(() => getSettings(), []) ?? DEFAULT_SETTINGS;
  const summary = useMemo(
    () => summariseThread(capture, settings.neverLog, settings.myAddresses),
    [capture, settings.neverLog, settings.myAddresses],
  );
  const people = useLiveQuery(() => threadPeople(summary), [summary]);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  if (!people) return null;
  const known = people.filter(
    (person): person is ThreadPerson & { contact: NonNullable<ThreadPerson['contact']> } => person.contact !== undefined,
  );
  const unknown = people.filter((person) => person.contact === undefined);
  const chosen = known.filter((person) => !person.logged && !unticked.has(person.contact.id)).map((person) => person.contact.id);

  const log = async () => {
    try {
      const result = await logThread(chosen, summary, capture.threadUrl);
      setStatus({ text: `Logged on ${plural(result.logged, 'contact')}.`, error: false });
    } catch (caught) {
      setStatus({ text: describeError(caught), error: true });
    }
  };

  return (
    <section aria-labelledby="thread-heading">
      <h1 id="thread-heading">{summary.subject ?? '(no subject)'}</h1>
      <CaptureNotes capture={capture} />
      <p className="muted">
        {plural(capture.messages.length + (capture.hiddenMessages ?? 0), 'message')}
        {summary.latestAt ? ` · last ${format(summary.latestAt, 'd MMM yyyy, HH:mm')}` : ''}
        {summary.direction === 'out' ? ' · you wrote last' : ` · ${lastWriter(capture) ?? 'they'} wrote last`}
      </p>
      {people.length === 0 ? (
        <EmptyState title="No one to log here">
          <p>Everyone on this thread is you or on your never-log list.</p>
        </EmptyState>
      ) : null}
      {known.length > 0 ? (
        <>
          <h2>Known contacts</h2>
          <ul className="rows" aria-label="Known contacts on this thread">
            {known.map(({ participant, contact, logged }) => (
              <li key={participant.email} className="row">
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
                    <span className="row-sub">{participant.email}</span>
                  </span>
                </label>
                {logged ? <span className="badge">Logged</span> : <a href={hrefOf({ name: 'contact', id: contact.id })}>Open</a>}
              </li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" className="button primary" disabled={chosen.length === 0} onClick={log}>
              {chosen.length === 0 ? 'Thread logged' : `Log thread on ${plural(chosen.length, 'contact')}`}
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
          <ul className="rows" aria-label="Unknown participants">
            {unknown.map(({ participant, maybe }) => (
              <UnknownParticipant
                key={participant.email}
                participant={participant}
                maybe={maybe}
                summary={summary}
                threadUrl={capture.threadUrl}
              />
            ))}
          </ul>
        </>
      ) : null}
      {capture.moreParticipants ? (
        <p className="muted">
          and {capture.moreParticipants.toLocaleString('en')} more, not listed: {PROVIDER[capture.kind]} shows them, Tend lists the first{' '}
          {MAX_RECIPIENTS} of each message.
        </p>
      ) : null}
    </section>
  );
}

/** Who wrote the thread's latest message, by name when the page gave one. */
function lastWriter(capture: MailThreadCapture): string | undefined {
  const last = capture.messages[capture.messages.length - 1]?.from;
  return last?.name ? firstLast(last.name) : last?.email;
}

function UnknownParticipant({
  participant,
  maybe,
  summary,
  threadUrl,
}: {
  participant: ThreadPerson['participant'];
  maybe: Contact | undefined;
  summary: ThreadSummary;
  threadUrl: string;
}) {
  const [someoneElse, setSomeoneElse] = useState(false);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState(participant.name ? firstLast(participant.name) : '');
  const [error, setError] = useState<string | null>(null);
  const save = async (andLog: boolean) => {
    try {
      if (andLog) await addParticipantAndLog(participant, name.trim(), summary, threadUrl);
      else await addParticipant(participant, name.trim());
    } catch (caught) {
      setError(describeError(caught));
    }
  };
  if (maybe && !someoneElse) {
    return (
      <MaybeSamePerson
        label={participant.name ? firstLast(participant.name) : participant.email}
        detail={participant.email}
        contact={maybe}
        what="address"
        onJoin={(andLog) => addAddressToContact(maybe.id, participant, andLog ? { summary, threadUrl } : undefined)}
        onSomeoneElse={() => setSomeoneElse(true)}
      />
    );
  }
  return (
    <li className="row participant">
      {adding ? (
        <form
          className="form inline-form"
          aria-label={`Add ${participant.email}`}
          onSubmit={(event) => {
            event.preventDefault();
            void save(false);
          }}
        >
          <label className="field">
            <span>Name for {participant.email}</span>
            {/* biome-ignore lint/a11y/noAutofocus: opened by the rep's click to type the name. */}
            <input autoFocus value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <ErrorLine message={error} />
          <div className="actions">
            <button type="submit" className="button primary">
              Save contact
            </button>
            <button type="button" className="button" onClick={() => void save(true)}>
              Save and log this thread
            </button>
            <button type="button" className="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <span className="row-main">
            <span className="row-title">{participant.name ? firstLast(participant.name) : participant.email}</span>
            <span className="row-sub">{participant.email}</span>
          </span>
          <button
            type="button"
            className="button"
            onClick={() => setAdding(true)}
            aria-label={`Add ${participant.name ? firstLast(participant.name) : participant.email}`}
          >
            Add
          </button>
        </>
      )}
    </li>
  );
}

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
