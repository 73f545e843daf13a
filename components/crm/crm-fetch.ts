import { browser } from 'wxt/browser';
import type { Fetcher } from '../../utils/crm/http';
import { CRM_HOSTS, CRM_ORIGINS } from '../../utils/crm/services';
import type { CrmKind } from '../../utils/model/crm-names';

// The panel's way out to a CRM: the browser's fetch, only while the rep's permission for that CRM's
// host holds (it can be withdrawn in the browser's settings at any time).

export const panelFetch: Fetcher = (url, init) => fetch(url, init);

export class NoCrmAccessError extends Error {
  constructor(crm: CrmKind) {
    super(`Tend has no access to ${CRM_HOSTS[crm]} any more: connect again to allow it.`);
    this.name = 'NoCrmAccessError';
  }
}

export async function requireCrmAccess(crm: CrmKind): Promise<void> {
  if (!(await browser.permissions.contains({ origins: [CRM_ORIGINS[crm]] }))) throw new NoCrmAccessError(crm);
}

/** Ask for the CRM's host inside the rep's click; resolves to whether the browser granted it. */
export function askCrmAccess(crm: CrmKind): Promise<boolean> {
  return browser.permissions.request({ origins: [CRM_ORIGINS[crm]] });
}

/** Give the host back when the rep disconnects: Tend keeps no access it does not use. */
export async function releaseCrmAccess(crm: CrmKind): Promise<void> {
  await browser.permissions.remove({ origins: [CRM_ORIGINS[crm]] }).catch(() => false);
}
