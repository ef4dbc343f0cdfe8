/**
 * The label worker places the names the page would: its service (label-service.ts, what the
 * worker runs) over a copy of the shapes as a message carries it, the client (label-client.ts)
 * over a worker that answers through that service, and the map's placement falling back to the
 * page when the worker fails or has not answered.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { fitCamera, project } from '../../src/map/camera.ts';
import { labelPlacer } from '../../src/map/label-client.ts';
import {
  adoptWorldSamples,
  affineOf,
  labelGeometrySteps,
  makingWorldShapes,
  worldShapes,
} from '../../src/map/label-geometry.ts';
import type { Step } from '../../src/lib/slices.ts';
import {
  drain,
  placeMapLabels,
  type Box,
  placingMapLabels,
  type LabelPlacer,
  type PlacedLabel,
  type Placement,
} from '../../src/map/label-placement.ts';
import type { LabelReply, LabelRequest } from '../../src/map/label-protocol.ts';
import { labelService, labelWorkerLoop } from '../../src/map/label-service.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { INITIAL_VIEW, type Camera, type ViewState } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);
/**
 * The clients' atlas: the points a worker sends back go into its page geometry, so the page's
 * placements the worker's are compared with (over `atlas`) stay the page's own.
 */
const clientAtlas = buildAtlas(loadTopology(), data);

/**
 * Framings: the first view at a phone's and a desktop's map size, and two close-ups; one with a
 * card over the map's left third (what a briefing's caption does: no name under it).
 */
const FRAMINGS: {
  name: string;
  width: number;
  height: number;
  state: ViewState;
  cam: Camera;
  covers: Box[];
}[] = [
  [412, 420, 'zh', 0, false],
  [760, 840, 'en', 0, true],
  [760, 840, 'zh', 2, false],
  [1240, 1020, 'en', 1.5, true],
].map(([width, height, lang, dz, card]) => {
  const w = width as number;
  const h = height as number;
  const home = fitCamera(atlas.home, w, h, {
    padding: { top: 24, right: 24, bottom: 24, left: 24 },
    maxZoom: 9,
  });
  return {
    name: `${w}×${h} ${lang as string} +${dz as number}${card ? ' under a card' : ''}`,
    covers: card ? [{ x: w / 6, y: h / 2, width: w / 3, height: h }] : [],
    width: w,
    height: h,
    state: { ...INITIAL_VIEW, lang: lang as 'zh' | 'en', layers: [...INITIAL_VIEW.layers, 'coop'] },
    cam: { ...home, zoom: home.zoom + (dz as number), lng: home.lng + 0.2 * (dz as number) },
  };
});

/** What placingMapLabels asks of a placer at this framing (captured, not answered). */
function asked(f: (typeof FRAMINGS)[number]): Placement {
  let got: Placement | null = null;
  const spy: LabelPlacer = {
    warmed: Promise.resolve(false),
    *prepare() {},
    place: (p) => {
      got = p;
      return new Promise(() => {});
    },
  };
  const ctx = layerContext(f.state, data, atlas);
  const work = placingMapLabels(
    f.state,
    ctx,
    (p) => project(f.cam, f.width, f.height, p),
    { width: f.width, height: f.height },
    f.covers,
    undefined,
    false,
    spy,
  );
  while (!got) if (work.next().done) throw new Error('no placement was asked');
  return got;
}

type Framing = (typeof FRAMINGS)[number];

/** The names the page places itself at framing `f`, over atlas `a`, through `view` (flat by default). */
const onPage = (
  f: Framing,
  a = atlas,
  view = (p: [number, number]) => project(f.cam, f.width, f.height, p),
) =>
  placeMapLabels(
    f.state,
    layerContext(f.state, data, a),
    view,
    { width: f.width, height: f.height },
    f.covers,
  );

/** onPage as comparable rows: each name's place, position and leader. */
const namesOn = (...args: Parameters<typeof onPage>) =>
  [...onPage(...args).values()].map((l) => [l.id, l.x, l.y, l.leader]);

/** placingMapLabels with a placer, run as the map runs it: each promise it yields waited for. */
async function placeAsTheMap(f: (typeof FRAMINGS)[number], placer: LabelPlacer) {
  const work = placingMapLabels(
    f.state,
    layerContext(f.state, data, atlas),
    (p) => project(f.cam, f.width, f.height, p),
    { width: f.width, height: f.height },
    f.covers,
    undefined,
    false,
    placer,
  );
  let step = work.next();
  while (!step.done) {
    if (step.value instanceof Promise) await step.value;
    step = work.next();
  }
  return step.value;
}

/** A worker in this process: each message copied as postMessage would, answered by the service. */
class ServiceWorker {
  onmessage: ((e: MessageEvent<LabelReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  readonly seen: LabelRequest['type'][] = [];
  /** The replies, by type, as the page received them. */
  readonly replies: LabelReply['type'][] = [];
  terminated = false;
  /** Set: messages are received but not answered (a worker about to die). */
  mute = false;
  readonly handle: (req: LabelRequest) => void;
  /** `alter`: what the worker sends instead of its service's reply (a test's wrong answer). */
  constructor(alter: (r: LabelReply) => LabelReply = (r) => r) {
    // The worker's own loop (label-worker.ts), its placements in tasks of their own.
    const answer = labelService();
    this.handle = labelWorkerLoop(
      (req) => alter(answer(req)),
      (reply) => {
        this.replies.push(reply.type);
        this.onmessage?.({ data: structuredClone(reply) } as MessageEvent<LabelReply>);
      },
    );
  }
  postMessage(req: LabelRequest) {
    const copy = structuredClone(req);
    this.seen.push(copy.type);
    if (!this.mute) queueMicrotask(() => this.handle(copy));
  }
  terminate() {
    this.terminated = true;
  }
}

/** Points the worker sent, each moved onto its unit's first (room kept): names placed by them move. */
const skewedOf = (samples: ReadonlyMap<string, Float64Array>) =>
  new Map([...samples].map(([id, s]) => [id, s.map((v, i) => (i % 3 === 2 ? v : s[i % 3]!))]));

/** A start-up step run whole, as the slices run it (a generator step to its end). */
function runStep(step: Step): void {
  const out = step();
  if (out && typeof (out as Iterator<unknown>).next === 'function')
    while (!(out as Iterator<unknown>).next().done);
}

/**
 * A client over `worker` (or over what `start` makes), prepared as the map's start-up prepares it;
 * on `own`, an atlas of its own (the points a worker sends back go into that atlas's geometry).
 */
function placerOver(worker: ServiceWorker | (() => Promise<Worker>), own = clientAtlas) {
  const placer = labelPlacer(
    own,
    typeof worker === 'function' ? worker : () => Promise.resolve(worker as unknown as Worker),
  );
  drain(placer.prepare());
  return placer;
}

describe('the label worker', () => {
  // A spy is restored when its test ends, failed or not: the next test starts clean.
  afterEach(() => vi.restoreAllMocks());

  // The shapes as the worker receives them: copied.
  const shapes = structuredClone(worldShapes(atlas));

  it.each(FRAMINGS)('places what the page places: $name', (f) => {
    const answer = labelService();
    expect(answer({ type: 'shapes', shapes }).type).toBe('warmed');
    const req = structuredClone({ type: 'place' as const, id: 7, ...asked(f) });
    const reply = answer(req);
    expect(reply?.type).toBe('placed');
    const placed = (reply as Extract<LabelReply, { type: 'placed' }>).placed;
    // The page's result keeps one name per river (placingMapLabels); the worker's is before that.
    const page = onPage(f);
    expect(placed.length).toBeGreaterThanOrEqual(page.size);
    const places = (ls: Iterable<PlacedLabel>) =>
      [...ls].filter((l) => l.kind !== 'river').map((l) => [l.id, l.x, l.y, l.leader]);
    expect(places(placed)).toEqual(places(page.values()));
    expect(places(placed).length).toBeGreaterThan(5);
    // The card is kept clear of (the framings with one).
    for (const c of f.covers)
      for (const l of placed) expect(l.x - l.width / 2 >= c.x + c.width / 2 - 0.5).toBe(true);
  });

  it('says it cannot place before it has the shapes', () => {
    const reply = labelService()({ type: 'place', id: 3, ...asked(FRAMINGS[0]!) });
    expect(reply).toEqual({ type: 'failed', id: 3, error: 'no shapes were sent' });
  });

  it('sends back the points it searched for room: the page’s own, used by the page’s placement', () => {
    const reply = structuredClone(labelService()({ type: 'shapes', shapes }));
    if (reply.type !== 'warmed') throw new Error(`answered ${reply.type}`);
    expect([...reply.samples.keys()].sort()).toEqual(
      atlas.units.map((u) => u.properties.id).sort(),
    );
    // A fresh atlas (its own frame) that takes them places what one that searched itself places.
    const taker = buildAtlas(loadTopology(), data);
    adoptWorldSamples(taker, reply.samples);
    for (const f of FRAMINGS) expect(namesOn(f, taker)).toEqual(namesOn(f));
    // And they are what it places by: every point moved onto its unit's first, the names move.
    const skewed = buildAtlas(loadTopology(), data);
    adoptWorldSamples(skewed, skewedOf(reply.samples));
    expect(namesOn(FRAMINGS[0]!, skewed)).not.toEqual(namesOn(FRAMINGS[0]!));
    // Points that arrive after the page's geometry was made ahead (the start-up steps before
    // `sampled`: its frame made, none of its points searched) are still the ones it places by
    // (a frame that read them only when it was made would miss them).
    const late = buildAtlas(loadTopology(), data);
    for (const step of labelGeometrySteps(late).slice(0, -1)) runStep(step);
    adoptWorldSamples(late, skewedOf(reply.samples));
    expect(namesOn(FRAMINGS[0]!, late)).toEqual(namesOn(FRAMINGS[0]!, skewed));
  });

  it('keeps the points it sent to the page’s frame in world units: a tilted view searches its own', () => {
    const reply = labelService()({ type: 'shapes', shapes });
    if (reply.type !== 'warmed') throw new Error(`answered ${reply.type}`);
    const f = FRAMINGS[0]!;
    // A view narrowing towards its top (a tilted live map): no affine of web mercator, so its
    // frame is in the view's own pixels, where points in world units mean nothing.
    const tilted = (p: [number, number]): [number, number] => {
      const [x, y] = project(f.cam, f.width, f.height, p);
      const k = 0.6 + (0.4 * y) / f.height;
      return [f.width / 2 + (x - f.width / 2) * k, y];
    };
    expect(affineOf(tilted)).toBeNull();
    const taking = buildAtlas(loadTopology(), data);
    adoptWorldSamples(taking, skewedOf(reply.samples));
    const own = namesOn(f, buildAtlas(loadTopology(), data), tilted);
    expect(own.length).toBeGreaterThan(5);
    expect(namesOn(f, taking, tilted)).toEqual(own);
  });

  it('makes the shapes to send in parts: a place a part, then the outline and the units', () => {
    const fresh = buildAtlas(loadTopology(), data);
    const making = makingWorldShapes(fresh);
    let parts = 0;
    let r = making.next();
    for (; !r.done; r = making.next()) parts++;
    expect(parts).toBe(fresh.places.size + 3);
    // The same copy as made at once (and the one the client sends).
    expect(r.value).toBe(worldShapes(fresh));
    expect(structuredClone(r.value)).toEqual(shapes);
  });

  it('the client sends the shapes once and gets the page’s names back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new ServiceWorker();
    const placer = placerOver(worker);
    for (const f of FRAMINGS.slice(0, 2)) {
      const placed = await placeAsTheMap(f, placer);
      expect([...placed.values()]).toEqual([...onPage(f).values()]);
    }
    expect(worker.seen).toEqual(['shapes', 'place', 'place']);
    await expect(placer.warmed).resolves.toBe(true);
    // Answered by the worker, not placed on the page after a failure.
    await expect(placer.place(asked(FRAMINGS[0]!))).resolves.toBeInstanceOf(Array);
    expect(warn).not.toHaveBeenCalled();
  });

  it('its loop places only the newest of the placements waiting their turn', () => {
    const posted: LabelReply[] = [];
    const queue: (() => void)[] = [];
    const answered: number[] = [];
    const handle = labelWorkerLoop(
      (req) => {
        if (req.type === 'place') answered.push(req.id);
        return req.type === 'place'
          ? { type: 'placed', id: req.id, placed: [] }
          : { type: 'warmed', samples: new Map() };
      },
      (r) => posted.push(r),
      (run) => queue.push(run),
    );
    const place = (id: number) => ({ type: 'place' as const, id, ...asked(FRAMINGS[0]!) });
    handle({ type: 'shapes', shapes });
    // The shapes are answered at once; placements in a task of their own.
    expect(posted.map((r) => r.type)).toEqual(['warmed']);
    handle(place(1));
    handle(place(2));
    handle(place(3));
    expect(queue).toHaveLength(1);
    queue.shift()!();
    expect(answered).toEqual([3]);
    expect(posted.map((r) => ('id' in r ? `${r.type} ${r.id}` : r.type))).toEqual([
      'warmed',
      'superseded 1',
      'superseded 2',
      'placed 3',
    ]);
    // One asked after that is placed in its turn.
    handle(place(4));
    queue.shift()!();
    expect(answered).toEqual([3, 4]);
  });

  it('a placement asked again before its turn: the older is dropped, the worker stays', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new ServiceWorker();
    const placer = placerOver(worker);
    const older = placer.place(asked(FRAMINGS[0]!));
    const newer = placer.place(asked(FRAMINGS[1]!));
    await expect(older).rejects.toThrow('superseded');
    const placed = await newer;
    expect(placed.filter((l) => l.kind !== 'river').map((l) => l.id)).toEqual(
      [...onPage(FRAMINGS[1]!).values()].filter((l) => l.kind !== 'river').map((l) => l.id),
    );
    expect(worker.replies).toEqual(['warmed', 'superseded', 'placed']);
    // Not a failure: the worker answers the next one, and nothing was said.
    await expect(placer.place(asked(FRAMINGS[0]!))).resolves.toBeInstanceOf(Array);
    expect(warn).not.toHaveBeenCalled();
  });

  it('the map draws what the worker answered', async () => {
    const f = FRAMINGS[0]!;
    const answer: PlacedLabel[] = [
      {
        id: '500101',
        kind: 'place',
        text: '万州',
        angle: 0,
        x: 10,
        y: 20,
        width: 30,
        height: 16,
        size: 12,
        leader: null,
      },
      {
        id: '500102',
        kind: 'place',
        text: '涪陵',
        angle: 0,
        x: 50,
        y: 60,
        width: 30,
        height: 16,
        size: 12,
        leader: [40, 70],
      },
    ];
    const place = vi.fn(() => Promise.resolve(answer));
    const placed = await placeAsTheMap(f, { warmed: Promise.resolve(false), *prepare() {}, place });
    expect(place).toHaveBeenCalledTimes(1);
    expect([...placed.values()]).toEqual(answer);
  });

  it('places on the page when resumed before the answer (a snapshot) — at once', () => {
    const f = FRAMINGS[1]!;
    const place = vi.fn(() => new Promise<PlacedLabel[]>(() => {}));
    const never: LabelPlacer = { warmed: Promise.resolve(false), *prepare() {}, place };
    const placed = drain(
      placingMapLabels(
        f.state,
        layerContext(f.state, data, atlas),
        (p) => project(f.cam, f.width, f.height, p),
        { width: f.width, height: f.height },
        f.covers,
        undefined,
        false,
        never,
      ),
    );
    expect(place).toHaveBeenCalledTimes(1);
    expect([...placed.values()]).toEqual([...onPage(f).values()]);
  });

  it('the client hands the points the worker sent to the page’s own geometry', async () => {
    const own = buildAtlas(loadTopology(), data);
    // A worker whose points are all moved onto each unit's first: the page then places by them.
    const skewing = new ServiceWorker((r) =>
      r.type === 'warmed'
        ? {
            type: 'warmed',
            samples: new Map(
              [...r.samples].map(([id, p]) => [id, p.map((v, i) => (i % 3 === 2 ? v : p[i % 3]!))]),
            ),
          }
        : r,
    );
    const placer = placerOver(skewing, own);
    await expect(placer.warmed).resolves.toBe(true);
    const f = FRAMINGS[0]!;
    expect(namesOn(f, own)).not.toEqual(namesOn(f));
  });

  it('a worker file that never loads counts as failed after a while', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      let arrive!: (w: Worker) => void;
      const placer = placerOver(() => new Promise<Worker>((r) => (arrive = r)));
      const outcome = placer.place(asked(FRAMINGS[0]!)).then(
        () => 'answered',
        (e: Error) => e.message,
      );
      await vi.advanceTimersByTimeAsync(8500);
      expect(await outcome).toMatch(/did not start/);
      await expect(placer.warmed).resolves.toBe(false);
      expect(warn).toHaveBeenCalledTimes(1);
      // Should it arrive after all, it is ended, not left running.
      const late = new ServiceWorker();
      arrive(late as unknown as Worker);
      await vi.advanceTimersByTimeAsync(0);
      expect(late.terminated).toBe(true);
      expect(late.seen).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a placement that throws in the worker: said once, and the page places from then on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new ServiceWorker();
    const placer = placerOver(worker);
    // Shapes it cannot read: the placement throws in the worker's service.
    const bad = { ...asked(FRAMINGS[0]!), affine: null as unknown as Placement['affine'] };
    await expect(placer.place(bad)).rejects.toThrow();
    await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow();
    expect(worker.seen).toEqual(['shapes', 'place']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a worker that fails: what was asked and everything after is placed on the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new ServiceWorker();
    const placer = placerOver(worker);
    // The first placement is asked; the worker dies before answering.
    worker.mute = true;
    const first = placer.place(asked(FRAMINGS[0]!));
    await vi.waitFor(() => expect(worker.seen).toEqual(['shapes', 'place']));
    worker.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    await expect(first).rejects.toThrow('boom');
    await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow('boom');
    expect(worker.terminated).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    // Its points for the page's own geometry will not come: the page makes them.
    await expect(placer.warmed).resolves.toBe(false);
    // And the map's placement then places on the page: the same names.
    const f = FRAMINGS[0]!;
    const placed = await placeAsTheMap(f, placer);
    expect([...placed.values()]).toEqual([...onPage(f).values()]);
  });

  it('a worker the shapes cannot be sent to: placements reject, and it is ended', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const worker = new ServiceWorker();
    worker.postMessage = () => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    };
    const placer = placerOver(worker);
    await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow('could not be cloned');
    await expect(placer.warmed).resolves.toBe(false);
    expect(worker.terminated).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a worker that fails before its shapes are sent: they are not copied to it, and it is ended', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const worker = new ServiceWorker();
      const placer = placerOver(worker);
      // Made (its handlers set), the shapes waiting for the next task; then its file fails.
      for (let i = 0; i < 10 && !worker.onerror; i++) await Promise.resolve();
      expect(worker.onerror).not.toBeNull();
      worker.onerror?.({ message: 'did not load', preventDefault() {} } as ErrorEvent);
      await vi.advanceTimersByTimeAsync(0);
      expect(worker.seen).toEqual([]);
      expect(worker.terminated).toBe(true);
      await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow('did not load');
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a worker that cannot be made: placements reject, nothing waits for ever', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const placer = placerOver(() => Promise.reject(new Error('no module workers')));
    await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow('no module workers');
    await expect(placer.place(asked(FRAMINGS[0]!))).rejects.toThrow('no module workers');
    expect(warn).toHaveBeenCalledTimes(1);
    await expect(placer.warmed).resolves.toBe(false);
  });

  it('a worker that never answers counts as failed after a while: the map is not left unnamed', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const silent = { postMessage() {}, terminate() {} } as unknown as Worker;
      const placer = placerOver(() => Promise.resolve(silent));
      const asking = placer.place(asked(FRAMINGS[0]!));
      const outcome = asking.then(
        () => 'answered',
        (e: Error) => e.message,
      );
      await vi.advanceTimersByTimeAsync(7000);
      expect(await Promise.race([outcome, Promise.resolve('pending')])).toBe('pending');
      await vi.advanceTimersByTimeAsync(1500);
      expect(await outcome).toMatch(/did not answer/);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the projection it is sent is the view’s (a flat mercator view)', () => {
    const f = FRAMINGS[2]!;
    const a = affineOf((p) => project(f.cam, f.width, f.height, p));
    expect(a).not.toBeNull();
    expect(asked(f).affine).toEqual(a);
  });
});
