/** npm run data: rebuilds data/*.json from seeds/. Deterministic: same seeds, same bytes. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from '../src/pipeline/build-data.ts';
import { ROOT, readSeeds } from './lib/seeds.ts';

try {
  const files = buildData(readSeeds());
  mkdirSync(join(ROOT, 'data'), { recursive: true });
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(ROOT, 'data', `${name}.json`), JSON.stringify(value, null, 1) + '\n');
    console.log(`data/${name}.json  ${(value as unknown[]).length} records`);
  }
} catch (e) {
  console.error(`npm run data failed: ${(e as Error).message}`);
  process.exit(1);
}
