import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

// The extensions the panel bench loads: Tend as built (`.output/chrome-mv3`) with the floor page
// added beside it, so the floor runs on the same origin, process kind and database as the panel;
// and an extension whose worker is empty, the floor for the background's start. Nothing here is
// shipped: the build Tend ships is copied, never changed.

const OUT = path.resolve('bench-output');
const FLOOR_SOURCE = path.resolve('tests/bench/floor');

/**
 * Tend with `floor.html` added, `raw-read-worker.js` (the search table's floor, read in a worker as
 * the fill is), `everyone-worker.js` (the floor page's scan strings, read in one too), and `quiet.html`, a page with nothing in it that the bench keeps open to see when
 * the extension's renderer has nothing left to do (`settle` in panel.bench.ts); `firstRows` are the
 * rows the contact list shows first.
 */
export async function prepareBenchExtension(firstRows: unknown[]): Promise<string> {
  const dir = path.join(OUT, 'tend-with-floor');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.resolve('.output/chrome-mv3'), dir, { recursive: true });
  const rowsFile = path.join(OUT, 'floor-rows.json');
  writeFileSync(rowsFile, JSON.stringify(firstRows));
  await build({
    root: FLOOR_SOURCE,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    resolve: { alias: { 'floor-rows': rowsFile } },
    build: { outDir: path.join(dir, 'floor'), emptyOutDir: true, rollupOptions: { input: path.join(FLOOR_SOURCE, 'floor.html') } },
  });
  writeFileSync(path.join(dir, 'floor', 'quiet.html'), '<!doctype html><meta charset="utf-8"><title>quiet</title>');
  for (const worker of ['raw-read-worker.js', 'everyone-worker.js'])
    cpSync(path.join(FLOOR_SOURCE, worker), path.join(dir, 'floor', worker));
  return dir;
}

export function prepareEmptyWorker(): string {
  const dir = path.join(OUT, 'empty-worker');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(FLOOR_SOURCE, 'empty-worker'), dir, { recursive: true });
  return dir;
}
