import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CRM_KEYS } from '../../storage/crm-kept';

/**
 * What `read` answers, read now and again whenever a CRM connection is kept or forgotten (here or
 * in another view); `undefined` until the first answer. `read` must be the same function each time.
 */
export function useCrmKeys<T>(read: () => Promise<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    const load = () => {
      void read().then((found) => {
        if (live) setValue(found);
      });
    };
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CRM_KEYS.some((key) => key in changes)) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [read]);
  return value;
}
