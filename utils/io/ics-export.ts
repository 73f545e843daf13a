import { contentLines, escapeText } from './content-lines';
import { basicUtcTime } from './utc-time';

// Open reminders as an iCalendar file (RFC 5545): one 15-minute event at each due time, in UTC.

export interface IcsReminder {
  id: string;
  dueAt: number;
  note?: string | undefined;
  contactName: string;
}

export function remindersIcs(reminders: readonly IcsReminder[], now: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Tend//Nurture reminders//EN', 'CALSCALE:GREGORIAN'];
  for (const reminder of reminders) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${reminder.id}@tend.invalid`,
      `DTSTAMP:${basicUtcTime(now)}`,
      `DTSTART:${basicUtcTime(reminder.dueAt)}`,
      'DURATION:PT15M',
      `SUMMARY:${escapeText(`${reminder.contactName}: ${reminder.note ?? 'touch base'}`)}`,
      ...(reminder.note ? [`DESCRIPTION:${escapeText(reminder.note)}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
