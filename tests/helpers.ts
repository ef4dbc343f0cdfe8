/** Loads data/ and geo/ from disk for tests (the app bundles the same files). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { DataFiles } from '../src/data/types.ts';
import { ROOT } from '../scripts/lib/seeds.ts';
import { readDataDir } from '../scripts/lib/data.ts';

export function loadData(): DataFiles {
  return readDataDir();
}

export function loadTopology(): Topology {
  return JSON.parse(readFileSync(join(ROOT, 'geo', 'boundaries.topo.json'), 'utf8')) as Topology;
}

/** A small deterministic PRNG (mulberry32) for property tests. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
