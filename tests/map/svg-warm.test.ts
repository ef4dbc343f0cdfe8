// @vitest-environment jsdom
/**
 * The SVG map's own label geometry, warmed after the label worker's (src/map/svg-map.ts): with a
 * worker placing the first names, the page makes its geometry (for names placed at once) only once
 * the map is drawn AND the worker has sent the points it searched — made earlier, the page would
 * search them again, the ≈ 450 ms at 4× CPU the worker was there to save — and then only when the
 * browser is idle; a map taken down meanwhile (the live map took over) makes none.
 *
 * The real map is mounted; only the worker (no Worker in jsdom) and the geometry's steps are
 * stand-ins, so that "the warm-up ran" is one recorded step and "idle" is when the test says.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAtlas, type Atlas } from '../../src/geo/atlas.ts';
import type * as LabelGeometry from '../../src/map/label-geometry.ts';
import type { LabelPlacer } from '../../src/map/label-placement.ts';
import type { MapView } from '../../src/map/map-view.ts';
import { mountSvgMap } from '../../src/map/svg-map.ts';
import { createAppStore } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';

const worker = vi.hoisted(() => ({ placer: undefined as LabelPlacer | undefined }));
const warmUp = vi.hoisted(() => vi.fn<(atlas: Atlas) => void>());

vi.mock('../../src/map/label-client.ts', () => ({ labelPlacerFor: () => worker.placer }));
vi.mock('../../src/map/label-geometry.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof LabelGeometry>()),
  labelGeometrySteps: (atlas: Atlas) => [() => warmUp(atlas)],
}));

// jsdom has no canvas (the symbols draw nothing), no ResizeObserver and no idle callbacks.
HTMLCanvasElement.prototype.getContext = (() => null) as never;
let idleQueue: (() => void)[] = [];
const mounted: MapView[] = [];
/** The browser goes idle: what waited for it runs. */
const idle = () => {
  const run = idleQueue;
  idleQueue = [];
  for (const f of run) f();
};
beforeEach(() => {
  idleQueue = [];
  warmUp.mockClear();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idleQueue.push(f));
});
afterEach(() => {
  // Every map taken down, even one whose test failed (a map left running would go on into the
  // next test); destroying one a test destroyed already does nothing.
  for (const view of mounted.splice(0)) view.destroy();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);

/** A worker that places nothing (the page places the names) and has sent no points yet. */
function fakePlacer() {
  let warm!: (v: boolean) => void;
  const placer: LabelPlacer = {
    warmed: new Promise<boolean>((r) => (warm = r)),
    *prepare() {},
    place: () => Promise.reject(new Error('no worker in the tests')),
  };
  worker.placer = placer;
  return { warm };
}

function mount(): MapView {
  const host = document.body.appendChild(document.createElement('div'));
  const view = mountSvgMap(host, createAppStore(), data, atlas, document.createElement('div'));
  mounted.push(view);
  return view;
}

/** Promise callbacks only: no task, so none of the map's slices (each in a task of its own). */
const microtasks = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};
/** A few tasks: promise callbacks and the slices' timers run. */
const tasks = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
};

describe("the SVG map's own label geometry, with a label worker", () => {
  it('is made only once the worker has sent its points, and then when the browser is idle', async () => {
    const { warm } = fakePlacer();
    const view = mount();
    await view.complete;
    await tasks();
    idle();
    await tasks();
    expect(warmUp).not.toHaveBeenCalled();

    warm(true);
    await tasks();
    expect(warmUp).not.toHaveBeenCalled();
    idle();
    await tasks();
    expect(warmUp).toHaveBeenCalledExactlyOnceWith(atlas);
  });

  it('waits for the map to be drawn, however early the worker sends its points', async () => {
    const { warm } = fakePlacer();
    const view = mount();
    let drawn = false;
    void view.complete.then(() => (drawn = true));
    warm(true);
    await microtasks();
    expect(drawn).toBe(false);
    idle();
    await tasks();
    expect(warmUp).not.toHaveBeenCalled();

    await view.complete;
    await tasks();
    idle();
    await tasks();
    expect(warmUp).toHaveBeenCalledOnce();
  });

  it('is never made by a map destroyed before the worker sent its points', async () => {
    const { warm } = fakePlacer();
    const view = mount();
    await view.complete;
    view.destroy();

    warm(true);
    await tasks();
    idle();
    await tasks();
    expect(warmUp).not.toHaveBeenCalled();
  });

  it('stops when the map is destroyed after it was begun', async () => {
    const { warm } = fakePlacer();
    const view = mount();
    await view.complete;
    warm(true);
    await tasks();
    // Begun in this task; its first slice comes in a later one.
    idle();
    view.destroy();
    await tasks();
    expect(warmUp).not.toHaveBeenCalled();
  });
});
