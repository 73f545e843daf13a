import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared corpus of real saved pages beside the checkout (see ../shared/corpus/PROVENANCE.md). */
export const CORPUS = path.resolve('../shared/corpus');

/** Files under a corpus folder, or an empty list (and a note in the test output) when it is absent. */
export function corpusFiles(folder: string, pattern: RegExp): string[] {
  const dir = path.join(CORPUS, folder);
  if (!existsSync(dir)) {
    console.warn(`Corpus folder ${dir} is absent: tests on real ${folder} pages were skipped.`);
    return [];
  }
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) files.push(full);
    }
  };
  walk(dir);
  return files.sort();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
