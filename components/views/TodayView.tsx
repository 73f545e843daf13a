import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { hasContacts, recentContacts } from '../../storage/contact-reads';
import { loadToday } from '../../storage/today';
import type { Bucket, TodayItem } from '../../utils/nurture/today';
import { ContactRow } from '../ContactRow';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { FirstContactActions } from '../FirstSteps';
import { TodayItemRow, type Undoable } from '../today/TodayItemRow';
import { UndoBar } from '../UndoBar';
import { useNow } from '../useNow';
import '../due-card.css';

const SECTIONS: { bucket: Bucket; title: string }[] = [
  { bucket: 'overdue', title: 'Overdue reminders' },
  { bucket: 'today', title: 'Due today' },
  { bucket: 'week', title: 'Due this week' },
  { bucket: 'stale', title: 'Gone stale' },
];

/** Enough rows to act on at once; the rest wait behind "Show all" so the panel stays instant. */
const FIRST_ROWS = 50;

export function TodayView() {
  const now = useNow();
  // Contacts due this week and gone stale are read a screenful at a time until the rep asks for all of them.
  const [all, setAll] = useState(false);
  const today = useLiveQuery(() => loadToday(now, all), [now, all]);
  // Only whether there is anyone: counting would visit every contact (and IndexedDB serves this page
  // one request at a time).
  const anyone = useLiveQuery(() => hasContacts(), []);
  const recent = useLiveQuery(() => recentContacts(0, 5), []);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeUndo = useCallback(() => setUndoable(null), []);

  if (today === undefined || anyone === undefined) return null;
  const { items, counts } = today;
  if (!anyone) {
    return (
      <section aria-labelledby="today-heading">
        <h1 id="today-heading">Today</h1>
        <EmptyState title="Nothing to tend yet">
          <p>Who is due for a touch shows up here once you keep people: from LinkedIn, from Gmail, or all your connections at once.</p>
          <FirstContactActions />
        </EmptyState>
      </section>
    );
  }

  const undo = async () => {
    if (!undoable) return;
    setUndoable(null);
    try {
      await undoable.undo();
    } catch (caught) {
      setError(describeError(caught));
    }
  };

  return (
    <section aria-labelledby="today-heading">
      <h1 id="today-heading">Today</h1>
      <p className="muted" aria-live="polite">
        {summaryOf(counts)}
      </p>
      <ErrorLine message={error} />
      {items.length === 0 && counts.stale === 0 ? (
        <EmptyState title="All tended">
          <p>No reminder and no contact is due this week.</p>
        </EmptyState>
      ) : (
        SECTIONS.map(({ bucket, title }) => (
          <Section
            key={bucket}
            title={title}
            items={items.filter((item) => item.bucket === bucket)}
            total={counts[bucket]}
            onShowAll={bucket === 'week' || bucket === 'stale' ? () => setAll(true) : undefined}
            onUndoable={setUndoable}
          />
        ))
      )}
      {recent && recent.length > 0 ? (
        <>
          <h2>Recently changed</h2>
          <ul className="rows">
            {recent.map((contact) => (
              <li key={contact.id}>
                <ContactRow contact={contact} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {undoable ? <UndoBar message={undoable.message} onUndo={() => void undo()} onClose={closeUndo} /> : null}
    </section>
  );
}

function Section({
  title,
  items,
  total,
  onShowAll,
  onUndoable,
}: {
  title: string;
  items: TodayItem[];
  /** How many the section holds, read or not (only the first contacts gone stale are read at first). */
  total: number;
  /** Read the rest before showing them. */
  onShowAll: (() => void) | undefined;
  onUndoable: (undoable: Undoable) => void;
}) {
  const [all, setAll] = useState(false);
  if (total === 0) return null;
  const shown = all ? items : items.slice(0, FIRST_ROWS);
  const id = `due-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="due-section">
      <h2 id={id}>
        {title} <span className="count">{total}</span>
      </h2>
      <ul className="due-list">
        {shown.map((item) => (
          <TodayItemRow
            key={item.kind === 'reminder' ? `r:${item.reminder.id}` : `c:${item.contact.id}`}
            item={item}
            onUndoable={onUndoable}
          />
        ))}
      </ul>
      {shown.length < total ? (
        <button
          type="button"
          className="link"
          onClick={() => {
            setAll(true);
            onShowAll?.();
          }}
        >
          {all ? 'Loading…' : `Show all ${total}`}
        </button>
      ) : null}
    </section>
  );
}

function summaryOf(counts: Record<Bucket, number>): string {
  const parts = [
    [counts.overdue, 'overdue'],
    [counts.today, 'due today'],
    [counts.week, 'due this week'],
    [counts.stale, 'stale'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length > 0 ? said.join(' · ') : 'Nothing due.';
}
