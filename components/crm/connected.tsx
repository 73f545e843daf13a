import type { ComponentType, ReactNode } from 'react';
import type { CrmConnection } from '../../utils/model/crm';
import { CrmCompanyFacts, CrmParticipantsFacts, CrmPersonFacts } from './CrmOnPage';
import { CrmPull } from './CrmPull';
import { useCheckedConnections, useCrmConnections } from './useCrmConnections';

// The CRM's parts with the connections they work with, read here, in the code that loads only once
// a CRM is kept (components/crm/on-demand.tsx). Each shows nothing until the connections are known.

function withConnections<P extends { connections: CrmConnection[] }>(
  Part: ComponentType<P>,
  useConnections: () => CrmConnection[] | undefined,
): (props: Omit<P, 'connections'>) => ReactNode {
  return (props: Omit<P, 'connections'>) => {
    const connections = useConnections();
    // The props are P without its connections; with them they are P again.
    return connections?.length ? <Part {...({ ...props, connections } as P)} /> : null;
  };
}

export const PersonFacts = withConnections(CrmPersonFacts, useCheckedConnections);
export const CompanyFacts = withConnections(CrmCompanyFacts, useCheckedConnections);
export const ParticipantsFacts = withConnections(CrmParticipantsFacts, useCheckedConnections);
/** Pulling from the CRM works with any connection kept, checked or not (it says which it cannot use). */
export const Pull = withConnections(CrmPull, useCrmConnections);
