import { describe, expect, it } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/geo/atlas.ts';
import { fitCamera, project, toWorld, zoomAbout } from '../../src/map/camera.ts';
import {
  coreInsetBounds,
  frameBox,
  INSET_ASPECT,
  insetCamera,
  insetFrameRing,
  insetPlaces,
  insetWanted,
} from '../../src/map/inset.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);
/** The nine 中心城区 districts (groups.json) and the two functional zones in the group. */
const CORE = ['500103', '500104', '500105', '500106', '500107', '500108', '500109', '500112'];
const inside = (b: [[number, number], [number, number]], p: readonly number[]) =>
  p[0]! >= b[0][0] && p[0]! <= b[1][0] && p[1]! >= b[0][1] && p[1]! <= b[1][1];

describe('the 主城 inset', () => {
  it('is for the nine central districts and 两江新区 / 重庆高新区', () => {
    const ids = insetPlaces(atlas);
    expect(ids).toHaveLength(11);
    expect(ids).toEqual(
      expect.arrayContaining([...CORE, '500113', 'zone-liangjiang', 'zone-gaoxin']),
    );
    // 万盛 is a functional zone too, but not a central one.
    expect(ids).not.toContain('zone-wansheng');
  });

  it('frames every vertex of the nine districts and both zone points, in the inset’s 6:5 shape', () => {
    const b = coreInsetBounds(atlas)!;
    for (const id of insetPlaces(atlas)) {
      const shape = atlas.shape(id);
      if (!shape) {
        expect(inside(b, atlas.anchor(id))).toBe(true);
        continue;
      }
      const polys =
        shape.geometry.type === 'Polygon'
          ? [shape.geometry.coordinates]
          : shape.geometry.coordinates;
      for (const ring of polys.flat()) for (const p of ring) expect(inside(b, p)).toBe(true);
    }
    const [x0, y1] = toWorld(b[0]);
    const [x1, y0] = toWorld(b[1]);
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(INSET_ASPECT, 6);
    // Not the whole city: a close-up (under half of Chongqing's width).
    expect(b[1][0] - b[0][0]).toBeLessThan((atlas.bounds[1][0] - atlas.bounds[0][0]) / 2);
  });

  it('gives the main map a closed ring of the same ground', () => {
    const b = coreInsetBounds(atlas)!;
    const ring = insetFrameRing(atlas)!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ring).toEqual(expect.arrayContaining([b[0], b[1]]));
  });

  it('shows exactly its ground: the inset camera puts the bounds on the box’s edges', () => {
    const b = coreInsetBounds(atlas)!;
    const [w, h] = [254, 254 / INSET_ASPECT];
    const cam = insetCamera(b, w, h);
    const [left, bottom] = project(cam, w, h, b[0]);
    const [right, top] = project(cam, w, h, b[1]);
    for (const [got, want] of [
      [left, 0],
      [top, 0],
      [right, w],
      [bottom, h],
    ] as const)
      expect(got).toBeCloseTo(want, 3);
  });

  it('is wanted at city scale on a desktop, not zoomed in and never on a phone', () => {
    const view = { width: 760, height: 840 };
    const home = fitCamera(atlas.home, view.width, view.height, { padding: 24 });
    expect(insetWanted(home, view, atlas)).toBe(true);
    const closer = zoomAbout(home, view.width, view.height, 2);
    expect(insetWanted(closer, view, atlas)).toBe(false);
    const phone = { width: 360, height: 380 };
    expect(insetWanted(fitCamera(atlas.home, 360, 380), phone, atlas)).toBe(false);
    // A tablet is not a phone.
    expect(insetWanted(fitCamera(atlas.home, 768, 594), { width: 768, height: 594 }, atlas)).toBe(
      true,
    );
  });

  it('switches at 260 px of the core’s ground on screen', () => {
    const b = coreInsetBounds(atlas)!;
    const worldW = toWorld(b[1])[0] - toWorld(b[0])[0];
    const at = (px: number) => ({ lng: 106.5, lat: 29.6, zoom: Math.log2(px / worldW) });
    const view = { width: 1000, height: 800 };
    expect(insetWanted(at(259), view, atlas)).toBe(true);
    expect(insetWanted(at(261), view, atlas)).toBe(false);
  });

  it('places the frame where the main map draws the ground', () => {
    const b = coreInsetBounds(atlas)!;
    const view = { width: 760, height: 840 };
    const cam = fitCamera(atlas.home, view.width, view.height, { padding: 24 });
    const f = frameBox(cam, view, b);
    const [x0, y1] = project(cam, view.width, view.height, b[0]);
    expect(f.x).toBeCloseTo(x0);
    expect(f.y + f.height).toBeCloseTo(y1);
    expect(f.width).toBeGreaterThan(0);
    expect(f.height).toBeGreaterThan(0);
  });

  it('is never wanted without a core group', () => {
    const none = { ...atlas, core: null } as Atlas;
    expect(coreInsetBounds(none)).toBeNull();
    expect(insetFrameRing(none)).toBeNull();
    expect(insetWanted({ lng: 106, lat: 29, zoom: 5 }, { width: 1000, height: 800 }, none)).toBe(
      false,
    );
  });
});
