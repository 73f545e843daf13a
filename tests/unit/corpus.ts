import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared corpus of saved pages and files beside the checkout (see ../shared/corpus/PROVENANCE.md). */
export const CORPUS = path.resolve('../shared/corpus');
/** Its LinkedIn and Gmail pages, copied into the repository so a fresh clone tests on them too. */
export const CORPUS_COPIES = path.resolve('tests/fixtures/corpus');
/** Pages of our own, written from the corpus's evidence (tests/fixtures/PROVENANCE.md). */
export const OWN_PAGES = path.resolve('tests/fixtures');

/**
 * A corpus folder: the shared corpus's when it is beside the checkout, else its copy in
 * tests/fixtures/corpus (kept identical by a test while both are there).
 */
export function corpusDir(folder: string): string {
  const shared = path.join(CORPUS, folder);
  return existsSync(shared) ? shared : path.join(CORPUS_COPIES, folder);
}

/** Files under a corpus folder; never none, the copies being in the repository. */
export function corpusFiles(folder: string, pattern: RegExp): string[] {
  const files = filesUnder(corpusDir(folder), pattern);
  if (files.length === 0) throw new Error(`No ${pattern} files in the corpus folder ${folder}: run npm run corpus:refresh`);
  return files;
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (pattern.test(entry.name)) files.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return files.sort();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** A saved page and what reading it must give, in the corpus's `<name>.expected.json` form. */
export interface SavedPage {
  /** Where it came from, for the test's name: the shared corpus, its copy here, or our own pages. */
  origin: 'shared' | 'copy' | 'own';
  file: string;
  html: string;
  expectation: Expectation;
}

export interface Expectation {
  /** Another saved page to read, relative to this file (a scenario on a page kept elsewhere). */
  page?: string;
  url: string;
  pageType: string;
  expected: Record<string, unknown>;
  optional?: Record<string, unknown>;
  mustNotExtract?: { names?: string[]; urls?: string[]; emails?: string[] };
  variants?: { mutate: string; expect: Record<string, unknown> }[];
}

function pagesIn(dir: string, origin: SavedPage['origin']): SavedPage[] {
  return filesUnder(dir, /\.expected\.json$/).map((expectationFile) => {
    const expectation = JSON.parse(readText(expectationFile)) as Expectation;
    const html = expectation.page
      ? path.resolve(path.dirname(expectationFile), expectation.page)
      : expectationFile.replace(/\.expected\.json$/, '.html');
    return { origin, file: expectationFile.replace(/\.expected\.json$/, '.html'), html: readText(html), expectation };
  });
}

/**
 * Every saved page of a site with its expectation: the shared corpus when it is there, its copies,
 * and our own pages. Never empty on a fresh clone: the copies and our pages are in the repository.
 */
export function savedPages(site: 'linkedin' | 'linkedin-messaging' | 'gmail' | 'outlook'): SavedPage[] {
  return [
    ...pagesIn(path.join(CORPUS, site), 'shared'),
    ...pagesIn(path.join(CORPUS_COPIES, site), 'copy'),
    ...pagesIn(path.join(OWN_PAGES, site), 'own'),
  ];
}
