/**
 * The outlines the first view draws that are unions of the boundaries — 主城 and the 川渝
 * frameworks — made at build time and added to the topology as objects on its own arcs
 * (topojson's mergeArcs: the very function the page would run), so the page only decodes them.
 * Merged in the page, they were start-up tasks of 35–160 ms each on a phone-speed CPU (4×
 * throttled, 2026-12-05: 主城 35, each framework up to 160 and a garbage collection after it).
 * The build adds them as the topology is bundled (vite.config.ts, boundariesForThePage);
 * geo/boundaries.topo.json itself stays as `npm run geo` writes it, and the atlas merges at run
 * time any union it does not find here (src/geo/atlas.ts, OUTLINES).
 */
import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { DataFiles } from '../data/types.ts';
import { CORE_GROUP, OUTLINES, PLACE_OBJECTS, unionKey } from '../geo/atlas.ts';

/**
 * The unions the first view draws: 主城 (the central group) and the 川渝 frameworks. The other
 * groups and the belts are drawn only when their layer is turned on, and merged then: made here
 * they were 0.4 KB (compressed) more to download before the map is usable, where the budget is
 * the ECharts peer's whole page (docs/performance.md).
 */
export function unionsOf(data: Pick<DataFiles, 'groups' | 'frameworks'>): string[][] {
  return [
    ...data.groups.filter((g) => g.id === CORE_GROUP).map((g) => g.members),
    ...data.frameworks.filter((f) => f.kind === 'chuanyu').map((f) => f.members),
  ];
}

/** `topo` with an OUTLINES object: each union of `data`, keyed by its members. */
export function withOutlines(
  topo: Topology,
  data: Pick<DataFiles, 'groups' | 'frameworks'>,
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
  return {
    ...topo,
    objects: { ...topo.objects, [OUTLINES]: { type: 'GeometryCollection', geometries } },
  };
}
