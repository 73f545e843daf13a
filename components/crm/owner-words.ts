import type { CrmConnection } from '../../utils/model/crm';

// Apart from CrmFacts, whose line and styles load only with a CRM: an account's coverage names
// owners on every company page, CRM or not (issue 22's budget for the panel's first view).

/** "owned by J. Berg", or "owned by Riley Rep (you)" when the CRM's owner is the rep as the CRM knows them. */
export function ownerWords(owner: string | undefined, me: CrmConnection['me']): string {
  if (!owner) return 'no owner';
  return me && owner === me.name ? `owned by ${owner} (you)` : `owned by ${owner}`;
}
