import { useMemo } from 'react';
import { getCrmConnections } from '../../storage/secrets';
import type { CrmConnection } from '../../utils/model/crm';
import { useCrmKeys } from './useCrmKeys';

/** The connected CRMs, kept current when one is connected or forgotten in another view. `undefined` while loading. */
export function useCrmConnections(): CrmConnection[] | undefined {
  return useCrmKeys(getCrmConnections);
}

/** The connections that can look things up: checked ones (a bare token kept by an earlier Tend is not). */
export function useCheckedConnections(): CrmConnection[] | undefined {
  const all = useCrmConnections();
  // Memoised: look-ups start again whenever this array changes.
  return useMemo(() => all?.filter((connection) => connection.connectedAt > 0), [all]);
}
