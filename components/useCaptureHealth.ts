import { useEffect, useState } from 'react';
import { readHealth, watchHealth } from '../storage/capture-health';
import type { HealthRecord } from '../utils/capture-health';

/** The capture-health records, following new captures as they are read. */
export function useCaptureHealth(): HealthRecord[] | undefined {
  const [records, setRecords] = useState<HealthRecord[]>();
  useEffect(() => {
    let alive = true;
    const show = (next: HealthRecord[]) => {
      if (alive) setRecords(next);
    };
    void readHealth().then(show);
    const unwatch = watchHealth(show);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return records;
}
