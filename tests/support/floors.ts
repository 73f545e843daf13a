import path from 'node:path';

// Tend's floors, top to bottom: entrypoints → components → storage → utils → utils/model. A file
// may import its own floor and the floors below; the model imports nothing else of Tend's.

export const FLOORS = ['utils/model', 'utils', 'storage', 'components', 'entrypoints'] as const;
export type Floor = (typeof FLOORS)[number];

/** The floor a repository path sits on, or undefined outside them (tests, configs). */
export function floorOf(file: string): Floor | undefined {
  const normal = file.split(path.sep).join('/');
  if (normal.startsWith('utils/model/')) return 'utils/model';
  return FLOORS.find((floor) => normal.startsWith(`${floor}/`));
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

/** Every relative module a source file imports or re-exports, as repository paths. */
export function importsOf(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? '';
    if (specifier.startsWith('.')) found.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
  }
  return found;
}

/** "file imports target" for every import that reaches up a floor (or out of the model). */
export function floorViolations(files: readonly { file: string; source: string }[]): string[] {
  const violations: string[] = [];
  for (const { file, source } of files) {
    const from = floorOf(file);
    if (!from) continue;
    for (const target of importsOf(file, source)) {
      const to = floorOf(target);
      if (!to) continue;
      const allowed = from === 'utils/model' ? to === 'utils/model' : FLOORS.indexOf(to) <= FLOORS.indexOf(from);
      if (!allowed) violations.push(`${file} (${from}) imports ${target} (${to})`);
    }
  }
  return violations;
}
