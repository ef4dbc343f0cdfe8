/**
 * What the pointer is on, whichever renderer picked it: a typed discriminant, so that tooltips and
 * clicks never route by a renderer's layer ids.
 */
import type { CoopArc, PlacedBase } from './marks.ts';

export type MapHit =
  /** A district, functional zone or Sichuan partner. */
  | { kind: 'place'; id: string }
  | { kind: 'base'; base: PlacedBase }
  | { kind: 'arc'; arc: CoopArc };

/** The place a click on `hit` opens (an arc opens none). */
export function placeOf(hit: MapHit | null): string | null {
  if (!hit) return null;
  if (hit.kind === 'place') return hit.id;
  if (hit.kind === 'base') return hit.base.base.place;
  return null;
}
