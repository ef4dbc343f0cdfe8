/**
 * The outlines the map draws that are unions or meshes of the boundaries — 主城, Chongqing's edge,
 * each group, belt and 川渝 framework — made at build time and added to the topology as objects on
 * its own arcs (topojson's mergeArcs and meshArcs: the very functions the page would run), so the
 * page only decodes them. Merged in the page, they were start-up tasks of 35–160 ms each on a
 * phone-speed CPU (4× throttled, 2026-12-05: Chongqing's edge 69 ms, 主城 35, each framework up to
 * 160 and a garbage collection after it). The build adds them as the topology is bundled
 * (vite.config.ts, outlinesInTopology); geo/boundaries.topo.json itself stays as `npm run geo`
 * writes it, and the atlas merges at run time any union it does not find here
 * (src/geo/atlas.ts, OUTLINES).
 */
import { mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { DataFiles } from '../data/types.ts';
import { CITY_EDGE, OUTLINES, PLACE_OBJECTS, unionKey } from '../geo/atlas.ts';

/** The unions the atlas makes from the data: groups, whole belt members, 川渝 frameworks. */
export function unionsOf(data: Pick<DataFiles, 'groups' | 'belts' | 'frameworks'>): string[][] {
  return [
    ...data.groups.map((g) => g.members),
    ...data.belts.map((b) => b.members.filter((m) => !m.partial).map((m) => m.place)),
    ...data.frameworks.filter((f) => f.kind === 'chuanyu').map((f) => f.members),
  ];
}

/** `topo` with an OUTLINES object: each union of `data` (keyed by its members) and the city edge. */
export function withOutlines(
  topo: Topology,
  data: Pick<DataFiles, 'groups' | 'belts' | 'frameworks'>,
): Topology {
  const byId = new Map<string, GeometryObject>();
  for (const name of PLACE_OBJECTS)
    for (const g of (topo.objects[name] as GeometryCollection<{ id: string }>).geometries)
      byId.set((g.properties as { id: string }).id, g);
  const geometries: GeometryObject<{ key: string }>[] = [];
  const seen = new Set<string>();
  for (const ids of unionsOf(data)) {
    const members = ids.filter((id) => byId.has(id));
    const key = unionKey(members);
    if (!members.length || seen.has(key)) continue;
    seen.add(key);
    geometries.push({
      ...mergeArcs(topo, members.map((id) => byId.get(id)!) as never),
      properties: { key },
    });
  }
  geometries.push({
    ...meshArcs(topo, topo.objects['chongqing'] as GeometryCollection, (a, b) => a === b),
    properties: { key: CITY_EDGE },
  });
  return {
    ...topo,
    objects: { ...topo.objects, [OUTLINES]: { type: 'GeometryCollection', geometries } },
  };
}
