import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorViolations } from '../support/floors';

// The import direction the README's Layout table states: entrypoints → components → storage →
// utils → utils/model, each floor importing only its own and the ones below.

const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.startsWith('tests/'))
  .map((file) => ({ file, source: readFileSync(file, 'utf8') }));

describe('floors', () => {
  it('reads the whole tree', () => {
    expect(sources.length).toBeGreaterThan(150);
  });

  it('no file imports a floor above its own, and the model imports nothing else of Tend’s', () => {
    expect(floorViolations(sources)).toEqual([]);
  });

  it('fails when a lower floor imports a higher one', () => {
    expect(
      floorViolations([
        { file: 'utils/nurture/x.ts', source: "import { db } from '../../storage/db';" },
        { file: 'utils/model/y.ts', source: "import { plural } from '../plural';" },
        { file: 'storage/z.ts', source: "import type { Route } from '../components/router';\nexport { q } from '../entrypoints/w';" },
        { file: 'components/ok.tsx', source: "import { db } from '../storage/db';\nimport './ok.css';\nimport { z } from 'zod';" },
      ]),
    ).toEqual([
      'utils/nurture/x.ts (utils) imports storage/db (storage)',
      'utils/model/y.ts (utils/model) imports utils/plural (utils)',
      'storage/z.ts (storage) imports components/router (components)',
      'storage/z.ts (storage) imports entrypoints/w (entrypoints)',
    ]);
  });
});
