import { type ComponentProps, lazy, type ReactNode, Suspense } from 'react';
import type { CrmConnection } from '../../utils/model/crm';
import { useCheckedConnections, useCrmConnections } from './useCrmConnections';

// The CRM's parts of the Page and account views, loaded only once a CRM is connected: a rep who
// never connects one never loads the CRM clients (see README, Measured). The connections read here
// are handed down, so they are read once per part.

const onPage = () => import('./CrmOnPage');
const LazyPersonFacts = lazy(() => onPage().then((module) => ({ default: module.CrmPersonFacts })));
const LazyCompanyFacts = lazy(() => onPage().then((module) => ({ default: module.CrmCompanyFacts })));
const LazyParticipantsFacts = lazy(() => onPage().then((module) => ({ default: module.CrmParticipantsFacts })));
const LazyPull = lazy(() => import('./CrmPull').then((module) => ({ default: module.CrmPull })));

/** `render` once the connections are known and there is at least one; nothing before or otherwise. */
function WithConnections({
  connections,
  render,
}: {
  connections: CrmConnection[] | undefined;
  render: (connections: CrmConnection[]) => ReactNode;
}) {
  return connections?.length ? <Suspense fallback={null}>{render(connections)}</Suspense> : null;
}

export function CrmPersonFacts(props: Omit<ComponentProps<typeof LazyPersonFacts>, 'connections'>) {
  return (
    <WithConnections
      connections={useCheckedConnections()}
      render={(connections) => <LazyPersonFacts {...props} connections={connections} />}
    />
  );
}

export function CrmCompanyFacts(props: Omit<ComponentProps<typeof LazyCompanyFacts>, 'connections'>) {
  return (
    <WithConnections
      connections={useCheckedConnections()}
      render={(connections) => <LazyCompanyFacts {...props} connections={connections} />}
    />
  );
}

export function CrmParticipantsFacts(props: Omit<ComponentProps<typeof LazyParticipantsFacts>, 'connections'>) {
  return (
    <WithConnections
      connections={useCheckedConnections()}
      render={(connections) => <LazyParticipantsFacts {...props} connections={connections} />}
    />
  );
}

export function CrmPull(props: Omit<ComponentProps<typeof LazyPull>, 'connections'>) {
  return <WithConnections connections={useCrmConnections()} render={(connections) => <LazyPull {...props} connections={connections} />} />;
}
