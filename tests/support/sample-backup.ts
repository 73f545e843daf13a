import { aliasesFor } from '../../utils/identity';
import { BACKUP_FORMAT, type Backup } from '../../utils/io/backup';
import type { Account } from '../../utils/model/account';
import type { CallPlan } from '../../utils/model/call-plan';
import type { Clip } from '../../utils/model/clip';
import type { Contact } from '../../utils/model/contact';
import type { Reminder } from '../../utils/model/reminder';
import { DEFAULT_CADENCE, DEFAULT_SETTINGS } from '../../utils/model/settings-defaults';
import type { StageEvent } from '../../utils/model/stage-event';
import type { Touch } from '../../utils/model/touch';
import type { Origin, Role, Source, Stage, TouchType } from '../../utils/model/vocabulary';
import { nextDueAt } from '../../utils/nurture/cadence';
import { searchWordsFor } from '../../utils/search-words';

// A rep's first months with Tend, as a JSON backup: the demo (`npm start`) and the accessibility
// test restore it through the panel's own Restore, so what they show is what a rep would see.
// People, companies and addresses are invented; dates are relative to `now`.

const DAY = 86_400_000;

interface Person {
  id: string;
  name: string;
  title: string;
  company: string;
  accountId: string;
  email?: string;
  linkedin?: string;
  stage: Stage;
  origin: Origin;
  roles: Role[];
  sources: Source[];
  tags: string[];
  keptDaysAgo: number;
  /** Stages passed through, days after being kept. */
  path: [Stage, number, string?][];
  /** Touches: type, days ago, direction, summary, answered. */
  touches: [TouchType, number, 'in' | 'out', string, boolean?][];
  previousJob?: { title: string; company: string; daysAgo: number };
}

const ACCOUNTS: [string, string, string][] = [
  ['acc-globex', 'Globex', 'globex.example'],
  ['acc-harbourline', 'Harbourline Ceramics', 'harbourline.example'],
  ['acc-initech', 'Initech', 'initech.example'],
  ['acc-umbrella', 'Umbrella Health', 'umbrella.example'],
];

const PEOPLE: Person[] = [
  {
    id: 'p-ana',
    name: 'Ana Castillo',
    title: 'Head of Procurement',
    company: 'Globex',
    accountId: 'acc-globex',
    email: 'ana.castillo@globex.example',
    linkedin: 'https://www.linkedin.com/in/ana-castillo-7b2a19',
    stage: 'engaged',
    origin: 'sales',
    roles: ['decision-maker'],
    sources: ['prospect'],
    tags: ['manufacturing', 'EMEA'],
    keptDaysAgo: 110,
    path: [
      ['new', 0],
      ['nurturing', 12],
      ['engaged', 70],
    ],
    touches: [
      ['email', 105, 'out', 'Introduced the supplier risk dashboards', false],
      ['call', 90, 'out', 'Short call: renewals are due in Q3'],
      ['article-shared', 60, 'out', 'Shared the supply-chain resilience survey'],
      ['meeting', 38, 'in', 'Workshop on the Q3 tender timeline'],
    ],
    previousJob: { title: 'Category Manager', company: 'Globex', daysAgo: 400 },
  },
  {
    id: 'p-juniper',
    name: 'Juniper Okonkwo-Lind',
    title: 'Operations Lead',
    company: 'Harbourline Ceramics',
    accountId: 'acc-harbourline',
    email: 'juniper@harbourline.example',
    stage: 'nurturing',
    origin: 'marketing',
    roles: ['influencer'],
    sources: ['customer'],
    tags: ['logistics'],
    keptDaysAgo: 80,
    path: [
      ['new', 0],
      ['nurturing', 9],
    ],
    touches: [
      ['email', 75, 'in', 'Asked about delivery windows'],
      ['linkedin-message', 44, 'out', 'Congratulated her on the new warehouse'],
    ],
  },
  {
    id: 'p-wei',
    name: 'Wei Zhang',
    title: 'IT Director',
    company: 'Initech',
    accountId: 'acc-initech',
    email: 'wei.zhang@initech.example',
    linkedin: 'https://www.linkedin.com/in/wei-zhang-initech',
    stage: 'sales-ready',
    origin: 'sales',
    roles: ['decision-maker', 'access'],
    sources: ['referral'],
    tags: ['IT'],
    keptDaysAgo: 150,
    path: [
      ['new', 0],
      ['nurturing', 20],
      ['engaged', 60],
      ['sales-ready', 120],
    ],
    touches: [
      ['call', 140, 'out', 'Left a voicemail', false],
      ['call', 133, 'out', 'Talked through the integration', true],
      ['meeting', 100, 'in', 'Demo with his team'],
      ['email', 26, 'out', 'Sent the integration case study'],
    ],
  },
  {
    id: 'p-priya',
    name: 'Priya Nair',
    title: 'Procurement Analyst',
    company: 'Initech',
    accountId: 'acc-initech',
    email: 'priya.n@initech.example',
    stage: 'new',
    origin: 'marketing',
    roles: ['future-buyer'],
    sources: ['prospect'],
    tags: ['IT'],
    keptDaysAgo: 20,
    path: [['new', 0]],
    touches: [],
  },
  {
    id: 'p-soren',
    name: 'Søren Andersen',
    title: 'Analyst',
    company: 'Umbrella Health',
    accountId: 'acc-umbrella',
    email: 'soren.andersen@umbrella.example',
    stage: 'nurturing',
    origin: 'event',
    roles: ['advisor'],
    sources: ['industry-counterpart'],
    tags: ['health'],
    keptDaysAgo: 60,
    path: [
      ['new', 0],
      ['nurturing', 5],
    ],
    touches: [['meeting', 2, 'in', 'Met at the Copenhagen fair']],
  },
  {
    id: 'p-mette',
    name: 'Mette Kjær',
    title: 'Finance Director',
    company: 'Umbrella Health',
    accountId: 'acc-umbrella',
    email: 'mette.k@umbrella.example',
    stage: 'discontinued',
    origin: 'sales',
    roles: ['decision-maker'],
    sources: ['prospect'],
    tags: ['health'],
    keptDaysAgo: 130,
    path: [
      ['new', 0],
      ['nurturing', 15],
      ['discontinued', 90, 'No budget this year'],
    ],
    touches: [['email', 120, 'out', 'Sent pricing', false]],
  },
];

export function sampleBackup(now: number, schemaVersion: number): Backup {
  const at = (daysAgo: number) => now - daysAgo * DAY;
  const accounts: Account[] = ACCOUNTS.map(([id, name, domain]) => ({
    id,
    name,
    domain,
    nameLower: name.toLowerCase(),
    aliases: [`domain:${domain}`],
    tags: [],
    createdAt: at(150),
    updatedAt: at(150),
  }));
  const touches: Touch[] = [];
  const stageEvents: StageEvent[] = [];
  const contacts: Contact[] = PEOPLE.map((person) => {
    const createdAt = at(person.keptDaysAgo);
    person.touches.forEach(([type, daysAgo, direction, summary, answered], index) => {
      touches.push({
        id: `${person.id}-t${index}`,
        contactId: person.id,
        type,
        direction,
        at: at(daysAgo),
        summary,
        answered: answered ?? true,
        source: { kind: 'manual' },
        createdAt: at(daysAgo),
      });
    });
    person.path.forEach(([to, afterDays, reason], index) => {
      const from = index > 0 ? person.path[index - 1]?.[0] : undefined;
      stageEvents.push({
        id: `${person.id}-s${index}`,
        contactId: person.id,
        ...(from ? { from } : {}),
        to,
        at: createdAt + afterDays * DAY,
        ...(reason ? { reason } : {}),
      });
    });
    const lastTouchAt = Math.max(...person.touches.map(([, daysAgo]) => at(daysAgo)), Number.NEGATIVE_INFINITY);
    const [first, last] = person.name.split(' ');
    const contact: Contact = {
      id: person.id,
      fullName: person.name,
      firstName: first,
      lastName: last,
      title: person.title,
      companyName: person.company,
      accountId: person.accountId,
      headline: `${person.title} at ${person.company}`,
      ...(person.linkedin ? { linkedinUrl: person.linkedin } : {}),
      emails: person.email ? [person.email] : [],
      phones: [],
      aliases: aliasesFor({ linkedinUrl: person.linkedin, emails: person.email ? [person.email] : [] }),
      roles: person.roles,
      sources: person.sources,
      tags: person.tags,
      stage: person.stage,
      origin: person.origin,
      employment: [
        ...(person.previousJob
          ? [
              {
                title: person.previousJob.title,
                company: person.previousJob.company,
                observedAt: at(person.previousJob.daysAgo),
                source: 'linkedin' as const,
              },
            ]
          : []),
        { title: person.title, company: person.company, observedAt: createdAt, source: 'linkedin' as const },
      ],
      searchWords: searchWordsFor([person.name, person.company, person.title, person.email, ...person.tags]),
      createdAt,
      updatedAt: createdAt,
      ...(Number.isFinite(lastTouchAt) ? { lastTouchAt } : {}),
    };
    const due = nextDueAt(contact, DEFAULT_CADENCE);
    return due === undefined ? contact : { ...contact, nextDueAt: due };
  });
  const reminders: Reminder[] = [
    { id: 'r-1', contactId: 'p-juniper', dueAt: at(3), note: 'Ask how the new warehouse is going', status: 'open', createdAt: at(40) },
    { id: 'r-2', contactId: 'p-soren', dueAt: now - 60_000, note: 'Send the Copenhagen follow-up deck', status: 'open', createdAt: at(2) },
    { id: 'r-3', contactId: 'p-ana', dueAt: at(-3), note: 'Check the tender timeline', status: 'open', createdAt: at(30) },
  ];
  const clips: Clip[] = [
    {
      id: 'c-1',
      contactId: 'p-ana',
      url: 'https://news.example.com/2026/11/procurement-trends',
      title: 'Procurement teams brace for a year of tighter budgets',
      byline: 'Maria Keller',
      siteName: 'The Supply Ledger',
      excerpt: 'Finance chiefs want every new supplier to pay for itself within a year.',
      text: 'Finance chiefs across Europe are asking procurement teams to prove that every new supplier pays for itself within a year.',
      clippedAt: at(1),
    },
  ];
  const callPlans: CallPlan[] = [
    {
      id: 'cp-1',
      contactId: 'p-wei',
      objective: 'Agree the scope of a pilot',
      hinge: 'The integration case study he asked for',
      opening: 'You asked for proof it works with your stack: here is how Hooli did it.',
      questions: ['Who else signs off on a pilot?', 'When does the budget cycle start?'],
      objections: [
        { objection: 'We have no budget until Q3', acknowledge: 'Understood.', question: 'What would have to be true to start sooner?' },
      ],
      nextStep: 'Send pilot terms',
      status: 'draft',
      createdAt: at(1),
      updatedAt: at(1),
    },
  ];
  return {
    format: BACKUP_FORMAT,
    schemaVersion,
    exportedAt: now,
    tables: {
      contacts,
      accounts,
      touches,
      reminders,
      stageEvents,
      callPlans,
      clips,
      settings: [{ ...DEFAULT_SETTINGS, welcomeDismissedAt: now }],
    },
  };
}
