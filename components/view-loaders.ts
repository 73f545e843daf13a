import { lazyView } from './lazy-view';
import { parseRoute, type Route } from './router';

// Each view is loaded when first shown: opening the panel loads the shell and the view it opens
// on (before its first render, `preloadRoute`), not import/export, clipping, Insights' charts or the
// CRM clients (see README, Measured). Moving to a view not loaded yet keeps the current one on screen
// until its code is there (the router's updates are transitions).
export const AccountView = lazyView(() => import('./views/AccountView').then((module) => module.AccountView));
export const CaptureHealthView = lazyView(() => import('./views/CaptureHealthView').then((module) => module.CaptureHealthView));
export const ContactsView = lazyView(() => import('./views/ContactsView').then((module) => module.ContactsView));
export const ContactView = lazyView(() => import('./views/ContactView').then((module) => module.ContactView));
export const HingeView = lazyView(() => import('./views/HingeView').then((module) => module.HingeView));
export const ImportExportView = lazyView(() => import('./views/ImportExportView').then((module) => module.ImportExportView));
export const InsightsView = lazyView(() => import('./views/InsightsView').then((module) => module.InsightsView));
export const PageView = lazyView(() => import('./views/PageView').then((module) => module.PageView));
export const SettingsView = lazyView(() => import('./views/SettingsView').then((module) => module.SettingsView));
export const TodayView = lazyView(() => import('./views/TodayView').then((module) => module.TodayView));
export const WelcomeView = lazyView(() => import('./views/WelcomeView').then((module) => module.WelcomeView));
export const ClipReview = lazyView(() => import('./clip/ClipReview').then((module) => module.ClipReview));

const VIEWS: Record<Route['name'], { preload(): Promise<void> }> = {
  page: PageView,
  today: TodayView,
  contacts: ContactsView,
  contact: ContactView,
  'new-contact': ContactView,
  hinge: HingeView,
  account: AccountView,
  insights: InsightsView,
  data: ImportExportView,
  settings: SettingsView,
  'capture-health': CaptureHealthView,
  welcome: WelcomeView,
};

/** Load the code of the view a route shows; opened plainly, the panel shows the welcome or Today. */
export function preloadRoute(hash: string): Promise<void> {
  const route = parseRoute(hash);
  const views = hash.replace(/^#\/?/, '') === '' ? [WelcomeView, TodayView] : [VIEWS[route.name]];
  return Promise.all(views.map((view) => view.preload())).then(() => undefined);
}
