import { browser } from 'wxt/browser';
import { CRM_KINDS, CrmConnection, type CrmKind } from '../utils/model/crm';
import { db } from './db';
import { ValidationError } from './errors';

// The rep's CRM connections (tokens included) live in the extension's local storage: never in
// IndexedDB, so never in a backup file or an export, and never sent anywhere but their CRM.

const keyOf = (crm: CrmKind) => `crm-connection-${crm}`;
/** Where an earlier Tend kept the HubSpot token alone. */
const LEGACY_HUBSPOT_KEY = 'hubspot-token';

export async function getCrmConnection(crm: CrmKind): Promise<CrmConnection | undefined> {
  const stored = await browser.storage.local.get([keyOf(crm), LEGACY_HUBSPOT_KEY]);
  const parsed = CrmConnection.safeParse(stored[keyOf(crm)]);
  if (parsed.success && parsed.data.crm === crm) return parsed.data;
  const legacy = stored[LEGACY_HUBSPOT_KEY];
  if (crm === 'hubspot' && typeof legacy === 'string') {
    const old = CrmConnection.safeParse({ crm, token: legacy, connectedAt: 0 });
    if (old.success) return old.data;
  }
  return undefined;
}

export async function getCrmConnections(): Promise<CrmConnection[]> {
  const all = await Promise.all(CRM_KINDS.map(getCrmConnection));
  return all.filter((connection): connection is CrmConnection => connection !== undefined);
}

/** Check a token's shape before anything is asked of the CRM. */
export function checkToken(crm: CrmKind, token: string): string {
  const clean = token.trim();
  const parsed = CrmConnection.shape.token.safeParse(clean);
  if (!parsed.success)
    throw new ValidationError([
      {
        path: 'token',
        message:
          crm === 'hubspot'
            ? 'a HubSpot private-app token looks like pat-na1-…, with no spaces'
            : 'a Pipedrive API token is 40 letters and digits, with no spaces',
      },
    ]);
  return parsed.data;
}

export async function saveCrmConnection(connection: CrmConnection): Promise<void> {
  const parsed = CrmConnection.safeParse(connection);
  if (!parsed.success)
    throw new ValidationError(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  await browser.storage.local.set({ [keyOf(connection.crm)]: parsed.data });
  if (connection.crm === 'hubspot') await browser.storage.local.remove(LEGACY_HUBSPOT_KEY);
}

/** Forget a CRM: its token, and everything it answered (the look-up cache). */
export async function forgetCrmConnection(crm: CrmKind): Promise<void> {
  await browser.storage.local.remove([keyOf(crm), ...(crm === 'hubspot' ? [LEGACY_HUBSPOT_KEY] : [])]);
  await db.crmLookups.where('crm').equals(crm).delete();
}
