import { type CrmConnection, CrmFacts } from '../model/crm';
import type { MatchedBy } from '../model/crm-names';
import { emailDomain } from '../model/email-address';
import { CrmRecordError } from './http';
import { type PipedriveClient, PipedriveOrganization, PipedrivePerson } from './pipedrive-client';
import {
  type CompanyPeople,
  type CompanyQuery,
  type CrmService,
  linkedinVariants,
  type PersonQuery,
  type PulledPerson,
  type PushPerson,
} from './service';

// Tend's questions put to Pipedrive. People are matched by email, then LinkedIn URL (a custom field,
// searched through `custom_fields`), then exact name with an address at the company's domain;
// organizations by exact name (Pipedrive keeps no domain on them).

type Named = { id?: number | undefined; name?: string | undefined } | number | null | undefined;
const nameOf = (value: Named): string | undefined => (typeof value === 'object' && value !== null ? value.name : undefined);

/** How many people a pull brings at most. */
const PULL_LIMIT = 2_000;

function day(value: string | null | undefined): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const parsed = Date.parse(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** Pipedrive notes are HTML: the rep's words go in as text. */
function htmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('\n', '<br>');
}

/** `YYYY-MM-DD HH:MM:SS` in UTC, the format Pipedrive's add_time takes. */
function utcStamp(at: number): string {
  return new Date(at).toISOString().slice(0, 19).replace('T', ' ');
}

function checked<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  value: unknown,
  what: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CrmRecordError(`Pipedrive sent a ${what} Tend could not read`);
  return parsed.data;
}

export function pipedriveService(client: PipedriveClient, connection: Pick<CrmConnection, 'companyDomain' | 'stageProperty'>): CrmService {
  const host = `https://${connection.companyDomain ?? 'app'}.pipedrive.com`;
  const organizationIds = new Map<string, Promise<number>>();
  let fields: ReturnType<PipedriveClient['personFields']> | undefined;
  const personFields = () => {
    fields ??= client.personFields();
    return fields;
  };

  const labelOf = async (label: number | null | undefined): Promise<string | undefined> => {
    if (label === null || label === undefined) return undefined;
    const field = (await personFields()).find((candidate) => candidate.key === 'label');
    return field?.options?.find((option) => option.id === label)?.label;
  };

  const valid = (candidate: unknown, id: number): CrmFacts => {
    const parsed = CrmFacts.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CrmRecordError(`Pipedrive record ${id} could not be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
    }
    return parsed.data;
  };

  const personFacts = async (id: number, matchedBy: MatchedBy): Promise<CrmFacts | null> => {
    const raw = await client.read('persons', id);
    if (raw === undefined) return null;
    const person = checked(PipedrivePerson, raw, 'person');
    return valid(
      {
        crm: 'pipedrive',
        kind: 'person',
        recordId: String(person.id),
        url: `${host}/person/${person.id}`,
        name: person.name ?? '',
        owner: nameOf(person.owner_id),
        status: await labelOf(person.label),
        lastActivityAt: day(person.last_activity_date),
        openDeals: person.open_deals_count ?? undefined,
        matchedBy,
      },
      person.id,
    );
  };

  const organizationFacts = async (id: number): Promise<CrmFacts | null> => {
    const raw = await client.read('organizations', id);
    if (raw === undefined) return null;
    const organization = checked(PipedriveOrganization, raw, 'organization');
    return valid(
      {
        crm: 'pipedrive',
        kind: 'company',
        recordId: String(organization.id),
        url: `${host}/organization/${organization.id}`,
        name: organization.name,
        owner: nameOf(organization.owner_id),
        lastActivityAt: day(organization.last_activity_date),
        openDeals: organization.open_deals_count ?? undefined,
        matchedBy: 'name',
      },
      organization.id,
    );
  };

  const findOrganizationId = async (query: CompanyQuery): Promise<number | undefined> =>
    (await client.search('organizations', query.name, 'name', 1))[0]?.id;

  const pulled = (value: unknown): PulledPerson => {
    const parsed = PipedrivePerson.safeParse(value);
    if (!parsed.success) return { recordId: '?', rejected: 'Pipedrive sent a person Tend could not read' };
    const person = parsed.data;
    const fullName = (person.name ?? '').trim();
    if (!fullName) return { recordId: String(person.id), rejected: `Pipedrive person ${person.id} has no name` };
    return {
      recordId: String(person.id),
      fields: {
        fullName,
        firstName: person.first_name ?? undefined,
        lastName: person.last_name ?? undefined,
        emails: (person.email ?? []).map((entry) => entry.value).filter(Boolean),
        phones: (person.phone ?? []).map((entry) => entry.value).filter(Boolean),
        title: person.job_title ?? undefined,
        companyName: person.org_name ?? nameOf(person.org_id as Named) ?? undefined,
        origin: 'import',
        pipedriveId: String(person.id),
        crmOwner: nameOf(person.owner_id),
      },
    };
  };

  const personBody = (person: PushPerson): Record<string, unknown> => ({
    name: person.fullName,
    email: [{ value: person.email, primary: true, label: 'work' }],
    ...(person.phone ? { phone: [{ value: person.phone, primary: true, label: 'work' }] } : {}),
    ...(connection.stageProperty && person.stage ? { [connection.stageProperty]: person.stage } : {}),
  });

  return {
    crm: 'pipedrive',

    async findPerson(query: PersonQuery) {
      for (const email of query.emails) {
        const hit = (await client.search('persons', email, 'email', 1))[0];
        if (hit) return personFacts(hit.id, 'email');
      }
      for (const url of query.linkedinUrl ? linkedinVariants(query.linkedinUrl) : []) {
        const hit = (await client.search('persons', url, 'custom_fields', 1))[0];
        if (hit) return personFacts(hit.id, 'linkedin');
      }
      const domain = query.companyDomain ?? query.emails.map(emailDomain).find(Boolean);
      if (query.fullName && domain) {
        const hits = await client.search('persons', query.fullName, 'name', 10);
        const hit = hits.find((item) => (item.emails ?? []).some((email) => emailDomain(email) === domain));
        if (hit) return personFacts(hit.id, 'name-domain');
      }
      return null;
    },

    async findCompany(query: CompanyQuery) {
      const id = await findOrganizationId(query);
      return id === undefined ? null : organizationFacts(id);
    },

    async companyPeople(query: CompanyQuery): Promise<CompanyPeople> {
      const id = await findOrganizationId(query);
      if (id === undefined) {
        // No organization of that name: the people with an address at the company's domain.
        if (!query.domain) return { company: null, people: [] };
        const domain = query.domain.toLowerCase();
        const hits = (await client.searchPersonsByEmail(`@${domain}`, PULL_LIMIT)).filter((item) =>
          (item.emails ?? []).some((email) => emailDomain(email) === domain),
        );
        const people: PulledPerson[] = [];
        for (const hit of hits) {
          const raw = await client.read('persons', hit.id);
          if (raw !== undefined) people.push(pulled(raw));
        }
        return { company: null, people };
      }
      const company = await organizationFacts(id);
      return { company, people: (await client.organizationPersons(id)).map(pulled) };
    },

    async textProperties() {
      return (await personFields())
        .filter((field) => (field.field_type === 'varchar' || field.field_type === 'text') && field.edit_flag === true)
        .map((field) => ({ name: field.key, label: field.name }))
        .sort((a, b) => a.label.localeCompare(b.label));
    },

    async upsertPerson(person: PushPerson, knownId?: string) {
      const body = personBody(person);
      if (knownId && (await client.updatePerson(knownId, body))) return knownId;
      const existing = (await client.search('persons', person.email, 'email', 1))[0];
      if (existing && (await client.updatePerson(String(existing.id), body))) return String(existing.id);
      return client.create('persons', body);
    },

    async linkCompany(personId: string, company: CompanyQuery) {
      // One search (or creation) per organization and push, however many people work there.
      const key = company.name.trim().toLowerCase();
      let orgId = organizationIds.get(key);
      if (!orgId) {
        orgId = findOrganizationId(company).then(
          async (found) => found ?? Number(await client.create('organizations', { name: company.name })),
        );
        organizationIds.set(key, orgId);
        orgId.catch(() => organizationIds.delete(key));
      }
      await client.updatePerson(personId, { org_id: await orgId });
    },

    createNote: (personId, note) =>
      client.create('notes', { content: htmlText(note.body), person_id: Number(personId), add_time: utcStamp(note.at) }),
  };
}
