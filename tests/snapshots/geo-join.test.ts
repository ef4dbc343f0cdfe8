/**
 * The geo join: the gazetteer's places joined to the boundary topology (src/geo/atlas.ts, what
 * joins names to geometry in the app): for each place, whether it has a shape, where its name and
 * seat go, its shape's parts and extent: tests/fixtures/geo-join/<case>/in.json → out.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, it } from 'vitest';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { readDataDir } from '../../scripts/lib/data.ts';
import { buildAtlas, type PlaceShape } from '../../src/geo/atlas.ts';
import { cases, matchesFixture, stableJson } from './fixture.ts';

function summary(shape: PlaceShape | undefined) {
  if (!shape) return null;
  const polygons =
    shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const points: Position[] = polygons.flat(2);
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  return {
    name: shape.properties.name,
    type: shape.geometry.type,
    rings: polygons.map((p) => p.length),
    vertices: points.length,
    bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    label: shape.properties.label,
    seat: shape.properties.seat ?? null,
  };
}

describe('the geo join', () => {
  it.each(cases<{ topology: string; data: string }>('geo-join'))('%s', (name, input) => {
    const topo = JSON.parse(readFileSync(join(ROOT, input.topology), 'utf8')) as Topology;
    const atlas = buildAtlas(topo, readDataDir(join(ROOT, input.data)));
    const places = [...atlas.places.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        anchor: atlas.anchor(p.id),
        shape: summary(atlas.shape(p.id)),
      }));
    matchesFixture('geo-join', name, 'out.json', stableJson(places, 5));
  });
});
