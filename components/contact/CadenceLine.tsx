import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '../../storage/settings';
import { calendarDaysBetween } from '../../utils/calendar-days';
import { format } from '../../utils/dates';
import type { Contact } from '../../utils/model/contact';
import { cadenceFor, dueWhen } from '../../utils/nurture/cadence';
import { useNow } from '../useNow';
import './CadenceLine.css';

/** When the contact is next due, and by which cadence: "Next touch due in 12 days (every 30 days, stage default)". */
export function CadenceLine({ contact }: { contact: Contact }) {
  const settings = useLiveQuery(() => getSettings(), []);
  const now = useNow();
  if (!settings) return null;
  const cadence = cadenceFor(contact, settings.cadenceByStage);
  if (cadence === null || contact.nextDueAt === undefined) {
    return <p className="cadence muted">No cadence reminders at this stage.</p>;
  }
  const when = dueWhen(contact.nextDueAt, now);
  const rule = contact.cadenceDays !== undefined ? `every ${cadence} days, set for this contact` : `every ${cadence} days, stage default`;
  const snoozed =
    contact.dueSnoozedUntil !== undefined && contact.dueSnoozedUntil > now
      ? ` · snoozed until ${format(contact.dueSnoozedUntil, 'd MMM')}`
      : '';
  return (
    <p className={`cadence${calendarDaysBetween(now, contact.nextDueAt) > 0 ? ' overdue' : ''}`}>
      Next touch {when} ({rule}){snoozed}
    </p>
  );
}
