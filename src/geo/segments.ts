/**
 * Outlines as line segments for deck.gl's LineLayer. Its shader is far cheaper to compile under
 * software WebGL than PathLayer's (≈ 0.5 s against ≈ 2.5 s here), and 1–3 px lines need no joins.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface Segments {
  length: number;
  /** x0, y0, x1, y1 per segment. */
  positions: Float32Array;
}

/** Segments along polylines (each consecutive pair of positions). */
export function segmentsOfLines(lines: readonly Position[][]): Segments {
  const n = lines.reduce((a, l) => a + Math.max(0, l.length - 1), 0);
  const positions = new Float32Array(n * 4);
  let i = 0;
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const a = line[k - 1]!;
      const b = line[k]!;
      positions[i++] = a[0] ?? 0;
      positions[i++] = a[1] ?? 0;
      positions[i++] = b[0] ?? 0;
      positions[i++] = b[1] ?? 0;
    }
  }
  return { length: n, positions };
}

/** Segments along every ring of polygons. */
export function segmentsOfPolygons(geoms: readonly (Polygon | MultiPolygon)[]): Segments {
  return segmentsOfLines(geoms.flatMap((g) => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat())));
}
