import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { worldX, worldY } from '../../src/map/camera.ts';
import { edgeDistance } from '../../src/map/label-geometry.ts';
import { loadData, loadTopology } from '../helpers.ts';

const atlas = buildAtlas(loadTopology(), loadData());

/** A unit's rings in world units, flat, with their extent (as the label geometry keeps them). */
function ringsOf(id: string) {
  const g = atlas.shape(id)!.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const rings = polys.flat().map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach((p, i) => {
      flat[i * 2] = worldX(p[0]!);
      flat[i * 2 + 1] = worldY(p[1]!);
    });
    return flat;
  });
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of rings)
    for (let i = 0; i < f.length; i += 2) {
      x0 = Math.min(x0, f[i]!);
      x1 = Math.max(x1, f[i]!);
      y0 = Math.min(y0, f[i + 1]!);
      y1 = Math.max(y1, f[i + 1]!);
    }
  return { rings, rect: [x0, y0, x1, y1] as [number, number, number, number] };
}

/** Every edge tried: what the grid must find. */
function everyEdge(r: ReturnType<typeof ringsOf>, x: number, y: number): number {
  let best = Infinity;
  for (const ring of r.rings)
    for (let i = 2; i < ring.length; i += 2) {
      const ax = ring[i - 2]!;
      const ay = ring[i - 1]!;
      const dx = ring[i]! - ax;
      const dy = ring[i + 1]! - ay;
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      best = Math.min(best, (ax + t * dx - x) ** 2 + (ay + t * dy - y) ** 2);
    }
  return Math.sqrt(best);
}

describe('edgeDistance', () => {
  const units = atlas.units.map((u) => u.properties.id);

  it('finds the nearest edge, exactly as trying every edge does, anywhere in and round a unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        fc.double({ min: -0.2, max: 1.2, noNaN: true }),
        (id, u, v) => {
          const r = ringsOf(id);
          const x = r.rect[0] + u * (r.rect[2] - r.rect[0]);
          const y = r.rect[1] + v * (r.rect[3] - r.rect[1]);
          expect(edgeDistance(r, x, y)).toBe(everyEdge(r, x, y));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact at the vertices and on the edges themselves', () => {
    const r = ringsOf(units[0]!);
    const ring = r.rings[0]!;
    for (let i = 0; i < ring.length; i += 2)
      expect(edgeDistance(r, ring[i]!, ring[i + 1]!)).toBe(0);
  });
});
