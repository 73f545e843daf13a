import { useEffect, useState } from 'react';
import { cachedLookup, saveLookup } from '../../storage/crm';
import { isFresh, slidingWindowLimiter } from '../../utils/crm/lookup';
import type { CrmService } from '../../utils/crm/service';
import { serviceFor } from '../../utils/crm/services';
import type { CrmConnection, CrmFacts, CrmLookup } from '../../utils/model/crm';
import type { CrmKind } from '../../utils/model/crm-names';
import { describeCrmError } from './crm-errors';
import { panelFetch, requireCrmAccess } from './crm-fetch';

// A look-up never blocks the panel: the cached answer (if any) shows at once with its age, a fresh
// one is fetched behind it when the cache is old or empty, and a failure says why while keeping
// whatever was cached. Look-ups to each CRM share a limiter: at most 5 start in any 10 seconds.

export type LookupState =
  | { status: 'checking'; cached?: CrmLookup | undefined }
  | { status: 'done'; lookup: CrmLookup }
  | { status: 'failed'; reason: string; cached?: CrmLookup | undefined };

const limiters: Record<CrmKind, ReturnType<typeof slidingWindowLimiter>> = {
  hubspot: slidingWindowLimiter({ limit: 5, windowMs: 10_000 }),
  pipedrive: slidingWindowLimiter({ limit: 5, windowMs: 10_000 }),
};

export interface LookupRequest {
  keyFor: (crm: CrmKind) => string;
  ask: (service: CrmService) => Promise<CrmFacts | null>;
}

/** One state per connected CRM for the request; `request` must be stable (memoised) between renders. */
export function useCrmLookup(
  connections: readonly CrmConnection[],
  request: LookupRequest | undefined,
): Partial<Record<CrmKind, LookupState>> {
  const [states, setStates] = useState<Partial<Record<CrmKind, LookupState>>>({});
  useEffect(() => {
    setStates({});
    if (!request) return;
    let live = true;
    const set = (crm: CrmKind, state: LookupState) => {
      if (live) setStates((previous) => ({ ...previous, [crm]: state }));
    };
    for (const connection of connections) {
      const { crm } = connection;
      const key = request.keyFor(crm);
      void (async () => {
        const cached = await cachedLookup(key).catch(() => undefined);
        if (cached && isFresh(cached, Date.now())) {
          set(crm, { status: 'done', lookup: cached });
          return;
        }
        set(crm, { status: 'checking', cached });
        try {
          await requireCrmAccess(crm);
          await limiters[crm].take();
          if (!live) return;
          const facts = await request.ask(serviceFor(connection, panelFetch));
          const lookup: CrmLookup = { key, crm, checkedAt: Date.now(), facts };
          await saveLookup(lookup);
          set(crm, { status: 'done', lookup });
        } catch (error) {
          set(crm, { status: 'failed', reason: describeCrmError(crm, error), cached });
        }
      })();
    }
    return () => {
      live = false;
    };
  }, [connections, request]);
  return states;
}
