/** What is drawn under a point of the SVG map, as a typed hit (the tooltip and clicks read it). */
import type { MapHit } from '../hit.ts';
import type { CoopArc, PlacedBase } from '../marks.ts';

/** A base within this many pixels of the pointer is under it (its symbol is 22 px). */
const BASE_RADIUS = 11;

/**
 * The shape drawn at a client point. Not the event's target: a press captures the pointer, so the
 * click that follows is aimed at the map itself.
 */
function shapeAt(root: Element, clientX: number, clientY: number): Element | null {
  for (const e of document.elementsFromPoint(clientX, clientY)) {
    if (!root.contains(e)) break;
    const node = e.closest('[data-kind]');
    const kind = node?.getAttribute('data-kind');
    if (kind === 'zone' || kind === 'district' || kind === 'partner' || kind === 'arc') return node;
  }
  return null;
}

/** Symbols sit on top: the nearest base within its radius wins; else the shape under the point. */
export function pickAt(
  root: Element,
  placedBases: readonly (PlacedBase & { x: number; y: number })[],
  arcs: WeakMap<Element, CoopArc>,
  client: [number, number],
  local: [number, number],
): MapHit | null {
  let best: PlacedBase | null = null;
  let bestD = BASE_RADIUS * BASE_RADIUS;
  for (const b of placedBases) {
    const d = (b.x - local[0]) ** 2 + (b.y - local[1]) ** 2;
    if (d < bestD) [best, bestD] = [b, d];
  }
  if (best) return { kind: 'base', base: best };
  const node = shapeAt(root, client[0], client[1]);
  const kind = node?.getAttribute('data-kind');
  const code = node?.getAttribute('data-code') ?? '';
  if ((kind === 'zone' || kind === 'district' || kind === 'partner') && code)
    return { kind: 'place', id: code };
  const arc = node && kind === 'arc' ? arcs.get(node) : undefined;
  return arc ? { kind: 'arc', arc } : null;
}
