import { browser } from 'wxt/browser';
import { CRM_KINDS, type CrmKind } from '../utils/model/crm-names';

// Where a CRM connection is kept in the extension's local storage, and whether any is: what the
// panel asks when it opens, before it loads anything of the CRMs (secrets.ts reads them).

export const connectionKey = (crm: CrmKind) => `crm-connection-${crm}`;
/** Where an earlier Tend kept the HubSpot token alone. */
export const LEGACY_HUBSPOT_KEY = 'hubspot-token';
export const CRM_KEYS: readonly string[] = [...CRM_KINDS.map(connectionKey), LEGACY_HUBSPOT_KEY];

/** Whether a CRM connection (checked or not) is kept in this browser. */
export async function anyCrmKept(): Promise<boolean> {
  const stored = await browser.storage.local.get([...CRM_KEYS]);
  return CRM_KEYS.some((key) => stored[key] !== undefined);
}
