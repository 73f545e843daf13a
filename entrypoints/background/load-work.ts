import type { BackgroundWork } from './work';

// Where the background finds its work (work.ts). Chrome runs the background as a service worker
// and starts it for every event it listens to; a script's size costs that start even when none of
// it runs (a worker carrying Tend's 235 KB, never called, answered a ping in 28 ms against 14 ms
// empty). So Dexie and Zod live in background-work.js, loaded with importScripts the first time an
// event needs them. A service worker may only import scripts it imported while installing:
// `loadWorkOnInstall` does that once per install or update. Firefox runs the background as an
// event page, where the manifest lists background-work.js first (wxt.config.ts).

const KEY = Symbol.for('tend.background-work');
const WORK_SCRIPT = '/background-work.js';

type Holder = { [KEY]?: BackgroundWork };
type WorkerScope = { importScripts?: (...urls: string[]) => void; addEventListener(type: 'install', listener: () => void): void };

/** Called by background-work.js as it loads. */
export function provideWork(work: BackgroundWork): void {
  (globalThis as Holder)[KEY] = work;
}

/** The work, loaded now if it is not yet (synchronously: importScripts blocks until it has run). */
export function work(): BackgroundWork {
  const holder = globalThis as Holder;
  if (!holder[KEY]) (globalThis as WorkerScope).importScripts?.(WORK_SCRIPT);
  const loaded = holder[KEY];
  if (!loaded) throw new Error('Tend: the background could not load its work script');
  return loaded;
}

/** In a service worker: import the work script while installing, so later starts may import it. */
export function loadWorkOnInstall(): void {
  const scope = globalThis as WorkerScope;
  if (typeof scope.importScripts === 'function') scope.addEventListener('install', () => void work());
}
