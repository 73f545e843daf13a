import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { getSettings } from '../../storage/settings';
import { type ThreadPerson, threadPeople } from '../../storage/thread-people';
import { format } from '../../utils/dates';
import type { MailThreadCapture } from '../../utils/model/capture';
import { MAX_RECIPIENTS } from '../../utils/model/capture-limits';
import type { Contact } from '../../utils/model/contact';
import { DEFAULT_SETTINGS } from '../../utils/model/settings-defaults';
import { firstLast } from '../../utils/person-match';
import { plural } from '../../utils/plural';
import { summariseThread, type ThreadSummary } from '../../utils/thread-participants';
import { CrmParticipantsFacts } from '../crm/on-demand';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { CaptureNotes } from './CaptureNotes';
import { KnownContacts } from './KnownContacts';
import { MaybeSamePerson } from './MaybeSamePerson';
import './ThreadOnPage.css';

// Logging the thread and keeping its people write through the models: they load with the rep's click.
const threads = () => import('../../storage/threads');

const PROVIDER = { 'gmail-thread': 'Gmail', 'outlook-thread': 'Outlook' } as const;

/** A Gmail thread or an Outlook conversation: who is on it, logged as an email touch on each contact. */
export function ThreadOnPage({ capture }: { capture: MailThreadCapture }) {
  const settings = useLiveQuery(() => getSettings(), []) ?? DEFAULT_SETTINGS;
  const summary = useMemo(
    () => summariseThread(capture, settings.neverLog, settings.myAddresses),
    [capture, settings.neverLog, settings.myAddresses],
  );
  const people = useLiveQuery(() => threadPeople(summary), [summary]);

  if (!people) return null;
  const known = people.filter(
    (person): person is ThreadPerson & { contact: NonNullable<ThreadPerson['contact']> } => person.contact !== undefined,
  );
  const unknown = people.filter((person) => person.contact === undefined);

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
      <KnownContacts
        label="Known contacts on this thread"
        what="thread"
        rows={known.map(({ participant, contact, logged }) => ({
          contactId: contact.id,
          title: contact.fullName,
          sub: participant.email,
          logged,
        }))}
        onLog={(contactIds) => threads().then(({ logThread }) => logThread(contactIds, summary, capture.threadUrl))}
      />
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
      <CrmParticipantsFacts people={summary.participants} />
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
      const { addParticipant, addParticipantAndLog } = await threads();
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
        onJoin={(andLog) =>
          threads().then(({ addAddressToContact }) =>
            addAddressToContact(maybe.id, participant, andLog ? { summary, threadUrl } : undefined),
          )
        }
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
