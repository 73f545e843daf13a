import { CrmConnection } from '../model/crm';
import type { CrmKind } from '../model/crm-names';
import type { Fetcher } from './http';
import { HUBSPOT_ORIGIN_PATTERN, hubspotClient } from './hubspot-client';
import { hubspotService } from './hubspot-service';
import { PIPEDRIVE_ORIGIN_PATTERN, pipedriveClient } from './pipedrive-client';
import { pipedriveService } from './pipedrive-service';
import type { CrmService } from './service';

// One place that turns a saved connection into the service for its CRM, and names its host: the
// optional permission asked for when the rep connects.

export const CRM_ORIGINS: Record<CrmKind, string> = { hubspot: HUBSPOT_ORIGIN_PATTERN, pipedrive: PIPEDRIVE_ORIGIN_PATTERN };
export const CRM_HOSTS: Record<CrmKind, string> = { hubspot: 'api.hubapi.com', pipedrive: 'api.pipedrive.com' };

export function serviceFor(connection: CrmConnection, fetch: Fetcher): CrmService {
  return connection.crm === 'hubspot'
    ? hubspotService(hubspotClient({ fetch, token: connection.token }), connection)
    : pipedriveService(pipedriveClient({ fetch, token: connection.token }), connection);
}

/**
 * Check a token against its CRM and learn what record links and "you" need: HubSpot's portal and
 * app host, and the owner with one of the rep's addresses; Pipedrive's company subdomain and the user.
 */
export async function verifyConnection(
  crm: CrmKind,
  token: string,
  fetch: Fetcher,
  myAddresses: readonly string[],
  now: number,
): Promise<CrmConnection> {
  if (crm === 'hubspot') {
    const client = hubspotClient({ fetch, token });
    const details = await client.accountDetails();
    // Only an app host of HubSpot's own becomes a link (the model's rule); anything else is left out.
    const uiDomain = CrmConnection.shape.uiDomain.safeParse(details.uiDomain).data;
    let me: CrmConnection['me'];
    for (const address of myAddresses) {
      const owner = await client.ownerByEmail(address);
      if (owner) {
        me = { ownerId: owner.id, name: [owner.firstName, owner.lastName].filter(Boolean).join(' ') || address };
        break;
      }
    }
    return {
      crm,
      token,
      portalId: String(details.portalId),
      ...(uiDomain ? { uiDomain } : {}),
      ...(me ? { me } : {}),
      connectedAt: now,
    };
  }
  const me = await pipedriveClient({ fetch, token }).me();
  return { crm, token, companyDomain: me.company_domain, me: { ownerId: String(me.id), name: me.name }, connectedAt: now };
}
