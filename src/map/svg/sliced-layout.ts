/**
 * The SVG map's screen layers' layouts (the names) run a slice per task, apart from
 * the map so that its waiting, replacing and finishing are tested on their own
 * (tests/map/sliced-layout.test.ts).
 */
import { nextTask, SLICE_MS, type Pause } from '../../lib/slices.ts';

/**
 * A screen layer's layout run a slice per task (SvgLayer.drawing): one at a time, a new one
 * replacing one under way. While it runs the map says so (#map[data-labelling]): the names on
 * screen are the last ones.
 */
export function slicedLayout(host: HTMLElement, frame: () => void) {
  type Job = {
    l: { g: SVGGElement; key: string };
    key: string;
    work: Generator<Pause, SVGElement[]>;
  };
  let job: Job | null = null;
  let cancelTask = () => {};
  let waiting: (() => void)[] = [];
  const stop = () => {
    cancelTask();
    job = null;
    delete host.dataset['labelling'];
  };
  /** No layout under way: whoever waits for that is told. */
  const idle = () => {
    stop();
    for (const w of waiting.splice(0)) w();
  };
  /** Runs the job until `until`; `wait`: a promise it yields (the worker's answer) is waited for. */
  const run = (until: number, wait = true) => {
    if (!job) return;
    for (;;) {
      let step: IteratorResult<Pause, SVGElement[]>;
      try {
        step = job.work.next();
      } catch (e) {
        // Reported as uncaught (src/app/uncaught.ts); the map is not left "labelling" for ever.
        idle();
        throw e;
      }
      if (step.done) {
        // Drawn only if the layer still wants this layout (nothing drew it at once since).
        if (job.l.key === job.key) job.l.g.replaceChildren(...step.value);
        idle();
        frame();
        return;
      }
      if (wait && step.value instanceof Promise) {
        // Resumed in a task of its own once answered, unless another layout replaced this one.
        const asking = job;
        cancelTask = () => {};
        const go = () => {
          if (job === asking) cancelTask = nextTask(() => run(performance.now() + SLICE_MS));
        };
        step.value.then(go, go);
        return;
      }
      if (performance.now() > until) break;
    }
    cancelTask = nextTask(() => run(performance.now() + SLICE_MS));
  };
  return {
    start(l: Job['l'], key: string, work: Job['work']) {
      stop();
      job = { l, key, work };
      host.dataset['labelling'] = 'true';
      cancelTask = nextTask(() => run(performance.now() + SLICE_MS));
    },
    layer: () => job?.l ?? null,
    // Now, whole: a worker's answer is not waited for (the generator places the names itself).
    finish: () => {
      cancelTask();
      run(Infinity, false);
    },
    /** Drops the layout under way: the layer was drawn at once instead (its waiters are told). */
    cancel: idle,
    /** Drops it for good (the map is destroyed): whoever waits, waits for ever. */
    stop,
    /** Resolves when no layout is under way (at once if none is). */
    idle: (): Promise<void> =>
      job ? new Promise((r) => (waiting = [...waiting, r])) : Promise.resolve(),
  };
}
