import { differenceInCalendarMonths } from 'date-fns';
import { calendarDaysBetween } from '../calendar-days';
import { format } from '../dates';
import type { Bantt, EmploymentEntry } from '../model/contact';
import type { Role, Source, Stage, TouchType } from '../model/vocabulary';
import { plural } from '../plural';
import { BANTT_LABELS, banttGaps } from './bantt';

// Hinges: reasons for a meaningful conversation, computed from what Tend knows, each with the
// evidence behind it, ranked so the strongest comes first.

export type HingeKind = 'job-change' | 'clip' | 'shared-connection' | 'last-topic' | 'lost-deal' | 'bantt-gap' | 'time-since';

export interface Hinge {
  kind: HingeKind;
  title: string;
  evidence: string;
  weight: number;
}

export interface HingeInput {
  contact: {
    fullName: string;
    stage: Stage;
    sources: readonly Source[];
    employment: readonly EmploymentEntry[];
    createdAt: number;
    lastTouchAt?: number | undefined;
    bantt?: Partial<Bantt> | undefined;
  };
  cadence: number | null;
  touches: readonly { type: TouchType; direction: 'in' | 'out'; at: number; summary?: string | undefined; outcome?: string | undefined }[];
  clips: readonly { title: string; siteName?: string | undefined; clippedAt: number; sharedAt?: number | undefined }[];
  stageEvents: readonly { from?: Stage | undefined; to: Stage; at: number; reason?: string | undefined }[];
  colleagues: readonly { fullName: string; roles: readonly Role[]; sources: readonly Source[] }[];
}

const days = (from: number, now: number) => calendarDaysBetween(now, from);
const ago = (count: number) => (count === 0 ? 'today' : count === 1 ? 'yesterday' : `${count} days ago`);

/** The most recent change of company in the employment history, if any. */
export function latestJobChange(employment: readonly EmploymentEntry[]): { from: EmploymentEntry; to: EmploymentEntry } | null {
  const jobs = [...employment].sort((a, b) => a.observedAt - b.observedAt);
  for (let index = jobs.length - 1; index > 0; index--) {
    const to = jobs[index] as EmploymentEntry;
    const from = jobs[index - 1] as EmploymentEntry;
    if ((to.company ?? '').trim().toLowerCase() !== (from.company ?? '').trim().toLowerCase()) return { from, to };
  }
  return null;
}

function jobChange(input: HingeInput, now: number): Hinge[] {
  const change = latestJobChange(input.contact.employment);
  if (!change) return [];
  const since = days(change.to.observedAt, now);
  if (since > 365) return [];
  const role = [change.to.title, change.to.company].filter(Boolean).join(' at ');
  return [
    {
      kind: 'job-change',
      title: `New role: ${role || 'a new company'}`,
      evidence: `Moved from ${change.from.company ?? 'an unknown company'} to ${change.to.company ?? 'an unknown company'}; seen ${ago(since)}.`,
      weight: 100 - since / 4,
    },
  ];
}

function clips(input: HingeInput, now: number): Hinge[] {
  return input.clips
    .filter((clip) => clip.sharedAt === undefined && days(clip.clippedAt, now) <= 60)
    .map((clip) => {
      const since = days(clip.clippedAt, now);
      return {
        kind: 'clip' as const,
        title: `Share “${clip.title}”`,
        evidence: `Clipped ${ago(since)}${clip.siteName ? ` from ${clip.siteName}` : ''}, not shared yet.`,
        weight: 80 - since,
      };
    });
}

function sharedConnections(input: HingeInput): Hinge[] {
  const hinges: Hinge[] = [];
  const own = input.contact.sources.filter((source) => source === 'past-colleague' || source === 'referral');
  for (const source of own) {
    hinges.push({
      kind: 'shared-connection',
      title: source === 'past-colleague' ? 'You worked together' : 'They came through a referral',
      evidence: `Relationship source: ${source.replace('-', ' ')}.`,
      weight: 60,
    });
  }
  const bridges = input.colleagues.filter((colleague) =>
    colleague.sources.some((source) => source === 'past-colleague' || source === 'referral' || source === 'customer'),
  );
  if (bridges.length > 0) {
    const names = bridges.slice(0, 3).map((colleague) => `${colleague.fullName} (${colleague.sources.join(', ')})`);
    hinges.push({
      kind: 'shared-connection',
      title: 'Someone you both know',
      evidence: `At the same company you keep ${names.join('; ')}.`,
      weight: 55,
    });
  }
  return hinges;
}

function lastTopic(input: HingeInput, now: number): Hinge[] {
  const last = [...input.touches].sort((a, b) => b.at - a.at).find((touch) => touch.summary || touch.outcome);
  if (!last) return [];
  const since = days(last.at, now);
  const said = [last.summary, last.outcome ? `outcome: ${last.outcome}` : undefined].filter(Boolean).join('; ');
  return [
    {
      kind: 'last-topic',
      title: 'Pick up the last conversation',
      evidence: `${last.type.replace(/-/g, ' ')} ${ago(since)}: “${said}”.`,
      weight: 50 - since / 10,
    },
  ];
}

function lostDeal(input: HingeInput, now: number): Hinge[] {
  const events = [...input.stageEvents].sort((a, b) => a.at - b.at);
  const hinges: Hinge[] = [];
  for (let index = 1; index < events.length; index++) {
    const event = events[index] as (typeof events)[number];
    const before = events[index - 1] as (typeof events)[number];
    const lost =
      (before.to === 'opportunity' || before.to === 'sales-ready') &&
      (event.to === 'recycled' || event.to === 'discontinued' || event.to === 'nurturing');
    if (!lost) continue;
    const months = differenceInCalendarMonths(now, event.at);
    // Budgets come round yearly: a lost deal is worth raising near its anniversary, or while fresh.
    const anniversary = months >= 10 && [10, 11, 0].includes(months % 12);
    if (!anniversary && months >= 3) continue;
    hinges.push({
      kind: 'lost-deal',
      title: 'A lost deal coming round again',
      evidence: `${before.to === 'opportunity' ? 'Opportunity' : 'Sales-ready'} ended on ${format(event.at, 'd MMM yyyy')}${event.reason ? ` (${event.reason})` : ''}; ${plural(months, 'month')} ago.`,
      weight: anniversary ? 70 : 45,
    });
  }
  return hinges;
}

function banttGap(input: HingeInput): Hinge[] {
  const [gap] = banttGaps(input.contact.bantt);
  if (!gap) return [];
  return [
    {
      kind: 'bantt-gap',
      title: `Close the ${BANTT_LABELS[gap.key].toLowerCase()} gap`,
      evidence: `${BANTT_LABELS[gap.key]} is ${gap.level}: “${gap.question}”`,
      weight: gap.level === 'unknown' ? 40 : gap.level === 'weak' ? 30 : 20,
    },
  ];
}

function timeSince(input: HingeInput, now: number): Hinge[] {
  const since = days(input.contact.lastTouchAt ?? input.contact.createdAt, now);
  const overdue = input.cadence === null ? 0 : since - input.cadence;
  const what = input.contact.lastTouchAt === undefined ? 'since you kept them, no touch yet' : 'since the last touch';
  return [
    {
      kind: 'time-since',
      title: overdue > 0 ? 'Overdue for a touch' : 'Keep the rhythm',
      evidence: `${plural(since, 'day')} ${what}${input.cadence === null ? '' : `; cadence ${input.cadence}`}.`,
      weight: 10 + Math.max(0, overdue),
    },
  ];
}

export function rankHinges(input: HingeInput, now: number): Hinge[] {
  return [
    ...jobChange(input, now),
    ...clips(input, now),
    ...sharedConnections(input),
    ...lostDeal(input, now),
    ...lastTopic(input, now),
    ...banttGap(input),
    ...timeSince(input, now),
  ].sort((a, b) => b.weight - a.weight);
}
