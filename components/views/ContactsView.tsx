import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { countContacts, recentContacts } from '../../storage/contact-reads';
import {
  LIST_BLOCK as BLOCK,
  firstBlockReadEarly,
  keepFirstRows,
  subscribeFirstBlockReadEarly,
  supersedeFirstBlockReadEarly,
} from '../../storage/first-block';
import type { ContactSummary } from '../../utils/model/contact';
import { formatCount, plural } from '../../utils/plural';
import { ContactRow } from '../ContactRow';
import { EmptyState } from '../EmptyState';
import { FirstContactActions } from '../FirstSteps';
import { hrefOf, navigate, parseRoute } from '../router';
import { useContactSearch } from '../useContactSearch';
import { VirtualList, type VisibleRange } from '../VirtualList';
import { ContactView } from '../view-loaders';
import './ContactsView.css';

/** Must match `.rows.virtual > li` in components/VirtualList.css. */
const ROW_HEIGHT = 56;
/** A search lists at most this many matches; more means the rep should keep typing. */
const MATCHES_SHOWN = 100;

export function ContactsView({ query }: { query: string }) {
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const searching = text.trim() !== '';
  // With no query the list is every contact, newest change first, read only where the rep scrolls.
  // The block does not depend on what is typed: it stays read (and live) during a search, so
  // clearing the search shows it again at once instead of reading it again.
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: BLOCK });
  const from = Math.floor(range.start / BLOCK) * BLOCK;
  const to = Math.ceil(range.end / BLOCK) * BLOCK;
  // The first block may be read as the panel opens (storage/first-block.ts): shown from when it is
  // in until the live read answers.
  const early = useSyncExternalStore(subscribeFirstBlockReadEarly, firstBlockReadEarly);
  const live = useLiveQuery(async () => {
    const contacts = await recentContacts(from, to);
    supersedeFirstBlockReadEarly();
    return { from, contacts };
  }, [from, to]);
  const block = live ?? (early && from === 0 ? { from: 0, contacts: early } : undefined);
  // What the list shows first is kept for the next opening (storage/first-block.ts).
  useEffect(() => {
    if (live?.from === 0) keepFirstRows(live.contacts.slice(0, BLOCK));
  }, [live]);
  // Counted once the first rows are read: IndexedDB works on one request at a time here, and a count
  // visits every contact, so started first it would hold the first rows back.
  const firstRead = block !== undefined;
  const total = useLiveQuery(() => (firstRead ? countContacts() : undefined), [firstRead]);
  // One more match than shown tells "there are more"; the search table fills once the first rows
  // and the count are in (reads run one at a time: the fill would wait behind the count anyway).
  const matches = useContactSearch(text, MATCHES_SHOWN + 1, total !== undefined);
  // While the next block loads, the rows already read stay on screen instead of blinking.
  const shownBlock = useRef<{ from: number; contacts: ContactSummary[] }>({ from: 0, contacts: [] });
  if (block) shownBlock.current = block;
  // While a search is read (the first ones read the index, before the search table is filled),
  // the rows on screen stay, marked busy, instead of a blank list.
  const answer = searching ? matches : null;
  const lastAnswer = useRef<ContactSummary[] | null>(null);
  if (answer !== undefined) lastAnswer.current = answer;
  const pending = answer === undefined;
  const listed = pending ? lastAnswer.current : answer;
  const results = listed?.slice(0, MATCHES_SHOWN);
  // Counting every contact takes IndexedDB longer than reading the first rows (it visits each one):
  // the rows read show at once, and the list takes its full length when the count arrives.
  const readSoFar = block && block.contacts.length > 0 ? block.from + block.contacts.length : undefined;
  const count = results ? results.length : (total ?? readSoFar);
  const contactAt = (index: number): ContactSummary | undefined =>
    results ? results[index] : shownBlock.current.contacts[index - shownBlock.current.from];

  useEffect(() => input.current?.focus(), []);

  // The rep is likely to open one of these next: its view's code loads in idle time, once rows show.
  useEffect(() => {
    if (!firstRead) return;
    const idle = requestIdleCallback(() => void ContactView.preload());
    return () => cancelIdleCallback(idle);
  }, [firstRead]);

  // The address changed under the view (a link to another search, the rep editing it, back and
  // forward): the search follows it. Typing writes the address a moment after the keystroke, and the
  // route reaches this view in a transition, late and perhaps keystrokes behind: only an address
  // other than the one this view wrote last is someone else's change. (Trusting `query`, or
  // comparing the address with the text typed since, lost typed characters while the panel was busy.)
  const typed = useRef(query);
  const written = useRef(query);
  useEffect(() => {
    const live = parseRoute(window.location.hash);
    const address = live.name === 'contacts' ? live.query : query;
    if (address !== written.current) {
      written.current = address;
      typed.current = address;
      setText(address);
    }
  }, [query]);

  // "/" focuses the search box, as in most web apps, when focus is not already in a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '/' && document.activeElement !== input.current && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onChange = (value: string) => {
    typed.current = value;
    setText(value);
    // The address follows in a task of its own: writing history costs a few milliseconds that the
    // keystroke's results should not wait for. Only the latest text is written, and only over the
    // address this view wrote last: Enter, Back or a link may have moved the panel on meanwhile.
    setTimeout(() => {
      const live = parseRoute(window.location.hash);
      if (typed.current !== value || live.name !== 'contacts' || live.query !== written.current) return;
      written.current = value;
      navigate({ name: 'contacts', query: value }, { replace: true });
    }, 0);
  };

  return (
    <section aria-labelledby="contacts-heading">
      <div className="view-head">
        <h1 id="contacts-heading">Contacts</h1>
        <a className="button primary" href={hrefOf({ name: 'new-contact' })}>
          New contact
        </a>
      </div>
      <input
        ref={input}
        type="search"
        className="search"
        placeholder="Search name, company, title, email, tag"
        aria-label="Search contacts"
        value={text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          const first = contactAt(0);
          if (event.key === 'Enter' && first && !pending) navigate({ name: 'contact', id: first.id });
        }}
      />
      {count === undefined ? null : total === 0 ? (
        <EmptyState title="No contacts yet">
          <p>Open a LinkedIn profile or a Gmail thread to keep people from there, or bring in all your LinkedIn connections at once.</p>
          <FirstContactActions />
        </EmptyState>
      ) : count === 0 && !pending ? (
        <EmptyState title={`No contact matches “${text}”`} />
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {pending
              ? 'Searching…'
              : !listed
                ? total === undefined
                  ? ''
                  : plural(total, 'contact')
                : listed.length > MATCHES_SHOWN
                  ? `The first ${MATCHES_SHOWN} found; keep typing to narrow`
                  : `${formatCount(count)} found`}
          </p>
          <VirtualList count={count} rowHeight={ROW_HEIGHT} label="Contacts" busy={pending} onRangeChange={setRange}>
            {(index) => {
              const contact = contactAt(index);
              return contact ? <ContactRow contact={contact} /> : <span className="row placeholder muted">Loading…</span>;
            }}
          </VirtualList>
        </>
      )}
    </section>
  );
}
