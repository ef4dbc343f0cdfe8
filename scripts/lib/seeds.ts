/** Reads the seed texts named by seeds/index.json (Node only; scripts and tests). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { DocId } from '../../src/pipeline/seed-text.ts';
import type { SeedInfo } from '../../src/data/seeds.ts';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A seeds/index.json entry: the app's SeedInfo plus the file's SHA-256. */
export type SeedIndexEntry = SeedInfo & { sha256: string };

/** The seeds index. */
export function readSeedIndex(): SeedIndexEntry[] {
  return JSON.parse(readFileSync(join(ROOT, 'seeds', 'index.json'), 'utf8')) as SeedIndexEntry[];
}

/** Every seed's text, by id. */
export function readSeeds(): Record<DocId, string> {
  const out = {} as Record<DocId, string>;
  for (const e of readSeedIndex()) out[e.id] = readFileSync(join(ROOT, 'seeds', e.file), 'utf8');
  return out;
}
