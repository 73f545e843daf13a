import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type Page, test } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension } from '../e2e/fixtures';
import { openThreadInPage } from '../e2e/gmail-site';
import { navigateInPage } from '../e2e/linkedin-site';
import { median, ms, ratio, report, verdict } from './stats';

// What Tend costs LinkedIn and Gmail: its content scripts' size, their detection time, and page
// load, main-thread work and memory with the extension versus the same Chromium without it,
// measured in the same run, interleaved, so a noisy machine moves both sides alike.

const FIXTURES = path.resolve('tests/fixtures');
const GMAIL = 'https://mail.google.com/mail/u/0/';
const THREAD = 'FMfcgzQXJWxsKqmTbLzPvDcRnBhWgdkN';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NAVIGATIONS = 50;

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const pagesOf = (site: string) =>
  readdirSync(path.join(FIXTURES, site))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `${site}/${name}`);

interface Browser {
  context: BrowserContext;
  profileDir: string;
  /** The HTML the routes serve next. */
  serve: (html: string) => void;
}

/**
 * A do-nothing extension whose content scripts match the same sites: what Chromium itself charges a
 * page for injecting any content script (an isolated world, a script), the floor under Tend's cost.
 */
function noopExtension(): string {
  const dir = path.resolve('bench-output/noop-extension');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'no-op content script',
    version: '1.0',
    content_scripts: [
      { matches: ['https://www.linkedin.com/*', 'https://mail.google.com/mail/*'], js: ['noop.js'], run_at: 'document_idle' },
    ],
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(path.join(dir, 'noop.js'), 'void 0;\n');
  return dir;
}

type Variant = 'without' | 'noop' | 'tend';

async function launch(variant: Variant): Promise<Browser> {
  const { context, profileDir } = await launchWithExtension(
    variant === 'tend' ? {} : variant === 'noop' ? { extensionDir: noopExtension() } : { extension: false },
  );
  let body = '';
  const fulfil = (route: Parameters<Parameters<BrowserContext['route']>[1]>[0]) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body })
      : route.fulfill({ status: 404, body: '' });
  await context.route('https://www.linkedin.com/**', fulfil);
  await context.route('https://mail.google.com/**', fulfil);
  // Long tasks are recorded from the first script on, in the page's own world.
  await context.addInitScript(() => {
    const seen: number[] = [];
    (globalThis as unknown as { tendLongTasks: number[] }).tendLongTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return { context, profileDir, serve: (html) => (body = html) };
}

async function close(browser: Browser): Promise<void> {
  await browser.context.close();
  rmSync(browser.profileDir, { recursive: true, force: true });
}

const urlOf = (name: string, n = 0) =>
  name.startsWith('gmail/')
    ? `${GMAIL}#inbox/${n === 0 ? THREAD : `FMfcgzQX${String(n).padStart(24, 'x')}`}`
    : name.includes('company')
      ? `https://www.linkedin.com/company/bench-${n}/`
      : `https://www.linkedin.com/in/bench-${n}/`;

interface LoadSample {
  load: number;
  task: number;
  longTasks: number;
}

/** One cold load of a page: load event, then the main thread's total task time once detection has run. */
async function loadOnce(browser: Browser, name: string): Promise<LoadSample> {
  browser.serve(fixture(name));
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(urlOf(name), { waitUntil: 'load' });
  // Detection waits up to 250 ms of quiet after load; give it that and a margin on both sides.
  await page.waitForTimeout(600);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  const sample = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const longTasks = (globalThis as unknown as { tendLongTasks: number[] }).tendLongTasks;
    return { load: navigation?.loadEventEnd ?? Number.NaN, longTasks: longTasks.reduce((sum, value) => sum + value, 0) };
  });
  await page.close();
  return { ...sample, task };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * Heap after the first load, after 50 in-page navigations and after 50 more, the way each site moves
 * between pages. The first 50 include one-off costs (compiled code); a leak would grow again in the next 50.
 */
async function navigateTwiceFifty(browser: Browser, site: 'linkedin' | 'gmail'): Promise<number[]> {
  const names = pagesOf(site);
  const first = names[0] ?? '';
  browser.serve(fixture(first));
  const page = await browser.context.newPage();
  await page.goto(urlOf(first), { waitUntil: 'load' });
  await page.waitForTimeout(600);
  const heaps = [await heapAfterGc(page)];
  for (let n = 1; n <= 2 * NAVIGATIONS; n++) {
    const name = names[n % names.length] ?? first;
    const html = fixture(name);
    if (site === 'linkedin') await navigateInPage(page, urlOf(name, n), html);
    else await openThreadInPage(page, new URL(urlOf(name, n)).hash, html);
    // Past the content script's 250 ms settle time, so every navigation is read.
    await page.waitForTimeout(300);
    if (n % NAVIGATIONS === 0) heaps.push(await heapAfterGc(page));
  }
  await page.close();
  return heaps;
}

/** Detection time, read from the user-timing entry the content script records on each read. */
async function detectionTimes(name: string): Promise<number[]> {
  const browser = await launch('tend');
  const times: number[] = [];
  try {
    browser.serve(fixture(name));
    const page = await browser.context.newPage();
    for (let run = 0; run < RUNS; run++) {
      await page.goto(urlOf(name));
      await page.waitForFunction(() => performance.getEntriesByName('tend:detect').length > 0);
      times.push(...(await page.evaluate(() => performance.getEntriesByName('tend:detect').map((entry) => entry.duration))));
    }
  } finally {
    await close(browser);
  }
  return times;
}

test('content scripts: size, detection, page load and memory with versus without Tend', async () => {
  const rows = ['| content script | bytes | gzip | target | |', '| --- | ---: | ---: | ---: | --- |'];
  const dir = path.join(EXTENSION_DIR, 'content-scripts');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const bytes = readFileSync(path.join(dir, file));
    const gzip = gzipSync(bytes).length;
    rows.push(`| ${file} | ${bytes.length} | ${gzip} | 10240 | ${verdict(gzip <= 10240)} |`);
  }

  rows.push(
    '',
    `| page (median of ${RUNS} cold loads) | detection (median, max) | load without Tend | load with a no-op content script | load with Tend | Tend ÷ without | Tend ÷ no-op | main-thread work without / no-op / Tend | long tasks without / Tend |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const name of [...pagesOf('linkedin'), ...pagesOf('gmail')]) {
    // One browser at a time (two alive would compete for this machine's two cores), a warm-up
    // load first, and the three variants in turn, so none gets a quieter moment than the others.
    const samples: Record<Variant, LoadSample[]> = { without: [], noop: [], tend: [] };
    for (const variant of ['without', 'noop', 'tend'] as const) {
      const browser = await launch(variant);
      try {
        await loadOnce(browser, name);
        for (let run = 0; run < RUNS; run++) samples[variant].push(await loadOnce(browser, name));
      } finally {
        await close(browser);
      }
    }
    const detections = await detectionTimes(name);
    const of = (variant: Variant, key: keyof LoadSample) => median(samples[variant].map((sample) => sample[key]));
    const load = (variant: Variant) => of(variant, 'load');
    rows.push(
      [
        name,
        `${ms(median(detections))}, ${ms(Math.max(...detections))} ${verdict(median(detections) <= 5)}`,
        ms(load('without')),
        ms(load('noop')),
        ms(load('tend')),
        `${ratio(load('tend'), load('without'))} ${verdict(load('tend') / load('without') <= 1.05)}`,
        `${ratio(load('tend'), load('noop'))} ${verdict(load('tend') / load('noop') <= 1.05)}`,
        `${ms(of('without', 'task'))} / ${ms(of('noop', 'task'))} / ${ms(of('tend', 'task'))}`,
        `${ms(of('without', 'longTasks'))} / ${ms(of('tend', 'longTasks'))}`,
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    );
  }

  rows.push(
    '',
    `| tab (heap after GC) | after ${NAVIGATIONS} in-page navigations, without Tend | with Tend | growth over the first ${NAVIGATIONS}, without / with | over the next ${NAVIGATIONS}, without / with |`,
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  for (const site of ['linkedin', 'gmail'] as const) {
    const without = await launch('without');
    const [b0 = 0, b1 = 0, b2 = 0] = await navigateTwiceFifty(without, site).finally(() => close(without));
    const tend = await launch('tend');
    const [t0 = 0, t1 = 0, t2 = 0] = await navigateTwiceFifty(tend, site).finally(() => close(tend));
    rows.push(`| ${site} | ${kb(b1)} | ${kb(t1)} | ${kb(b1 - b0)} / ${kb(t1 - t0)} | ${kb(b2 - b1)} / ${kb(t2 - t1)} |`);
  }
  report('content-scripts', rows);
});
