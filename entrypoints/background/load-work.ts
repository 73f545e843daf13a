import { browser } from 'wxt/browser';
import { answered, workCall } from '../../utils/background/work-call';
import type { BackgroundWork, WorkCalls } from './work';

// Where the background finds its work (work.ts). Chrome runs the background as a service worker
// and starts it for every event it listens to, and hands it at each start every script it imported
// while installing, run or not: importing Dexie and Zod then cost every start 6-12 ms over an empty
// worker (issue 22). So in Chrome the work runs in an offscreen document, opened the first time an
// event needs it and called by message; the worker imports nothing. Firefox runs the background as
// an event page, where the manifest lists background-work.js first (wxt.config.ts) and the work is
// called in place.

const KEY = Symbol.for('tend.background-work');
const OFFSCREEN_PAGE = '/offscreen.html';

type Holder = { [KEY]?: BackgroundWork };

/** Called by background-work.js as it loads (Firefox). */
export function provideWork(work: BackgroundWork): void {
  (globalThis as Holder)[KEY] = work;
}

let opening: Promise<void> | undefined;
let closing: Promise<void> | undefined;
/** Calls sent to the document and not answered yet. */
let waiting = 0;

/** Open the offscreen document unless it is open; one opening at a time (Chrome allows one document). */
function openDocument(): Promise<void> {
  opening ??= (async () => {
    const url = browser.runtime.getURL(OFFSCREEN_PAGE);
    const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (open.length > 0) return;
    await browser.offscreen.createDocument({
      url,
      reasons: ['BLOBS'],
      justification: "Tend's database work and its backup files (object URLs), kept out of the service worker so that it starts quickly",
    });
  })().finally(() => {
    opening = undefined;
  });
  return opening;
}

async function callDocument(method: string, args: unknown[]): Promise<unknown> {
  await closing;
  waiting++;
  try {
    await openDocument();
    return answered(await browser.runtime.sendMessage(workCall(method, args)));
  } finally {
    waiting--;
  }
}

/**
 * The document has been idle a while (it says so itself): close it, unless a call is on its way
 * or it is being opened; a call made meanwhile waits for the closing and opens it again.
 */
export function closeIdleDocument(): void {
  if (!Reflect.has(browser, 'offscreen') || waiting > 0 || opening || closing) return;
  closing = browser.offscreen
    .closeDocument()
    .catch(() => undefined)
    .finally(() => {
      closing = undefined;
    });
}

/** Each call of the work as one function: `method` named by the caller, answered later. */
const callsThrough = (call: (method: string, args: unknown[]) => Promise<unknown>) =>
  new Proxy({} as WorkCalls, {
    get:
      (_target, method) =>
      (...args: unknown[]) =>
        call(String(method), args),
  });

const inDocument = callsThrough(callDocument);
let inPlace: WorkCalls | undefined;

/** The work: in place where it was loaded beside the background (Firefox), else in the offscreen document. */
export function work(): WorkCalls {
  const loaded = (globalThis as Holder)[KEY];
  if (!loaded) return inDocument;
  inPlace ??= callsThrough(async (method, args) => (loaded[method as keyof BackgroundWork] as (...values: unknown[]) => unknown)(...args));
  return inPlace;
}
