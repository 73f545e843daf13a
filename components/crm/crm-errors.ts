import { CrmAuthError, CrmError, CrmRecordError } from '../../utils/crm/http';
import { CRM_HOSTS } from '../../utils/crm/services';
import { CRM_LABELS, type CrmKind } from '../../utils/model/crm-names';
import { describeError } from '../errors';
import { NoCrmAccessError } from './crm-fetch';

/** Why a CRM could not answer, in a sentence the rep can act on. */
export function describeCrmError(crm: CrmKind, error: unknown): string {
  if (error instanceof CrmAuthError || error instanceof CrmError || error instanceof CrmRecordError || error instanceof NoCrmAccessError)
    return error.message;
  // fetch rejects with a TypeError when the host cannot be reached at all (offline, blocked).
  if (error instanceof TypeError) return `${CRM_LABELS[crm]} could not be reached (${CRM_HOSTS[crm]}): check the connection and try again.`;
  return describeError(error);
}
