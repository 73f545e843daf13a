import { browser } from 'wxt/browser';
import type { CrmConnection } from '../utils/model/crm';
import { CRM_KINDS, type CrmKind } from '../utils/model/crm-names';
import { connectionKey, LEGACY_HUBSPOT_KEY } from './crm-kept';
import { db } from './db';
import { ValidationError } from './errors';

// The rep's CRM connections (tokens included) live in the extension's local storage: never in
// IndexedDB, so never in a backup file or an export, and never sent anywhere but their CRM. Their
// model (and Zod) loads only when one is kept: a rep who never connects a CRM never loads it.

const crmModel = () => import('../utils/model/crm');

export async function getCrmConnection(crm: CrmKind): Promise<CrmConnection | undefined> {
  const stored = await browser.storage.local.get([connectionKey(crm), LEGACY_HUBSPOT_KEY]);
  const legacy = crm === 'hubspot' ? stored[LEGACY_HUBSPOT_KEY] : undefined;
  if (stored[connectionKey(crm)] === undefined && legacy === undefined) return undefined;
  const { CrmConnection } = await crmModel();
  const parsed = CrmConnection.safeParse(stored[connectionKey(crm)]);
  if (parsed.success && parsed.data.crm === crm) return parsed.data;
  if (typeof legacy === 'string') {
    const old = CrmConnection.safeParse({ crm, token: legacy, connectedAt: 0 });
    if (old.success) return old.data;
  }
  return undefined;
}

export async function getCrmConnections(): Promise<CrmConnection[]> {
  const all = await Promise.all(CRM_KINDS.map(getCrmConnection));
  return all.filter((connection): connection is CrmConnection => connection !== undefined);
}

export async function saveCrmConnection(connection: CrmConnection): Promise<void> {
  const { CrmConnection } = await crmModel();
  const parsed = CrmConnection.safeParse(connection);
  if (!parsed.success)
    throw new ValidationError(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  await browser.storage.local.set({ [connectionKey(connection.crm)]: parsed.data });
  if (connection.crm === 'hubspot') await browser.storage.local.remove(LEGACY_HUBSPOT_KEY);
}

/** Forget a CRM: its token, and everything it answered (the look-up cache). */
export async function forgetCrmConnection(crm: CrmKind): Promise<void> {
  await browser.storage.local.remove([connectionKey(crm), ...(crm === 'hubspot' ? [LEGACY_HUBSPOT_KEY] : [])]);
  await db.crmLookups.where('crm').equals(crm).delete();
}
