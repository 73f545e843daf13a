// Copies the shared corpus's LinkedIn and Gmail pages (and the evidence they were written from)
// into tests/fixtures/corpus/, so a fresh clone without ../shared/ tests on the same pages.
// `npm run corpus:refresh` after the corpus grows; a unit test fails while the copies differ.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const shared = path.resolve('../shared/corpus');
const copies = path.resolve('tests/fixtures/corpus');
if (!existsSync(shared)) {
  console.error(`No shared corpus at ${shared}: nothing to copy.`);
  process.exit(1);
}
for (const folder of ['linkedin', 'gmail']) {
  mkdirSync(path.join(copies, folder), { recursive: true });
  for (const name of readdirSync(path.join(shared, folder))) copyFileSync(path.join(shared, folder, name), path.join(copies, folder, name));
}
for (const name of ['EVIDENCE.md', 'PROVENANCE.md']) copyFileSync(path.join(shared, name), path.join(copies, name));
console.log(`Copied the shared corpus's pages into ${copies}.`);
