import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The worker Chrome starts for every event imports nothing and carries neither Dexie nor Zod: a
// service worker is handed every script it imported while installing at each start, and the work
// script cost each start 6-12 ms over an empty worker (issue 22). In Chrome that work runs in an
// offscreen document the worker opens on first need; Firefox's event page loads it as a script
// first (entrypoints/background/load-work.ts). Checked over the build `npm test` makes before the
// unit tests. Markers: names each library's own code spells out.
const CHROME = path.resolve('.output/chrome-mv3');
const FIREFOX = path.resolve('.output/firefox-mv3');
const MARKERS = { Dexie: 'DatabaseClosedError', Zod: '$ZodType' };
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

/** The scripts a built page loads: its module script and the files that one preloads. */
function scriptsOf(dir: string, page: string): string[] {
  return [...read(dir, page).matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1] as string);
}

describe.runIf(existsSync(path.join(CHROME, 'background.js')))("the built background's start", () => {
  it.each(Object.entries(MARKERS))("%s is in the offscreen document's scripts, not in the worker", (_library, marker) => {
    const scripts = scriptsOf(CHROME, 'offscreen.html');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((file) => read(CHROME, file).includes(marker))).toBe(true);
    expect(read(CHROME, 'background.js')).not.toContain(marker);
  });

  it('keeps the worker small, importing no script', () => {
    const worker = read(CHROME, 'background.js');
    expect(worker.length).toBeLessThan(20_000);
    expect(worker).not.toContain('importScripts');
    expect(existsSync(path.join(CHROME, 'background-work.js'))).toBe(false);
  });

  it("builds the offscreen document apart from the panel: it never loads the panel's page or React", () => {
    const scripts = scriptsOf(CHROME, 'offscreen.html');
    const panelEntry = scriptsOf(CHROME, 'sidepanel.html').find((file) => file.startsWith('chunks/'));
    expect(panelEntry).toMatch(/^chunks\/sidepanel-/);
    expect(scripts).not.toContain(panelEntry);
    for (const file of scripts) expect(read(CHROME, file)).not.toMatch(/react\.element|sidepanel-[\w-]+\.js/);
  });

  it("asks Chrome for the offscreen document only; Firefox's event page loads the work script first", () => {
    const chrome = JSON.parse(read(CHROME, 'manifest.json')) as { background: { service_worker: string }; permissions: string[] };
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.permissions).toContain('offscreen');
    if (!existsSync(path.join(FIREFOX, 'manifest.json'))) return;
    const firefox = JSON.parse(read(FIREFOX, 'manifest.json')) as { background: { scripts: string[] }; permissions: string[] };
    expect(firefox.background.scripts).toEqual(['background-work.js', 'background.js']);
    expect(firefox.permissions).not.toContain('offscreen');
    expect(existsSync(path.join(FIREFOX, 'offscreen.html'))).toBe(false);
    for (const marker of Object.values(MARKERS)) expect(read(FIREFOX, 'background-work.js')).toContain(marker);
  });
});
