// Copies the shared corpus (saved LinkedIn and Gmail pages, articles, export files, and the
// evidence and provenance notes) into tests/fixtures/corpus/, so a fresh clone without ../shared/
// tests on the same files. `npm run corpus:refresh` after the corpus grows; while ../shared/ is
// there, a unit test fails as long as a copy differs from it.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const shared = path.resolve('../shared/corpus');
const copies = path.resolve('tests/fixtures/corpus');
if (!existsSync(shared)) {
  console.error(`No shared corpus at ${shared}: nothing to copy.`);
  process.exit(1);
}
rmSync(copies, { recursive: true, force: true });
cpSync(shared, copies, { recursive: true });
console.log(`Copied ${shared} into ${copies}.`);
