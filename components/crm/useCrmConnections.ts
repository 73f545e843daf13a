import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { getCrmConnections } from '../../storage/secrets';
import type { CrmConnection } from '../../utils/model/crm';

/** The connected CRMs, kept current when one is connected or forgotten in another view. `undefined` while loading. */
export function useCrmConnections(): CrmConnection[] | undefined {
  const [connections, setConnections] = useState<CrmConnection[] | undefined>();
  useEffect(() => {
    let live = true;
    const load = () => {
      void getCrmConnections().then((found) => {
        if (live) setConnections(found);
      });
    };
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((key) => key.startsWith('crm-connection-') || key === 'hubspot-token')) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return connections;
}

/** The connections that can look things up: checked ones (a bare token kept by an earlier Tend is not). */
export function useCheckedConnections(): CrmConnection[] | undefined {
  const all = useCrmConnections();
  // Memoised: look-ups start again whenever this array changes.
  return useMemo(() => all?.filter((connection) => connection.connectedAt > 0), [all]);
}
