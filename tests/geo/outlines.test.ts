import { mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection } from 'topojson-specification';
import {
  buildAtlas,
  CORE_GROUP,
  OUTLINES,
  PLACE_OBJECTS,
  unionKey,
} from '../../src/geo/atlas.ts';
import { unionsOf, withOutlines } from '../../src/pipeline/outlines.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const raw = loadTopology();
const built = withOutlines(raw, data);
// A union is of the members that have a shape (a belt's functional zones are points).
const shaped = new Set(
  PLACE_OBJECTS.flatMap((n) =>
    (raw.objects[n] as GeometryCollection<{ id: string }>).geometries.map((g) => (g.properties as { id: string }).id),
  ),
);
const keyOf = (ids: readonly string[]) => unionKey(ids.filter((id) => shaped.has(id)));
const keys = (topo = built) =>
  (topo.objects[OUTLINES] as GeometryCollection<{ key: string }>).geometries.map(
    (g) => (g.properties as { key: string }).key,
  );

describe('outlines made at build time (src/pipeline/outlines.ts)', () => {
  it('has 主城 and every 川渝 framework, once each', () => {
    const wanted = new Set(unionsOf(data).map(keyOf));
    const core = data.groups.find((g) => g.id === CORE_GROUP)!;
    expect(wanted.has(keyOf(core.members))).toBe(true);
    expect(wanted.size).toBe(1 + data.frameworks.filter((f) => f.kind === 'chuanyu').length);
    expect(new Set(keys())).toEqual(wanted);
    expect(keys()).toHaveLength(wanted.size);
  });

  it('leaves the topology it is given as it was', () => {
    expect(raw.objects[OUTLINES]).toBeUndefined();
    expect(built.arcs).toBe(raw.arcs);
  });

  it('gives the atlas the same outlines as merging in the page', () => {
    const fromBuild = buildAtlas(built, data);
    const inPage = buildAtlas(raw, data);
    expect(fromBuild.core).toEqual(inPage.core);
    expect(fromBuild.groups).toEqual(inPage.groups);
    expect(fromBuild.belts).toEqual(inPage.belts);
    expect(fromBuild.frameworks).toEqual(inPage.frameworks);
  });

  it("draws Chongqing's edge as the segments of topojson's mesh (one unit's arcs), unstitched", () => {
    const segments = (lines: number[][][]) =>
      lines
        .flatMap((l) => l.slice(1).map((b, i) => [l[i]!, b].map((p) => p.join(',')).sort().join(' ')))
        .sort();
    const edge = buildAtlas(built, data).cityOutline.coordinates;
    const meshed = mesh(raw, raw.objects['chongqing'] as never, (a, b) => a === b);
    expect(edge.length).toBeGreaterThan(meshed.coordinates.length);
    expect(segments(edge)).toEqual(segments(meshed.coordinates));
  });

  it('is what the atlas draws: a union it finds is decoded, not merged again', () => {
    // 主城's entry swapped for a framework's: the atlas must show the swapped shape.
    const other = data.frameworks.find((f) => f.kind === 'chuanyu')!;
    const topo = structuredClone(built);
    const list = (topo.objects[OUTLINES] as GeometryCollection<{ key: string }>).geometries;
    const core = data.groups.find((g) => g.id === CORE_GROUP)!;
    const i = list.findIndex((g) => (g.properties as { key: string }).key === keyOf(core.members));
    const j = list.findIndex((g) => (g.properties as { key: string }).key === keyOf(other.members));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThanOrEqual(0);
    list[i] = { ...list[j]!, properties: { key: keyOf(core.members) } };
    const atlas = buildAtlas(topo, data);
    expect(atlas.core!.geometry).toEqual(buildAtlas(raw, data).frameworkOutline(other.id)!.geometry);
  });
});
