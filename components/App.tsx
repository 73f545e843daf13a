import { useLiveQuery } from 'dexie-react-hooks';
import { Suspense, useEffect } from 'react';
import { getSettings } from '../storage/settings';
import { usePendingClip } from './clip/usePendingClip';
import { DatabaseNotice } from './DatabaseNotice';
import { hrefOf, navigate, type Route, useRoute } from './router';
import { useDueSync } from './useDueSync';
import { useIntent } from './useIntent';
import { type PageCapture, usePageCapture } from './usePageCapture';
import {
  AccountView,
  CaptureHealthView,
  ClipReview,
  ContactsView,
  ContactView,
  HingeView,
  ImportExportView,
  InsightsView,
  PageView,
  SettingsView,
  TodayView,
  WelcomeView,
} from './view-loaders';

const TABS: { label: string; route: Route; key: string }[] = [
  { label: 'Page', route: { name: 'page' }, key: '1' },
  { label: 'Today', route: { name: 'today' }, key: '2' },
  { label: 'Contacts', route: { name: 'contacts', query: '' }, key: '3' },
  { label: 'Insights', route: { name: 'insights' }, key: '4' },
  { label: 'Settings', route: { name: 'settings' }, key: '5' },
];

function isCurrent(tab: Route, route: Route): boolean {
  if (tab.name === 'contacts') return ['contacts', 'contact', 'new-contact', 'hinge', 'account'].includes(route.name);
  if (tab.name === 'settings') return ['settings', 'data', 'capture-health'].includes(route.name);
  return tab.name === route.name;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

export function App() {
  const route = useRoute();
  const page = usePageCapture();
  const hasCapture = Boolean(page?.capture);
  useDueSync();
  useIntent(page);
  const clip = usePendingClip();
  // Ask the browser never to evict Tend's database under storage pressure (granted silently to extensions).
  useEffect(() => {
    void navigator.storage?.persist?.();
  }, []);

  // Opened with no place of its own on a page Tend understands: show who the page is about.
  useEffect(() => {
    if (hasCapture && window.location.hash === '') navigate({ name: 'page' }, { replace: true });
  }, [hasCapture]);

  // Alt+1..5 move between the main views from anywhere in the panel.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const tab = TABS.find((candidate) => candidate.key === event.key);
      if (tab) {
        event.preventDefault();
        navigate(tab.route);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <span className="brand" aria-hidden="true">
          Tend
        </span>
        <nav aria-label="Main">
          {TABS.map((tab) => (
            <a
              key={tab.label}
              href={hrefOf(tab.route)}
              className="tab"
              aria-current={isCurrent(tab.route, route) ? 'page' : undefined}
              title={`${tab.label} (Alt+${tab.key})`}
            >
              {tab.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app-main">
        <DatabaseNotice />
        <Suspense fallback={null}>
          {clip.pending ? (
            <ClipReview
              key={clip.pending.at}
              pending={clip.pending}
              contactId={route.name === 'contact' || route.name === 'hinge' ? route.id : undefined}
              onDone={clip.clear}
            />
          ) : null}
          <CurrentView route={route} page={page} />
        </Suspense>
      </main>
    </div>
  );
}

function CurrentView({ route, page }: { route: Route; page: PageCapture | undefined }) {
  const settings = useLiveQuery(() => getSettings(), []);
  // Opened plainly (no place of its own) and the welcome never closed: the panel opens on it.
  if (settings === undefined && window.location.hash === '') return null;
  if (route.name === 'welcome' || (window.location.hash === '' && settings?.welcomeDismissedAt === undefined)) return <WelcomeView />;
  switch (route.name) {
    case 'page':
      return <PageView page={page} />;
    case 'today':
      return <TodayView />;
    case 'contacts':
      return <ContactsView query={route.query} />;
    case 'contact':
      return <ContactView key={route.id} id={route.id} />;
    case 'new-contact':
      return <ContactView key="new" />;
    case 'hinge':
      return <HingeView key={route.id} id={route.id} />;
    case 'account':
      return <AccountView key={`${route.id}-${route.company}`} accountId={route.id} company={route.company} />;
    case 'insights':
      return <InsightsView />;
    case 'data':
      return <ImportExportView />;
    case 'settings':
      return <SettingsView />;
    case 'capture-health':
      return <CaptureHealthView page={page} />;
  }
}
