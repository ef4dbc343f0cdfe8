/**
 * The city's outline is put into a grid of edges ahead of the first placement, a part at a time
 * (start-up slices: label-geometry.ts, labelGeometrySteps). However it was built — at once on
 * first use, in parts, or some parts and then the rest on first use — every edge must be in it: a
 * small box on any edge of the outline touches it, so it is neither on nor off Chongqing.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { project } from '../../src/map/camera.ts';
import { labelGeometrySteps, screenShapes, type Rect } from '../../src/map/label-geometry.ts';
import type { Step } from '../../src/lib/slices.ts';
import { loadData, loadTopology } from '../helpers.ts';

const topo = loadTopology();
const data = loadData();
const cam = { lng: 107.9, lat: 30.0, zoom: 7.2 };
const [W, H] = [1400, 1100];
const screen = (p: [number, number]) => project(cam, W, H, p);

/** A 2-px box round the middle of each edge of the outline, in screen pixels. */
function boxesOnTheOutline(): Rect[] {
  const atlas = buildAtlas(topo, data);
  const boxes: Rect[] = [];
  for (const line of atlas.cityOutline.coordinates)
    for (let i = 1; i < line.length; i++) {
      const [ax, ay] = screen(line[i - 1] as [number, number]);
      const [bx, by] = screen(line[i] as [number, number]);
      const [x, y] = [(ax + bx) / 2, (ay + by) / 2];
      boxes.push([x - 1, y - 1, x + 1, y + 1]);
    }
  return boxes;
}

/**
 * Runs start-up steps as the slices would, `units` pieces of work in all (a plain step, or a
 * generator step's piece up to its next yield), and leaves the rest; returns the generator
 * pieces run.
 */
function runUnits(steps: readonly Step[], units = Infinity): number {
  let ran = 0;
  let pieces = 0;
  for (const step of steps) {
    if (ran >= units) break;
    const out = step();
    if (out && typeof (out as Iterator<unknown>).next === 'function') {
      while (ran < units && !(out as Iterator<unknown>).next().done) {
        ran++;
        pieces++;
      }
    } else ran++;
  }
  return pieces;
}

/** The boxes that the outline's grid, built as `build` says, does not see touching an edge. */
function missed(build: (steps: readonly Step[]) => void): number {
  const atlas = buildAtlas(topo, data);
  build(labelGeometrySteps(atlas));
  const shapes = screenShapes(atlas, screen);
  return boxesOnTheOutline().filter((r) => shapes.rectOnChongqing(r) || shapes.rectOffChongqing(r))
    .length;
}

describe('the grid of the city’s outline', () => {
  const boxes = boxesOnTheOutline();

  it('has every edge, built at once on first use', () => {
    expect(boxes.length).toBeGreaterThan(1000);
    expect(missed(() => undefined)).toBe(0);
  });

  it('has every edge, built a part at a time ahead', () => {
    expect(missed((steps) => runUnits(steps))).toBe(0);
  });

  it('has every edge, some parts built ahead and the rest on first use', () => {
    // The four steps before the grid, then three of its twelve parts.
    let parts = 0;
    expect(missed((steps) => (parts = runUnits(steps, 4 + 3)))).toBe(0);
    expect(parts).toBe(3);
  });
});
