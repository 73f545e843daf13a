import { rmSync } from 'node:fs';
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import { extensionIdOf, launchWithExtension, serviceWorkerOf } from '../e2e/fixtures';
import { BUSY_TOUCHES, contactsFrom, inListOrder, seed, seedTouches } from '../support/many-contacts';
import { prepareBenchExtension, prepareEmptyWorker } from './bench-extension';
import { panelOpenJsRow } from './panel-js-row';
import { median, ms, quantile, ratio, report, verdict } from './stats';

// The side panel at 50,000 and 200,000 contacts, at full speed and with the CPU throttled 4x (a
// slow laptop), each figure beside its floor measured in the same run on the same data: the same
// first rows rendered by the same components from memory (floor.html), a plain in-memory scan of
// the same search strings rendering the same results, a raw IndexedDB read of the same records (in
// a worker for the search table, which is filled in one), and an extension whose service worker is
// empty. Targets are ratios to those floors (issue 22); milliseconds are printed for information.
// BENCH_CONTACTS=50000 and BENCH_CPU=1 pick fewer runs.

const SIZES = (process.env.BENCH_CONTACTS ?? '50000,200000').split(',').map(Number);
const RATES = (process.env.BENCH_CPU ?? '1,4').split(',').map(Number);
const touchesFor = (contacts: number) => (contacts >= 200_000 ? contacts * 5 : contacts * 4);
/** The rows the contact list reads first (ContactsView's block). */
const FIRST_BLOCK = 50;
/** Nothing the rep waits for may block the panel's main thread longer than this. */
const LONG_TASK_LIMIT = 100;

/** What the bench waits to see: the first contact row, the first item due on Today. */
const SHOWN = { contacts: 'ul[aria-label="Contacts"] a.row', today: '.due-list > li' } as const;
type Shown = keyof typeof SHOWN;
type Seen = {
  tendSeen: Partial<Record<Shown, number>>;
  /** Each of SHOWN's first appearance, as a promise the bench awaits (see `within`). */
  tendWhen: Record<Shown, Promise<number>>;
  tendLong: { start: number; duration: number }[];
  tendScriptAt: number;
};

/**
 * In every page, from its start: when each of SHOWN first appears, and every long task. It runs
 * before any script of the page, inside the browser's task that commits the document.
 */
const WATCH = (shown: typeof SHOWN) => {
  const state = globalThis as unknown as Seen;
  state.tendScriptAt = performance.now();
  state.tendLong = [];
  state.tendSeen = {};
  const seen: Partial<Record<Shown, (at: number) => void>> = {};
  state.tendWhen = {
    contacts: new Promise((resolve) => (seen.contacts = resolve)),
    today: new Promise((resolve) => (seen.today = resolve)),
  };
  const check = () => {
    for (const [key, selector] of Object.entries(shown) as [Shown, string][])
      if (state.tendSeen[key] === undefined && document.querySelector(selector)) {
        const at = performance.now();
        state.tendSeen[key] = at;
        seen[key]?.(at);
      }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.tendLong.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};

/**
 * What `waiting` (a promise awaited in the page by `evaluate`) resolves to, or an error after
 * `timeout` ms. The bench waits this way, never with `waitForFunction`: by default that re-checks
 * on every animation frame, which has the page render a frame at every vsync while it is timed,
 * work a floor awaited in one `evaluate` (a raw read) never did. With the CPU slowed 4x
 * (2026-12-04), an export of 50,000 contacts spent 1.73 s outside JavaScript with that polling and
 * 1.34 s without, its raw read 1.69 s.
 */
async function within<T>(timeout: number, what: string, waiting: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([waiting, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** In the page: resolves once a mark or measure named one of `names` is there (a PerformanceObserver, not polling). */
const entryNamed = (names: string[]) =>
  new Promise<void>((resolve) => {
    const found = () => names.some((name) => performance.getEntriesByName(name).length > 0);
    if (found()) return resolve();
    const observer = new PerformanceObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ entryTypes: ['mark', 'measure'] });
  });

/** The longest task since `from` (ms on the page's clock), 0 when none was long. */
const longestSince = (page: Page, from: number) =>
  page.evaluate(
    (from) => Math.max(0, ...(globalThis as unknown as Seen).tendLong.filter((task) => task.start >= from).map((task) => task.duration)),
    from,
  );

/**
 * Waits until the extension's renderer has nothing left to do: ten 20 ms timers in a row, each
 * late by less than 10 ms, in `quiet`, a blank page of the extension kept open through the whole
 * bench (never throttled). Every page of the extension runs on that renderer's one main thread, and
 * a page closed leaves work on it. Probed on 2026-12-04 at 200,000 contacts, throttled: after a page
 * that had read every contact (as the exports' floor does) was closed, the next two panel loads
 * showed their first rows in 6.2 and 3.3 s, against the floor's 0.3 and 0.8 s, the page's main
 * thread busy outside any script of its own for 1.8-5.6 s; with the blank page open and the timers
 * on time first, 409-447 ms against 259-571. Each load, read and click timed here (the floors' too)
 * starts on a settled renderer, as a rep's does after the panel has sat idle; the longest wait is
 * printed, so that what was left out is in the table.
 */
function settler(quiet: Page) {
  let longest = 0;
  return {
    async settle(): Promise<void> {
      const waited = await quiet.evaluate(async () => {
        const started = performance.now();
        for (let onTime = 0; onTime < 10 && performance.now() - started < 60_000; ) {
          const set = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 20));
          onTime = performance.now() - set - 20 < 10 ? onTime + 1 : 0;
        }
        return performance.now() - started;
      });
      longest = Math.max(longest, waited);
    },
    /** The longest wait since the last call, less the ten timers' own 200 ms. */
    takeLongest(): number {
      const value = Math.max(0, longest - 200);
      longest = 0;
      return value;
    },
  };
}
type Settler = ReturnType<typeof settler>;

async function throttle(context: BrowserContext, page: Page, rate: number): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** A fixed busy loop in the page, to show the throttle is in effect on the pages measured. */
const spin = (page: Page) =>
  page.evaluate(() => {
    const started = performance.now();
    let sum = 0;
    for (let n = 0; n < 20_000_000; n++) sum += n % 7;
    return sum >= 0 ? performance.now() - started : 0;
  });

/** A fresh document at `url`, throttled before it loads: navigation to the first `shown` element. */
async function shownOnce(context: BrowserContext, renderer: Settler, url: string, shown: Shown, rate: number) {
  await renderer.settle();
  const page = await context.newPage();
  await throttle(context, page, rate);
  await page.goto(url);
  await within(
    60_000,
    `${url} shows ${shown}`,
    page.evaluate((shown) => (globalThis as unknown as Seen).tendWhen[shown], shown),
  );
  // Tasks until the view has settled (the search table fills after the first rows) count too.
  await page.waitForTimeout(1_500 * rate);
  // A contact list reads every contact once its first rows show (the panel its search table, the
  // floor its scan's strings): the page stays until that read is done. Closed in the middle of it,
  // it would leave IndexedDB finishing the read, and the next page's first rows would wait behind it.
  if (shown === 'contacts')
    await within(300_000, `${url} reads every contact`, page.evaluate(entryNamed, ['tend:search-table', 'floor:ready']));
  const [at, longest, untilShown, commit, longestFrom] = await page.evaluate((shown) => {
    const state = globalThis as unknown as Seen;
    const seen = state.tendSeen[shown] ?? 0;
    const durations = (tasks: Seen['tendLong']) => Math.max(0, ...tasks.map((task) => task.duration));
    // The task that began before WATCH ran is the browser's commit of the document (its window and
    // script contexts made, the HTML parsed), before any of the page's scripts: the floor's page has
    // one as long (issue 22 probe, 2026-12-04: 70-118 ms throttled, Tend's 87-116 ms). Reported on
    // its own, not as a task of the page's.
    const own = state.tendLong.filter((task) => task.start > state.tendScriptAt);
    const beforeScripts = state.tendLong.filter((task) => task.start <= state.tendScriptAt);
    const worst = own.reduce((a, b) => (b.duration > a.duration ? b : a), { start: seen, duration: 0 });
    return [seen, worst.duration, durations(own.filter((task) => task.start < seen)), durations(beforeScripts), worst.start - seen];
  }, shown);
  await page.close();
  return { at, longest, untilShown, commit, longestFrom };
}

/** Where a load's longest task was, so that a miss can be looked for: which load, and when against the first rows. */
const placeOf = (load: number, loads: number, from: number) =>
  `load ${load} of ${loads}, ${(Math.abs(from) / 1000).toFixed(1)} s ${from < 0 ? 'before' : 'after'} its first rows`;

/**
 * `runs` fresh loads of each of `urls`, taking turns, so that whatever else the machine is doing
 * meanwhile (the disk still settling after seeding, say) weighs on each alike.
 */
async function firstShown(context: BrowserContext, renderer: Settler, urls: readonly string[], shown: Shown, rate: number, runs: number) {
  const results = urls.map(() => ({ times: [] as number[], longest: 0, longestWhere: '', untilShown: 0, commit: 0 }));
  for (let run = 0; run < runs; run++) {
    for (const [index, url] of urls.entries()) {
      const { at, longest, untilShown, commit, longestFrom } = await shownOnce(context, renderer, url, shown, rate);
      const result = results[index];
      if (!result) continue;
      result.times.push(at);
      if (longest > result.longest) result.longestWhere = placeOf(run + 1, runs, longestFrom);
      result.longest = Math.max(result.longest, longest);
      result.untilShown = Math.max(result.untilShown, untilShown);
      result.commit = Math.max(result.commit, commit);
    }
  }
  return results;
}

const QUERIES = ['anna', 'muller globex', 'procure', 'zebulon', 'hana tanaka', 'vp sales acme'];

/** Each keystroke of QUERIES, from the key going down to the last change the list makes for it. */
async function typeQueries(page: Page, renderer: Settler) {
  await renderer.settle();
  await page.evaluate(() => {
    const state = globalThis as unknown as { keyAt: number; changedAt: number };
    document.addEventListener('keydown', () => (state.keyAt = performance.now()), { capture: true });
    new MutationObserver(() => (state.changedAt = performance.now())).observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
  const from = await page.evaluate(() => performance.now());
  await page.getByRole('searchbox', { name: 'Search contacts' }).focus();
  const latencies: number[] = [];
  const press = async (key: string) => {
    await page.evaluate(() => ((globalThis as unknown as { changedAt: number }).changedAt = 0));
    await page.keyboard.press(key);
    // Wait for the list to go quiet: all reads and renders for this key are done.
    await page.waitForTimeout(300);
    // Keystrokes that change nothing on screen (the same matches) cost nothing visible: left out.
    const latency = await page.evaluate(() => {
      const state = globalThis as unknown as { keyAt: number; changedAt: number };
      return state.changedAt > 0 ? state.changedAt - state.keyAt : null;
    });
    if (latency !== null) latencies.push(latency);
  };
  for (const query of QUERIES) {
    for (const key of query) await press(key === ' ' ? 'Space' : key);
    // Every query matches someone: a list emptied by a broken search must not pass as a fast one.
    await expect(page.locator('ul[aria-label="Contacts"] a.row').first()).toBeVisible();
    await page.keyboard.press('Control+A');
    await press('Backspace');
  }
  return { latencies, longest: await longestSince(page, from) };
}

/**
 * A full garbage collection in the page's renderer. A reload leaves the last page's objects in the
 * same heap (the process stays), so without it an export paid for collecting the 50,000 records of
 * the raw read before it, and that read for the export's. Each export, each fill of the search
 * table and each of their raw reads now starts from a collected heap, as a rep's click does after
 * the panel has sat idle.
 */
async function collectGarbage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
}

/**
 * The floor of the search table's fill and of the exports: every record of `store` (`contactWords`,
 * `contacts`) read raw in a worker (floor/raw-read-worker.js), as the fill and the exports read them
 * in one (storage/fill-in-worker.ts, storage/file-from-worker.ts), from the worker's start to its
 * answer. Chromium slows only a page's own thread: `Emulation.setCPUThrottlingRate` sent to a worker
 * answers "Operation is only supported for pages, not workers" (probed 2026-12-05), so throttled,
 * their reading and this floor both run at full speed.
 */
const rawReadInWorker = (page: Page, store: 'contactWords' | 'contacts') =>
  page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        const worker = new Worker(`/floor/raw-read-worker.js?store=${store}`);
        worker.onmessage = (event: MessageEvent<{ failed?: string }>) => {
          worker.terminate();
          if (event.data.failed !== undefined) reject(new Error(event.data.failed));
          else resolve(performance.now() - started);
        };
        worker.onerror = () => reject(new Error('the raw-read worker did not start'));
      }),
    store,
  );

/** `url` freshly loaded in `page` until `ready` shows, from a collected heap (see collectGarbage), on a settled renderer. */
async function freshPage(page: Page, renderer: Settler, url: string, ready: Locator): Promise<void> {
  await page.goto(url);
  await page.reload();
  await expect(ready).toBeVisible();
  await collectGarbage(page);
  await renderer.settle();
}

const tableReady = (page: Page) => within(300_000, 'search table filled', page.evaluate(entryNamed, ['tend:search-table']));

/**
 * A search typed as soon as the first rows show, before the search table is filled: the time from
 * the last key to a list of only matching rows, and whether the table was still filling then.
 */
async function earlySearch(context: BrowserContext, renderer: Settler, base: string, rate: number) {
  await renderer.settle();
  const page = await context.newPage();
  await throttle(context, page, rate);
  await page.goto(`${base}#/contacts`);
  await within(
    60_000,
    'the first rows',
    page.evaluate(() => (globalThis as unknown as Seen).tendWhen.contacts),
  );
  await page.evaluate(() => {
    const state = globalThis as unknown as { keyAt: number; fillingAtKey: boolean; answeredAt?: number; answered: Promise<void> };
    let answered = () => {};
    state.answered = new Promise((resolve) => (answered = resolve));
    document.addEventListener(
      'keydown',
      () => {
        state.keyAt = performance.now();
        state.fillingAtKey = performance.getEntriesByName('tend:search-table').length === 0;
      },
      { capture: true },
    );
    new MutationObserver(() => {
      const titles = [...document.querySelectorAll('ul[aria-label="Contacts"] .row-title')].map((title) => title.textContent ?? '');
      if (state.answeredAt !== undefined || titles.length === 0 || titles.some((title) => title !== 'Hana Tanaka')) return;
      state.answeredAt = performance.now();
      answered();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('searchbox', { name: 'Search contacts' }).pressSequentially('hana tanaka');
  await within(
    60_000,
    'only matches',
    page.evaluate(() => (globalThis as unknown as { answered: Promise<void> }).answered),
  );
  const result = await page.evaluate(() => {
    const state = globalThis as unknown as { keyAt: number; fillingAtKey: boolean; answeredAt: number };
    return { latency: state.answeredAt - state.keyAt, filling: state.fillingAtKey };
  });
  await page.close();
  return result;
}

/** What a click waits for: at least `atLeast` elements matching `selector`, whose text includes `text` when given. */
interface Shows {
  selector: string;
  atLeast?: number;
  text?: string;
}

/** Clicks `target` and times, in the page, from the click to what it `shows`; with the longest task meanwhile. */
async function clickUntil(page: Page, target: Locator, shows: Shows, timeout: number) {
  const from = await page.evaluate(({ selector, atLeast = 1, text }) => {
    const state = globalThis as unknown as { clickAt: number; shownAt?: number; shown: Promise<void> };
    state.shownAt = undefined;
    let shown = () => {};
    state.shown = new Promise((resolve) => (shown = resolve));
    document.addEventListener('click', () => (state.clickAt = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const found = [...document.querySelectorAll(selector)].filter((element) => text === undefined || element.textContent?.includes(text));
      if (found.length >= atLeast) {
        state.shownAt = performance.now();
        observer.disconnect();
        shown();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return performance.now();
  }, shows);
  await target.click();
  await within(
    timeout,
    `${shows.selector} after the click`,
    page.evaluate(() => (globalThis as unknown as { shown: Promise<void> }).shown),
  );
  const ms = await page.evaluate(() => {
    const state = globalThis as unknown as { clickAt: number; shownAt: number };
    return state.shownAt - state.clickAt;
  });
  return { ms, longest: await longestSince(page, from) };
}

/** Opening the contact with 500 touches: from the click on its row to all its touches on screen. */
async function openBusyContact(page: Page, renderer: Settler, base: string) {
  const opens: number[] = [];
  let longest = 0;
  for (let run = 0; run < 5; run++) {
    await page.goto(`${base}#/today`);
    await page.goto(`${base}#/contacts?q=zebulon`);
    const row = page.getByRole('link', { name: /Zebulon Busyworth/ });
    await expect(row).toBeVisible({ timeout: 60_000 });
    await renderer.settle();
    const opened = await clickUntil(page, row, { selector: 'ol[aria-label="Touches"] > li', atLeast: BUSY_TOUCHES }, 60_000);
    opens.push(opened.ms);
    longest = Math.max(longest, opened.longest);
  }
  await expect(page.getByRole('heading', { name: 'Zebulon Busyworth' })).toBeVisible();
  return { opens, longest };
}

/** Click to "exported" for one export on a fresh Import & export view, timed in the page, with the longest task meanwhile. */
async function exportOnce(page: Page, renderer: Settler, base: string, label: string) {
  const button = page.getByRole('button', { name: label });
  await freshPage(page, renderer, `${base}#/data`, button);
  return clickUntil(page, button, { selector: '[role="status"]', text: 'exported' }, 300_000);
}

/**
 * From a ping sent by an extension page to its answer, the extension's worker stopped first: for
 * each of `urls` (an extension page each), taking turns run by run, so that whatever else the
 * machine is doing meanwhile weighs on every worker alike.
 */
async function workerStarts(context: BrowserContext, urls: string[], runs: number): Promise<number[][]> {
  const pages = await Promise.all(urls.map(() => context.newPage()));
  const sessions = await Promise.all(pages.map((page) => context.newCDPSession(page)));
  await Promise.all(pages.map((page, index) => page.goto(urls[index] as string)));
  for (const cdp of sessions) await cdp.send('ServiceWorker.enable');
  const times: number[][] = urls.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, page] of pages.entries()) {
      await sessions[index]?.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(500);
      times[index]?.push(
        await page.evaluate(async () => {
          const started = performance.now();
          const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome
            .runtime;
          await runtime.sendMessage({ type: 'ping' });
          return performance.now() - started;
        }),
      );
    }
  }
  await Promise.all(pages.map((page) => page.close()));
  return times;
}

const row = (label: string, tend: number[], floor: number[], target: number, pick: (values: number[]) => number = median) =>
  `| ${label} | ${ms(pick(tend))} | ${ms(pick(floor))} | ${ratio(pick(tend), pick(floor))} | <= ${target} | ${verdict(pick(tend) <= target * pick(floor))} |`;

/** The first rows the contact list shows. */
function firstBlockOf<T extends { id: string; updatedAt: number }>(contacts: T[]): T[] {
  return inListOrder(contacts).slice(0, FIRST_BLOCK);
}

for (const contacts of SIZES) {
  const touches = touchesFor(contacts);
  test(`side panel with ${contacts.toLocaleString('en')} contacts and ${touches.toLocaleString('en')} touches`, async () => {
    // Seeding and measuring 200,000 contacts at full speed and throttled takes longer than the config's default.
    test.setTimeout(contacts * 30);
    const now = Date.now();
    let first: ReturnType<typeof contactsFrom> = [];
    const blocks: ReturnType<typeof contactsFrom>[] = [];
    for (let start = 0; start < contacts; start += 10_000) {
      const block = contactsFrom(start, Math.min(contacts, start + 10_000), now);
      blocks.push(block);
      first = firstBlockOf([...first, ...block]);
    }
    const tendDir = await prepareBenchExtension(first);
    const emptyDir = prepareEmptyWorker();
    const { context, profileDir } = await launchWithExtension({ extensionDir: `${tendDir},${emptyDir}` });
    const size = `${contacts.toLocaleString('en')} contacts, ${touches.toLocaleString('en')} touches`;
    const rows = [`### ${size}`, ''];
    try {
      const id = extensionIdOf(await serviceWorkerOf(context));
      const base = `chrome-extension://${id}/sidepanel.html`;
      const floorUrl = `chrome-extension://${id}/floor/floor.html`;
      const quiet = await context.newPage();
      await quiet.goto(`chrome-extension://${id}/floor/quiet.html`);
      const renderer = settler(quiet);
      const seeding = await context.newPage();
      await seeding.goto(`${base}#/contacts`);
      await expect(seeding.getByRole('heading', { name: 'Contacts' })).toBeVisible();
      for (const block of blocks) await seed(seeding, 'contacts', block);
      blocks.length = 0;
      for (let start = 0; start < touches; start += 50_000)
        await seedTouches(seeding, start, Math.min(touches, start + 50_000), now, contacts);
      await seeding.close();
      await context.addInitScript(WATCH, SHOWN);

      // The background: Tend's worker against an empty one, each stopped and woken by a ping, 21 turns.
      // Measured first, right after seeding. One run measured it last, after the panel's pages
      // (2026-12-02): 2.01x and 1.92x, against 1.53x / 1.78x and 1.80x / 1.92x measured first in the
      // runs around it, so neither place is the quieter one.
      const emptyId = context
        .serviceWorkers()
        .map((worker) => worker.url())
        .find((url) => url.endsWith('/worker.js'))
        ?.split('/')[2];
      expect(emptyId, 'the empty-worker extension is loaded').toBeTruthy();
      const [tendStart = [], emptyStart = []] = await workerStarts(
        context,
        [`${base}#/settings`, `chrome-extension://${emptyId}/page.html`],
        21,
      );
      rows.push(
        '| background (service worker stopped, a ping until its answer) | Tend | empty worker | ratio | target | |',
        '| --- | ---: | ---: | ---: | ---: | --- |',
        row('worker start to first handled event, median', tendStart, emptyStart, 1.5),
        '',
      );

      for (const rate of RATES) {
        const cpu = rate === 1 ? 'full speed' : `CPU throttled ${rate}x`;
        rows.push(`| ${size}, ${cpu} | Tend | floor | ratio | target | |`, '| --- | ---: | ---: | ---: | ---: | --- |');

        // Eleven loads each (seven until 2026-12-05): within one run at 50,000 contacts throttled the
        // panel's loads spread over 285-464 ms and the floor's over 169-310, and over the fifteen full
        // runs before, the ratio at 200,000 throttled ranged 1.43-2.23: a median of seven moved with
        // the run as much as with the code.
        const [tendFirst, floorFirst] = await firstShown(context, renderer, [`${base}#/contacts`, floorUrl], 'contacts', rate, 11);
        if (!tendFirst || !floorFirst) throw new Error('both the panel and its floor are measured');
        rows.push(
          row('first contact list (navigation to first row), median; floor: same rows from memory', tendFirst.times, floorFirst.times, 2),
        );
        const [today] = await firstShown(context, renderer, [`${base}#/today`], 'today', rate, 3);
        if (!today) throw new Error('Today is measured');
        rows.push(`| Today, navigation to the first item due, median | ${ms(median(today.times))} | | | | |`);

        // Search, once the table is ready: the panel against the floor's plain scan.
        const page = await context.newPage();
        await throttle(context, page, rate);
        // The fill three times, each beside a raw read in a worker (rawReadInWorker), both on a fresh
        // load of Settings (a view that reads next to nothing) from a collected heap once the renderer
        // has settled: the fill as the rep going from there to Contacts starts it. Uncollected, each
        // fill paid for collecting the 50,000 records of the raw read before it (a probe at 50,000
        // throttled, 2026-12-05: a 607 ms sweep in one fill; fills 1.49-2.24x a raw read, 1.35-1.59x
        // collected), as an export did (collectGarbage).
        const filled: number[] = [];
        const read: number[] = [];
        const settings = page.getByRole('heading', { name: 'Settings' });
        for (let run = 0; run < 3; run++) {
          await freshPage(page, renderer, `${base}#/settings`, settings);
          await page.goto(`${base}#/contacts`);
          await tableReady(page);
          filled.push(...(await page.evaluate(() => performance.getEntriesByName('tend:search-table').map((entry) => entry.duration))));
          await freshPage(page, renderer, `${base}#/settings`, settings);
          read.push(await rawReadInWorker(page, 'contactWords'));
        }
        await page.goto(`${base}#/contacts`);
        await page.reload();
        await tableReady(page);
        const tendSearch = await typeQueries(page, renderer);
        const floorPage = await context.newPage();
        await throttle(context, floorPage, rate);
        await floorPage.goto(floorUrl);
        await within(300_000, 'the floor reads every contact', floorPage.evaluate(entryNamed, ['floor:ready']));
        const floorSearch = await typeQueries(floorPage, renderer);
        const throttled = await spin(floorPage);
        await floorPage.close();
        rows.push(
          row(
            `search, keystroke to changed results, p95 of ${tendSearch.latencies.length}; floor: plain scan + same rows`,
            tendSearch.latencies,
            floorSearch.latencies,
            2,
            (values) => quantile(values, 0.95),
          ),
          row(
            "search table filled (first rows to ready); floor: raw read of every contact's words, in a worker as the fill",
            filled,
            read,
            1.5,
          ),
        );
        const early = await earlySearch(context, renderer, base, rate);
        rows.push(
          `| search typed before the table is ready (${early.filling ? 'table still filling' : '**table was ready**'}): last key to only matches | ${ms(early.latency)} | | | answers | ${verdict(early.filling)} |`,
        );

        const open = await openBusyContact(page, renderer, base);
        rows.push(
          `| open a contact with ${BUSY_TOUCHES} touches, median (p95 ${ms(quantile(open.opens, 0.95))}) | ${ms(median(open.opens))} | | | | |`,
        );

        let longestExport = 0;
        for (const label of ['Plain CSV', 'CSV for HubSpot', 'vCard (.vcf)']) {
          const times: number[] = [];
          const reads: number[] = [];
          // Exports and raw reads take turns, so that whatever else the machine is doing meanwhile
          // weighs on both alike; each read as fresh as an export: the Import & export view just loaded.
          // Five of each at 50,000: on a noisy machine three raw reads of the same records ranged
          // 1.3-1.9 s from one export to the next (2026-12-02). At 200,000, one export, three reads.
          const [exportRuns, readRuns] = contacts > 50_000 ? [1, 3] : [5, 5];
          for (let run = 0; run < readRuns; run++) {
            if (run < exportRuns) {
              const exported = await exportOnce(page, renderer, base, label);
              times.push(exported.ms);
              longestExport = Math.max(longestExport, exported.longest);
            }
            await freshPage(page, renderer, `${base}#/data`, page.getByRole('button', { name: label }));
            reads.push(await rawReadInWorker(page, 'contacts'));
          }
          rows.push(row(`export ${label}, click to file; floor: raw read of every contact, in a worker as the export`, times, reads, 1.5));
        }
        const where = (result: { longest: number; longestWhere: string }) => (result.longest > 0 ? ` (${result.longestWhere})` : '');
        const longest = {
          [`first list${where(tendFirst)}`]: tendFirst.longest,
          [`Today${where(today)}`]: today.longest,
          search: tendSearch.longest,
          'opening a contact': open.longest,
          exports: longestExport,
        };
        const worst = Math.max(...Object.values(longest));
        rows.push(
          `| longest main-thread task the rep waits on (${Object.entries(longest)
            .map(([what, value]) => `${what} ${ms(value)}`)
            .join(', ')}) | ${ms(worst)} | | | <= ${LONG_TASK_LIMIT} ms | ${verdict(worst <= LONG_TASK_LIMIT)} |`,
          // The page's own start, up to the first rows, beside the floor's: a page of the same React
          // components over rows in memory, loaded in turn with the panel. (After its first rows the
          // floor takes every contact's words from a worker, 2,000 a message: left out.)
          `| longest task until the first rows show, over the same loads (the page's start); floor: same rows from memory | ${ms(tendFirst.untilShown)} | ${ms(floorFirst.untilShown)} | | | |`,
          `| the browser's commit of the document, before any script of the page (not counted above), longest over the first list's loads and Today's; floor: the first list's | ${ms(Math.max(tendFirst.commit, today.commit))} | ${ms(floorFirst.commit)} | | | |`,
          `| busy loop on the floor page (shows the throttle in effect) | ${ms(throttled)} | | | | |`,
          `| the renderer settling before a timed load, read or click (a page closed leaves work behind), longest wait, in no figure above | ${ms(renderer.takeLongest())} | | | | |`,
          '',
        );
        await page.close();
      }
    } finally {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
      report(`panel-${contacts}`, [...rows, panelOpenJsRow()]);
    }
  });
}
