import { describe, expect, it } from 'vitest';
import type { GeometryCollection } from 'topojson-specification';
import {
  buildAtlas,
  CITY_EDGE,
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
  it('has every union the data asks for, and the city edge, once each', () => {
    const wanted = new Set(unionsOf(data).map(keyOf));
    expect(wanted.size).toBeGreaterThan(5);
    expect(new Set(keys())).toEqual(new Set([...wanted, CITY_EDGE]));
    expect(keys()).toHaveLength(wanted.size + 1);
  });

  it('leaves the topology it is given as it was', () => {
    expect(raw.objects[OUTLINES]).toBeUndefined();
    expect(built.arcs).toBe(raw.arcs);
  });

  it('gives the atlas the same outlines as merging in the page', () => {
    const fromBuild = buildAtlas(built, data);
    const inPage = buildAtlas(raw, data);
    expect(fromBuild.cityOutline).toEqual(inPage.cityOutline);
    expect(fromBuild.core).toEqual(inPage.core);
    expect(fromBuild.groups).toEqual(inPage.groups);
    expect(fromBuild.belts).toEqual(inPage.belts);
    expect(fromBuild.frameworks).toEqual(inPage.frameworks);
    expect(fromBuild.cityOutline.coordinates.length).toBeGreaterThan(0);
  });

  it('is what the atlas draws: a union it finds is decoded, not merged again', () => {
    // 主城's entry swapped for one of another group: the atlas must show the swapped shape.
    const other = data.groups.find((g) => g.id !== CORE_GROUP)!;
    const topo = structuredClone(built);
    const list = (topo.objects[OUTLINES] as GeometryCollection<{ key: string }>).geometries;
    const core = data.groups.find((g) => g.id === CORE_GROUP)!;
    const i = list.findIndex((g) => (g.properties as { key: string }).key === keyOf(core.members));
    const j = list.findIndex((g) => (g.properties as { key: string }).key === keyOf(other.members));
    expect(i).toBeGreaterThanOrEqual(0);
    expect(j).toBeGreaterThanOrEqual(0);
    list[i] = { ...list[j]!, properties: { key: keyOf(core.members) } };
    const atlas = buildAtlas(topo, data);
    expect(atlas.core!.geometry).toEqual(
      buildAtlas(raw, data).groups.find((g) => g.id === other.id)!.geometry,
    );
  });
});
