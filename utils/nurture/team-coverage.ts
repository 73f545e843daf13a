import { ROLES, type Role } from '../model/vocabulary';

// Who on the seller's side covers each buyer-network role at an account: the CRM's owner of each
// person there (the team's shared memory), or the rep when the person is kept only in Tend.

export interface TeamCoveredPerson {
  id: string;
  fullName: string;
  roles: readonly Role[];
  /** The CRM's owner, as the CRM last said; absent when the CRM has not been asked. */
  crmOwner?: string | undefined;
}

export interface RoleCoverage<P> {
  role: Role;
  people: { person: P; coveredBy: { kind: 'owner'; name: string } | { kind: 'rep' } }[];
}

export function teamCoverage<P extends TeamCoveredPerson>(people: readonly P[]): RoleCoverage<P>[] {
  return ROLES.map((role) => ({
    role,
    people: people
      .filter((person) => person.roles.includes(role))
      .map((person) => ({
        person,
        coveredBy: person.crmOwner ? { kind: 'owner' as const, name: person.crmOwner } : { kind: 'rep' as const },
      })),
  })).filter((coverage) => coverage.people.length > 0);
}
