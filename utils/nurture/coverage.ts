import type { Role } from '../model/vocabulary';

// How well the rep covers an account's buyer network: who is kept there by seniority and role,
// and the gaps named ("No decision-maker kept at Acme").

export const SENIORITIES = ['executive', 'management', 'staff', 'unknown'] as const;
export type Seniority = (typeof SENIORITIES)[number];

const EXECUTIVE =
  /\b(chief|ceo|cfo|cto|coo|cio|cmo|cro|president|founder|co-founder|owner|partner|managing director|general manager|vp|svp|evp|vice president|geschäftsführer|directeur général|board member|chair(man|woman|person)?)\b/i;
const MANAGEMENT = /\b(director|head|manager|lead|leiter|leiterin|directeur|directrice|responsable|jefe|gerente|supervisor|principal)\b/i;

/** Seniority from a job title, in the words titles commonly use; no title: unknown. */
export function seniorityOf(title: string | undefined): Seniority {
  if (!title?.trim()) return 'unknown';
  if (EXECUTIVE.test(title)) return 'executive';
  if (MANAGEMENT.test(title)) return 'management';
  return 'staff';
}

export interface CoveredPerson {
  id: string;
  fullName: string;
  title?: string | undefined;
  roles: readonly Role[];
}

export interface AccountCoverage<P extends CoveredPerson> {
  bySeniority: Record<Seniority, P[]>;
  gaps: string[];
}

/** The roles every account needs someone in, in the order a rep would fill them. */
const NEEDED: readonly { role: Role; gap: string }[] = [
  { role: 'decision-maker', gap: 'No decision-maker kept at' },
  { role: 'influencer', gap: 'No influencer kept at' },
  { role: 'access', gap: 'No one to open doors (access) at' },
];

export function accountCoverage<P extends CoveredPerson>(accountName: string, people: readonly P[]): AccountCoverage<P> {
  const bySeniority = Object.fromEntries(SENIORITIES.map((level) => [level, [] as P[]])) as Record<Seniority, P[]>;
  for (const person of people) bySeniority[seniorityOf(person.title)].push(person);
  const gaps = NEEDED.filter(({ role }) => !people.some((person) => person.roles.includes(role))).map(({ gap }) => `${gap} ${accountName}`);
  if (people.length > 0 && bySeniority.executive.length === 0) gaps.push(`No one at executive level kept at ${accountName}`);
  if (people.length === 0) return { bySeniority, gaps: [`No one kept at ${accountName} yet`] };
  return { bySeniority, gaps };
}
