import { readFileSync } from 'node:fs';
import path from 'node:path';

export function fixture(relative: string): string {
  return readFileSync(path.resolve('tests/fixtures', relative), 'utf8');
}

/** A document parsed from saved HTML, as the content script would see it (scripts never run). */
export function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
