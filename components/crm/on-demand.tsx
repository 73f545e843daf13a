import { type ComponentProps, lazy, Suspense } from 'react';
import { useCrmConnections } from './useCrmConnections';

// The CRM's parts of the Page and account views, loaded only once a CRM is connected: a rep who
// never connects one never loads the CRM clients (see README, Measured).

const onPage = () => import('./CrmOnPage');
const LazyPersonFacts = lazy(() => onPage().then((module) => ({ default: module.CrmPersonFacts })));
const LazyCompanyFacts = lazy(() => onPage().then((module) => ({ default: module.CrmCompanyFacts })));
const LazyParticipantsFacts = lazy(() => onPage().then((module) => ({ default: module.CrmParticipantsFacts })));
const LazyPull = lazy(() => import('./CrmPull').then((module) => ({ default: module.CrmPull })));

function useConnected(): boolean {
  return useCrmConnections()?.some((connection) => connection.connectedAt > 0) ?? false;
}

export function CrmPersonFacts(props: ComponentProps<typeof LazyPersonFacts>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <LazyPersonFacts {...props} />
    </Suspense>
  ) : null;
}

export function CrmCompanyFacts(props: ComponentProps<typeof LazyCompanyFacts>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <LazyCompanyFacts {...props} />
    </Suspense>
  ) : null;
}

export function CrmParticipantsFacts(props: ComponentProps<typeof LazyParticipantsFacts>) {
  return useConnected() ? (
    <Suspense fallback={null}>
      <LazyParticipantsFacts {...props} />
    </Suspense>
  ) : null;
}

export function CrmPull(props: ComponentProps<typeof LazyPull>) {
  return useCrmConnections()?.length ? (
    <Suspense fallback={null}>
      <LazyPull {...props} />
    </Suspense>
  ) : null;
}
