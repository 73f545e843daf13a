import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The worker the browser starts for every event carries neither Dexie nor Zod: they live in
// background-work.js, loaded when an event first needs them (entrypoints/background/load-work.ts;
// a 235 KB worker answered a ping in twice the time of an empty one, issue 22). Checked over the
// build `npm test` makes before the unit tests. Markers: names each library's own code spells out.
const CHROME = path.resolve('.output/chrome-mv3');
const FIREFOX = path.resolve('.output/firefox-mv3');
const MARKERS = { Dexie: 'DatabaseClosedError', Zod: '$ZodType' };
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe.runIf(existsSync(path.join(CHROME, 'background.js')))("the built background's start", () => {
  it.each(Object.entries(MARKERS))('%s is in the work script, not in the worker', (_library, marker) => {
    expect(read(CHROME, 'background-work.js')).toContain(marker);
    expect(read(CHROME, 'background.js')).not.toContain(marker);
  });

  it('keeps the worker small', () => {
    expect(read(CHROME, 'background.js').length).toBeLessThan(20_000);
  });

  it("leaves the work script out of Chrome's manifest; Firefox's event page loads it first", () => {
    const chrome = JSON.parse(read(CHROME, 'manifest.json')) as { background: { service_worker: string } };
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    if (!existsSync(path.join(FIREFOX, 'manifest.json'))) return;
    const firefox = JSON.parse(read(FIREFOX, 'manifest.json')) as { background: { scripts: string[] } };
    expect(firefox.background.scripts).toEqual(['background-work.js', 'background.js']);
  });
});
