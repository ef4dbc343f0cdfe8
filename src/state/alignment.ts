/**
 * How a sub-industry lines up with the rest of the plans: the city's output target for its sector
 * (000), the manufacturing plan's consumer-goods field (002 专栏11) and the national priorities
 * (003). And the district plans a place has (004 for 黔江). Pure lookups over data/.
 */
import type {
  ConsumerSectorRecord,
  DataFiles,
  DirectionRecord,
  DistrictPlanRecord,
  PriorityRecord,
  SectorRecord,
  TargetRecord,
} from '../data/types.ts';

export interface RowAlignment {
  sector: ConsumerSectorRecord | null;
  target: TargetRecord | null;
  fields: SectorRecord[];
  priorities: PriorityRecord[];
}

export function rowAlignment(rowId: string, data: DataFiles): RowAlignment {
  const sector = data.consumerSectors.find((s) => s.rows.includes(rowId)) ?? null;
  return {
    sector,
    target: sector ? (data.targets.find((t) => t.id === sector.target) ?? null) : null,
    fields: data.sectors.filter((s) => s.rows.includes(rowId)),
    priorities: data.priorities.filter((p) => p.rows.includes(rowId)),
  };
}

/** The consumer-goods sectors the selected rows fall in, each with its output target, in order. */
export function sectorTargets(
  industries: readonly string[],
  data: DataFiles,
): { sector: ConsumerSectorRecord; target: TargetRecord }[] {
  const out: { sector: ConsumerSectorRecord; target: TargetRecord }[] = [];
  for (const sector of data.consumerSectors) {
    if (!sector.rows.some((r) => industries.includes(r))) continue;
    const target = data.targets.find((t) => t.id === sector.target);
    if (target) out.push({ sector, target });
  }
  return out;
}

/** The district plans for a place (004 for 黔江区; none elsewhere yet). */
export function plansFor(placeId: string, data: DataFiles): DistrictPlanRecord[] {
  return data.plans.filter((p) => p.place === placeId);
}

/** The 专栏17 directions that cover a 川渝 cooperation entry. */
export function directionsFor(coopId: string, data: DataFiles): DirectionRecord[] {
  return data.directions.filter((d) => d.cooperation.includes(coopId));
}
