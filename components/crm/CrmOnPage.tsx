import { useMemo } from 'react';
import { companyQuery, personQuery } from '../../storage/crm';
import { companyLookupKey, personLookupKey } from '../../utils/crm/lookup';
import type { CompanyQuery, PersonQuery } from '../../utils/crm/service';
import type { CrmConnection } from '../../utils/model/crm';
import { CrmFactsLine } from './CrmFacts';
import { type LookupRequest, useCrmLookup } from './useCrmLookup';
import './CrmFacts.css';

// The team's CRM beside the local card: whether it has this person or company, who owns them,
// their status, last activity and open deals. Nothing shows until a CRM is connected.

export interface SeenPerson {
  fullName?: string | undefined;
  linkedinUrl?: string | undefined;
  emails?: readonly string[] | undefined;
  companyName?: string | undefined;
}

function personRequest(seen: SeenPerson): LookupRequest {
  // The query is built once per look-up from what the page shows plus what Tend keeps.
  let query: Promise<PersonQuery> | undefined;
  const built = () => {
    query ??= personQuery(seen);
    return query;
  };
  const direct: PersonQuery = { emails: seen.emails ?? [], linkedinUrl: seen.linkedinUrl, fullName: seen.fullName };
  return {
    keyFor: (crm) => personLookupKey(crm, direct),
    ask: async (service) => service.findPerson(await built()),
  };
}

function companyRequest(company: { name: string; companyUrl?: string | undefined; domain?: string | undefined }): LookupRequest {
  let query: Promise<CompanyQuery> | undefined;
  return {
    keyFor: (crm) => companyLookupKey(crm, { name: company.name, domain: company.domain }),
    ask: async (service) => {
      query ??= companyQuery(company);
      return service.findCompany(await query);
    },
  };
}

function Lines({ connections, request, what }: { connections: CrmConnection[]; request: LookupRequest; what: string }) {
  const states = useCrmLookup(connections, request);
  return (
    <ul>
      {connections.map((connection) => (
        <CrmFactsLine key={connection.crm} connection={connection} state={states[connection.crm]} what={what} />
      ))}
    </ul>
  );
}

// Each takes the checked connections from its caller (components/crm/on-demand.tsx), which loads
// this module only once there is one.

export function CrmPersonFacts({ connections, seen }: { connections: CrmConnection[]; seen: SeenPerson }) {
  const key = JSON.stringify(seen);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the request changes when what was seen does, compared by value.
  const request = useMemo(() => personRequest(seen), [key]);
  return (
    <section className="crm-block" aria-label="In your CRM">
      <h2>In your CRM</h2>
      <Lines connections={connections} request={request} what="this person" />
    </section>
  );
}

export function CrmCompanyFacts({
  connections,
  company,
}: {
  connections: CrmConnection[];
  company: { name: string; companyUrl?: string | undefined; domain?: string | undefined };
}) {
  const key = JSON.stringify(company);
  // biome-ignore lint/correctness/useExhaustiveDependencies: compared by value, as above.
  const request = useMemo(() => companyRequest(company), [key]);
  return (
    <section className="crm-block" aria-label="Company in your CRM">
      <h2>Company in your CRM</h2>
      <Lines connections={connections} request={request} what="this company" />
    </section>
  );
}

/** A thread's people, each with what the CRM says of them (the first ten, to spare the CRM's limits). */
export function CrmParticipantsFacts({
  connections,
  people,
}: {
  connections: CrmConnection[];
  people: readonly { name?: string | undefined; email: string }[];
}) {
  if (people.length === 0) return null;
  return (
    <section className="crm-block" aria-label="Participants in your CRM">
      <h2>In your CRM</h2>
      <ul className="rows">
        {people.slice(0, 10).map((person) => (
          <li key={person.email}>
            <span className="row-title">{person.name ?? person.email}</span>
            <ParticipantLines connections={connections} person={person} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ParticipantLines({ connections, person }: { connections: CrmConnection[]; person: { name?: string | undefined; email: string } }) {
  const request = useMemo(() => personRequest({ emails: [person.email], fullName: person.name }), [person.email, person.name]);
  return <Lines connections={connections} request={request} what={person.name ?? person.email} />;
}
