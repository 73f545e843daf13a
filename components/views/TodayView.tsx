import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { hasContacts, recentContacts } from '../../storage/contact-reads';
import { countDueContacts, loadToday } from '../../storage/today';
import { type Bucket, countsOf, itemsBySection, sectionCounts, type TodayItem } from '../../utils/nurture/today';
import { ContactRow } from '../ContactRow';
import { EmptyState } from '../EmptyState';
import { ErrorLine } from '../ErrorLine';
import { describeError } from '../errors';
import { FirstContactActions } from '../FirstSteps';
import { TodayItemRow, type Undoable } from '../today/TodayItemRow';
import { UndoBar } from '../UndoBar';
import { useNow } from '../useNow';
import '../due-card.css';

/** `readFirst`: only the first of the section's contacts are read until "Show all", the rest counted apart. */
const SECTIONS: { bucket: Bucket; title: string; readFirst?: true }[] = [
  { bucket: 'overdue', title: 'Overdue reminders' },
  { bucket: 'today', title: 'Due today' },
  { bucket: 'week', title: 'Due this week', readFirst: true },
  { bucket: 'stale', title: 'Gone stale', readFirst: true },
];

/** Enough rows to act on at once; the rest wait behind "Show all" so the panel stays instant. */
const FIRST_ROWS = 50;

export function TodayView() {
  const now = useNow();
  // Contacts due this week and gone stale are read a screenful at a time until the rep asks for all of them.
  const [all, setAll] = useState(false);
  const read = useLiveQuery(() => loadToday(now, all), [now, all]);
  // Rendered in a transition: React renders Today's hundred-odd rows in slices of a few
  // milliseconds, yielding between them, instead of in one task. At 200,000 contacts with the CPU
  // slowed 4x, the longest task after the page's own start was 67-112 ms rendered in one go and
  // 53-90 ms rendered so (2026-12-03). What was shown stays until the new rows are ready.
  const items = useDeferredValue(read);
  // One array per section for as long as the items stay the same: the memoised rows stay as they are.
  const bySection = useMemo(() => itemsBySection(items ?? []), [items]);
  // Counted once the items are shown: IndexedDB serves this page one request at a time, and in a
  // large book counting the stale takes a second or more.
  const listed = items !== undefined;
  const due = useLiveQuery(() => (listed ? countDueContacts(now) : undefined), [now, listed]);
  // Only whether there is anyone: counting would visit every contact (and IndexedDB serves this page
  // one request at a time).
  const anyone = useLiveQuery(() => hasContacts(), []);
  const recent = useLiveQuery(() => recentContacts(0, 5), []);
  const [undoable, setUndoable] = useState<Undoable | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeUndo = useCallback(() => setUndoable(null), []);

  if (items === undefined || anyone === undefined) return null;
  // Until counted, the sections of contacts due this week and gone stale hold at least what was read.
  const counts = due ? sectionCounts(items, due) : countsOf(items);
  const counted = due !== undefined;
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
        {summaryOf(counts, counted)}
      </p>
      <ErrorLine message={error} />
      {items.length === 0 && counts.stale === 0 ? (
        <EmptyState title="All tended">
          <p>No reminder and no contact is due this week.</p>
        </EmptyState>
      ) : (
        SECTIONS.map(({ bucket, title, readFirst }) => (
          <Section
            key={bucket}
            title={title}
            items={bySection[bucket]}
            total={counted || !readFirst ? counts[bucket] : undefined}
            onShowAll={readFirst ? () => setAll(true) : undefined}
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
  /**
   * How many the section holds, read or not (only the first contacts due this week and gone stale
   * are read at first); undefined while they are counted.
   */
  total: number | undefined;
  /** Read the rest before showing them. */
  onShowAll: (() => void) | undefined;
  onUndoable: (undoable: Undoable) => void;
}) {
  const [all, setAll] = useState(false);
  if ((total ?? items.length) === 0) return null;
  const shown = all ? items : items.slice(0, FIRST_ROWS);
  const id = `due-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section aria-labelledby={id} className="due-section">
      <h2 id={id}>
        {title} {total === undefined ? null : <span className="count">{total}</span>}
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
      {total !== undefined && shown.length < total ? (
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

function summaryOf(counts: Record<Bucket, number>, counted: boolean): string {
  const parts = [
    [counts.overdue, 'overdue'],
    [counts.today, 'due today'],
    ...(counted
      ? ([
          [counts.week, 'due this week'],
          [counts.stale, 'stale'],
        ] as const)
      : []),
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  if (!counted) return [...said, 'counting what is due this week and stale…'].join(' · ');
  return said.length > 0 ? said.join(' · ') : 'Nothing due.';
}
