import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTACTS_CODE_META } from '../../utils/build/view-chunks';

// What JavaScript the built side panel loads when it opens, read from the build: the modules its
// page names (script and modulepreload), everything they import statically, and the first view's
// chunk with its own static imports (the panel loads it before its first render). Dynamic
// `import("…")` calls are left out: that code loads when first used.

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w${},*\s]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function closure(dir: string, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) visit(path.posix.join(path.posix.dirname(file), match[1] ?? ''));
  };
  for (const file of start) visit(file);
  return seen;
}

function gzipBytes(dir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(path.join(dir, file))).length;
  return total;
}

/** Issue 22's budget: at most 120 KB gzip of JavaScript loaded when the panel opens, on any first view. */
export const PANEL_JS_BUDGET = 120 * 1024;

export interface PanelOpenJs {
  /** The page's own modules and their static imports. */
  shell: { files: string[]; gzip: number };
  /** Per first view: everything loaded before the first render when the panel opens on it. */
  views: { view: string; files: string[]; gzip: number }[];
}

/**
 * The panel's first views: a plain opening loads Welcome and Today; links open Contacts; opened on
 * a page, the page view loads the view of that kind of page before it shows the capture.
 */
export const FIRST_VIEWS: Record<string, readonly string[]> = {
  'plain opening': ['WelcomeView', 'TodayView'],
  contacts: ['ContactsView'],
  'LinkedIn profile': ['PageView', 'PersonOnPage'],
  'LinkedIn company': ['PageView', 'CompanyOnPage'],
  'LinkedIn conversation': ['PageView', 'ConversationOnPage'],
  'Gmail or Outlook thread': ['PageView', 'ThreadOnPage'],
};

// A view's chunk is the one a dynamic import loads it from (rolldown may name a shared chunk after a view too).
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** The files the built panel's page names in `<script>` and `<link>` elements whose address matches `file`. */
function namedByPage(dir: string, file: RegExp): string[] {
  const html = readFileSync(path.join(dir, 'sidepanel.html'), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/([^"]+)"/g)].flatMap((match) =>
    match[1] && file.test(match[1]) ? [match[1]] : [],
  );
}

/** The stylesheets the built panel's page links, as their text. */
export function panelStylesheets(dir = '.output/chrome-mv3'): string[] {
  return namedByPage(dir, /\.css$/).map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

export function panelOpenJs(dir = '.output/chrome-mv3'): PanelOpenJs {
  const named = namedByPage(dir, /\.js$/);
  const shell = closure(dir, named);
  const loadedLater = new Set<string>();
  for (const name of readdirSync(path.join(dir, 'chunks')).filter((file) => file.endsWith('.js'))) {
    for (const match of readFileSync(path.join(dir, 'chunks', name), 'utf8').matchAll(DYNAMIC_IMPORT))
      loadedLater.add(path.posix.join('chunks', match[1] ?? ''));
  }
  const chunkOf = (view: string) => {
    const file = [...loadedLater].find((name) => path.posix.basename(name).startsWith(`${view}-`));
    if (!file) throw new Error(`no chunk loads ${view} in ${dir}/chunks`);
    return file;
  };
  const views = Object.entries(FIRST_VIEWS).map(([view, names]) => {
    const files = closure(dir, [...shell, ...names.map(chunkOf)]);
    return { view, files: [...files], gzip: gzipBytes(dir, files) };
  });
  return { shell: { files: [...shell], gzip: gzipBytes(dir, shell) }, views };
}

/** The contact list's files the built page names for its first script to fetch (utils/build/view-chunks.ts). */
export function contactsCodeNamed(dir = '.output/chrome-mv3'): string[] {
  const html = readFileSync(path.join(dir, 'sidepanel.html'), 'utf8');
  const content = new RegExp(`<meta name="${CONTACTS_CODE_META}" content="([^"]*)"`).exec(html)?.[1] ?? '';
  return content
    .split(' ')
    .filter(Boolean)
    .map((file) => file.replace(/^\//, ''));
}

export const builtPanelExists = (dir = '.output/chrome-mv3') => existsSync(path.join(dir, 'sidepanel.html'));

/**
 * What Vite's preload helper fetches beside a view's chunk when the panel imports it: the files its
 * dynamic import names (`__vite__mapDeps`), from the chunk that imports it.
 */
export function preloadsOf(view: string, dir = '.output/chrome-mv3'): string[] {
  for (const name of readdirSync(path.join(dir, 'chunks')).filter((file) => file.endsWith('.js'))) {
    const source = readFileSync(path.join(dir, 'chunks', name), 'utf8');
    // Its preloads are an index list into the chunk's table, or an empty list when it has none.
    const call = new RegExp(
      `import\\(\\s*["'\`]\\./${view}-[\\w-]+\\.js["'\`]\\s*\\)[^;]*?(?:__vite__mapDeps\\(\\[([\\d,]*)\\]\\)|,\\s*\\[\\s*\\]\\s*\\))`,
    ).exec(source);
    if (!call) continue;
    if (call[1] === undefined) return [];
    const table = /__vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(source)?.[1];
    if (!table) throw new Error(`${name} imports ${view} with preloads but has no table of them`);
    const files: string[] = JSON.parse(table);
    return (call[1] ?? '')
      .split(',')
      .filter(Boolean)
      .map((index) => files[Number(index)] ?? `missing ${index}`);
  }
  throw new Error(`no chunk imports ${view} through the preload helper in ${dir}/chunks`);
}
