import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { anyCrmKept } from '../../storage/crm-kept';
import { useCrmKeys } from './useCrmKeys';

// The CRM's parts of the Page and account views, loaded only once a CRM is kept: a rep who never
// connects one loads none of the CRM code, not even what reads the connections (issue 22's budget).

type Connected = typeof import('./connected');

/** A CRM part that renders nothing, and loads nothing, while no CRM is kept. */
function whenCrmKept<P extends object>(pick: (module: Connected) => ComponentType<P>): (props: P) => ReactNode {
  const Part = lazy(() => import('./connected').then((module) => ({ default: pick(module) })));
  return (props: P) =>
    useCrmKeys(anyCrmKept) ? (
      <Suspense fallback={null}>
        <Part {...props} />
      </Suspense>
    ) : null;
}

export const CrmPersonFacts = whenCrmKept((module) => module.PersonFacts);
export const CrmCompanyFacts = whenCrmKept((module) => module.CompanyFacts);
export const CrmParticipantsFacts = whenCrmKept((module) => module.ParticipantsFacts);
export const CrmPull = whenCrmKept((module) => module.Pull);
