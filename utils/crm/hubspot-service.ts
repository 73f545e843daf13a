import { nameParts } from '../io/export-contacts';
import { type CrmConnection, CrmFacts } from '../model/crm';
import type { MatchedBy } from '../model/crm-names';
import { emailDomain } from '../model/email-address';
import { CrmRecordError } from './http';
import { type Filter, type HubSpotClient, HubSpotObject, type HubSpotOwner } from './hubspot-client';
import {
  type CompanyPeople,
  type CompanyQuery,
  type CrmService,
  linkedinVariants,
  type PersonQuery,
  type PulledPerson,
  type PushPerson,
} from './service';

// Tend's questions put to HubSpot. People are matched by email, then LinkedIn URL, then first and
// last name at the company with that domain; companies by domain, then name. Every record is checked
// against its documented shape and what the panel would show before Tend uses it.

/** HubSpot's LinkedIn URL contact property; a portal without it answers 400 and that anchor is skipped. */
export const LINKEDIN_PROPERTY = 'hs_linkedin_url';
/** HubSpot's own contact property: the domain of the contact's email address. */
const EMAIL_DOMAIN_PROPERTY = 'hs_email_domain';
const CONTACT_PROPERTIES = [
  'email',
  'firstname',
  'lastname',
  'jobtitle',
  'company',
  'phone',
  LINKEDIN_PROPERTY,
  'lifecyclestage',
  'hs_lead_status',
  'hubspot_owner_id',
  'notes_last_updated',
] as const;
const COMPANY_PROPERTIES = ['name', 'domain', 'lifecyclestage', 'hubspot_owner_id', 'notes_last_updated'] as const;
/** How many of a record's deals are read to count the open ones. */
const DEALS_READ = 100;
const PULL_LIMIT = 2_000;

const eq = (propertyName: string, value: string): Filter => ({ propertyName, operator: 'EQ', value });

function instant(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const parsed = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
}

function ownerName(owner: HubSpotOwner | undefined): string | undefined {
  if (!owner) return undefined;
  return [owner.firstName, owner.lastName].filter(Boolean).join(' ') || owner.email || undefined;
}

function record(value: unknown): HubSpotObject {
  const parsed = HubSpotObject.safeParse(value);
  if (!parsed.success) throw new CrmRecordError('HubSpot sent a record without an id or properties');
  return parsed.data;
}

export function hubspotService(
  client: HubSpotClient,
  connection: Pick<CrmConnection, 'portalId' | 'uiDomain' | 'stageProperty'>,
): CrmService {
  const owners = new Map<string, Promise<string | undefined>>();
  const companyIds = new Map<string, Promise<string>>();
  const ui = connection.uiDomain ?? 'app.hubspot.com';

  const ownerOf = (id: string | null | undefined): Promise<string | undefined> => {
    if (!id) return Promise.resolve(undefined);
    let found = owners.get(id);
    if (!found) {
      found = client.owner(id).then(ownerName);
      owners.set(id, found);
    }
    return found;
  };

  const openDeals = async (object: 'contacts' | 'companies', id: string): Promise<number> => {
    const dealIds = (await client.associatedIds(object, id, 'deals', DEALS_READ)).slice(0, DEALS_READ);
    const deals = (await client.batchRead('deals', dealIds, ['hs_is_closed'])).map(record);
    return deals.filter((deal) => deal.properties.hs_is_closed !== 'true').length;
  };

  const facts = async (object: 'contacts' | 'companies', found: HubSpotObject, matchedBy: MatchedBy): Promise<CrmFacts> => {
    const p = found.properties;
    const person = object === 'contacts';
    const candidate = {
      crm: 'hubspot',
      kind: person ? 'person' : 'company',
      recordId: found.id,
      url: `https://${ui}/contacts/${connection.portalId ?? '0'}/record/${person ? '0-1' : '0-2'}/${found.id}`,
      name: (person ? [p.firstname, p.lastname].filter(Boolean).join(' ') || p.email : p.name || p.domain) ?? '',
      owner: await ownerOf(p.hubspot_owner_id),
      status: [p.lifecyclestage, person ? p.hs_lead_status : undefined].filter(Boolean).join(' · ') || undefined,
      lastActivityAt: instant(p.notes_last_updated),
      openDeals: await openDeals(object, found.id),
      matchedBy,
    };
    const parsed = CrmFacts.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CrmRecordError(
        `HubSpot record ${found.id} could not be read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`,
      );
    }
    return parsed.data;
  };

  const first = async (object: 'contacts' | 'companies', filters: Filter[], properties: readonly string[]) => {
    const results = await client.search(object, filters, properties, 1);
    return results?.[0] === undefined ? undefined : record(results[0]);
  };

  const findCompanyRecord = async (query: CompanyQuery): Promise<{ found: HubSpotObject; matchedBy: MatchedBy } | undefined> => {
    if (query.domain) {
      const found = await first('companies', [eq('domain', query.domain)], COMPANY_PROPERTIES);
      if (found) return { found, matchedBy: 'domain' };
    }
    if (!query.name.trim()) return undefined;
    const found = await first('companies', [eq('name', query.name.trim())], COMPANY_PROPERTIES);
    return found ? { found, matchedBy: 'name' } : undefined;
  };

  const pulled = async (value: unknown): Promise<PulledPerson> => {
    let found: HubSpotObject;
    try {
      found = record(value);
    } catch (error) {
      return { recordId: '?', rejected: error instanceof Error ? error.message : String(error) };
    }
    const p = found.properties;
    const fullName = [p.firstname, p.lastname].filter(Boolean).join(' ').trim() || p.email?.trim() || '';
    if (!fullName) return { recordId: found.id, rejected: `HubSpot record ${found.id} has neither a name nor an email address` };
    return {
      recordId: found.id,
      fields: {
        fullName,
        firstName: p.firstname ?? undefined,
        lastName: p.lastname ?? undefined,
        emails: p.email ? [p.email] : [],
        phones: p.phone ? [p.phone] : [],
        title: p.jobtitle ?? undefined,
        companyName: p.company ?? undefined,
        linkedinUrl: p[LINKEDIN_PROPERTY] ?? undefined,
        origin: 'import',
        hubspotId: found.id,
        crmOwner: await ownerOf(p.hubspot_owner_id),
      },
    };
  };

  return {
    crm: 'hubspot',

    async findPerson(query: PersonQuery) {
      for (const email of query.emails) {
        const found = await first('contacts', [eq('email', email)], CONTACT_PROPERTIES);
        if (found) return facts('contacts', found, 'email');
      }
      for (const url of query.linkedinUrl ? linkedinVariants(query.linkedinUrl) : []) {
        const results = await client.search('contacts', [eq(LINKEDIN_PROPERTY, url)], CONTACT_PROPERTIES, 1);
        // null: this portal has no LinkedIn URL property; the other variant would be refused too.
        if (results === null) break;
        if (results[0] !== undefined) return facts('contacts', record(results[0]), 'linkedin');
      }
      const domain = query.companyDomain ?? query.emails.map(emailDomain).find(Boolean);
      if (query.fullName && domain) {
        const company = await first('companies', [eq('domain', domain)], ['domain']);
        const { first: firstName, last } = nameParts({ fullName: query.fullName });
        if (company && firstName && last) {
          const found = await first(
            'contacts',
            [eq('firstname', firstName), eq('lastname', last), eq('associatedcompanyid', company.id)],
            CONTACT_PROPERTIES,
          );
          if (found) return facts('contacts', found, 'name-domain');
        }
      }
      return null;
    },

    async findCompany(query: CompanyQuery) {
      const hit = await findCompanyRecord(query);
      return hit ? facts('companies', hit.found, hit.matchedBy) : null;
    },

    async companyPeople(query: CompanyQuery): Promise<CompanyPeople> {
      const hit = await findCompanyRecord(query);
      if (!hit) {
        // No company record: the people whose address is at the company's domain, when Tend knows it.
        if (!query.domain) return { company: null, people: [] };
        const found = await client.searchAll('contacts', [eq(EMAIL_DOMAIN_PROPERTY, query.domain)], CONTACT_PROPERTIES, PULL_LIMIT);
        const people: PulledPerson[] = [];
        for (const value of found) people.push(await pulled(value));
        return { company: null, people };
      }
      const company = await facts('companies', hit.found, hit.matchedBy);
      const ids = (await client.associatedIds('companies', hit.found.id, 'contacts', PULL_LIMIT)).slice(0, PULL_LIMIT);
      const people: PulledPerson[] = [];
      for (let start = 0; start < ids.length; start += 100) {
        const batch = await client.batchRead('contacts', ids.slice(start, start + 100), CONTACT_PROPERTIES);
        for (const value of batch) people.push(await pulled(value));
      }
      return { company, people };
    },

    async textProperties() {
      return (await client.contactProperties())
        .filter((property) => property.type === 'string' && !property.modificationMetadata?.readOnlyValue)
        .map(({ name, label }) => ({ name, label }))
        .sort((a, b) => a.label.localeCompare(b.label));
    },

    async upsertPerson(person: PushPerson, knownId?: string) {
      const properties: Record<string, string> = { email: person.email };
      if (person.firstName) properties.firstname = person.firstName;
      if (person.lastName) properties.lastname = person.lastName;
      if (person.companyName) properties.company = person.companyName;
      if (person.title) properties.jobtitle = person.title;
      if (person.phone) properties.phone = person.phone;
      if (connection.stageProperty && person.stage) properties[connection.stageProperty] = person.stage;
      // Deleted in HubSpot since it was last pushed: created again below.
      if (knownId && (await client.updateRecord('contacts', knownId, properties))) return knownId;
      const created = await client.createRecord('contacts', properties);
      if ('id' in created) return created.id;
      await client.updateRecord('contacts', created.conflictId, properties);
      return created.conflictId;
    },

    async linkCompany(personId: string, company: CompanyQuery) {
      const key = (company.domain ?? company.name).toLowerCase();
      let companyId = companyIds.get(key);
      if (!companyId) {
        companyId = findCompanyRecord(company).then(async (hit) => {
          if (hit) return hit.found.id;
          const created = await client.createRecord('companies', {
            name: company.name,
            ...(company.domain ? { domain: company.domain } : {}),
          });
          if ('id' in created) return created.id;
          return created.conflictId;
        });
        companyIds.set(key, companyId);
        companyId.catch(() => companyIds.delete(key));
      }
      await client.associateDefault('contacts', personId, 'companies', await companyId);
    },

    createNote: (personId, note) => client.createNote(personId, note),
  };
}
