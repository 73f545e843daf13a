import type { ContactInput } from '../model/contact';
import type { CrmFacts } from '../model/crm';
import type { CrmKind } from '../model/crm-names';

// What Tend asks of a CRM, whichever it is: find a person or a company (each CRM tries its anchors
// in the same order: email, LinkedIn URL, then name and company domain), list a company's people,
// and write people, company links and notes. Each CRM implements it in its own file.

export interface PersonQuery {
  emails: readonly string[];
  linkedinUrl?: string | undefined;
  fullName?: string | undefined;
  companyDomain?: string | undefined;
}

export interface CompanyQuery {
  name: string;
  domain?: string | undefined;
}

/** A CRM person as a row for Tend's import preview, or why the record was refused. */
export type PulledPerson = { recordId: string; fields: ContactInput } | { recordId: string; rejected: string };

export interface CompanyPeople {
  company: CrmFacts | null;
  people: PulledPerson[];
}

export interface PushPerson {
  email: string;
  /** Split from the full name when the contact has none of their own (`nameParts`). */
  firstName?: string | undefined;
  lastName?: string | undefined;
  fullName: string;
  companyName?: string | undefined;
  title?: string | undefined;
  phone?: string | undefined;
  /** Tend's nurture stage, written to the property the rep picked (when they picked one). */
  stage?: string | undefined;
}

export interface CrmProperty {
  name: string;
  label: string;
}

export interface CrmService {
  readonly crm: CrmKind;
  findPerson(query: PersonQuery): Promise<CrmFacts | null>;
  findCompany(query: CompanyQuery): Promise<CrmFacts | null>;
  companyPeople(query: CompanyQuery): Promise<CompanyPeople>;
  /** Text properties of people the rep may pick to hold Tend's stage. */
  textProperties(): Promise<CrmProperty[]>;
  upsertPerson(person: PushPerson, knownId?: string): Promise<string>;
  linkCompany(personId: string, company: CompanyQuery): Promise<void>;
  createNote(personId: string, note: { at: number; body: string }): Promise<string>;
}

/** A LinkedIn URL as a CRM may hold it: with and without the trailing slash (search is exact). */
export function linkedinVariants(url: string): string[] {
  const bare = url.trim().replace(/\/+$/, '');
  return [bare, `${bare}/`];
}
