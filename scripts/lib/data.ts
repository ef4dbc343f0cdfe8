/**
 * The committed data/ as the build reads it. `npm run data` is its one writer (from the seeds);
 * the build and the tests read it, never regenerate it (tests/pipeline/data.test.ts fails when
 * data/ is stale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFiles } from '../../src/data/types.ts';
import { ROOT } from './seeds.ts';

export function readDataDir(dir = join(ROOT, 'data')): DataFiles {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8'))]),
  ) as DataFiles;
}
