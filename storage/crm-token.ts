import { CrmConnection } from '../utils/model/crm';
import type { CrmKind } from '../utils/model/crm-names';
import { ValidationError } from './errors';

// The token check runs inside the rep's click, before the CRM's host is asked for (a permission
// request must come from the click itself), so it is synchronous: its model is loaded with the
// CRM's settings, not with the panel.

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
