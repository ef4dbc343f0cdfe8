/**
 * Start-up work in slices of a few milliseconds, the one runner the app and the SVG map share.
 *
 * Why a time budget rather than a step a task: a phone's CPU (Lighthouse's mobile model runs
 * every task 4× longer) and a machine busy with something else stretch each step, and a step that
 * was 12 ms becomes a 50–100 ms task that blocks a tap. A slice ends when its time is up, however
 * slow the machine is, so each task is SLICE_MS plus at most one unit of work; on a fast machine
 * several small steps share a task instead of each waiting for one. (Several runners — the map's
 * steps, the app's start, the names' layout — may have slices queued at once and run them back
 * to back; the browser still handles input between tasks, Chromium ahead of timers.)
 *
 * A step is a function; when it returns a generator (`function*`), each `yield` is a point where
 * it may pause, so a loop over 38 districts is 38 units, not one.
 */

/** A unit of start-up work; a generator it returns pauses at each `yield`. */
export type Step = () => unknown;

/**
 * What a pausable computation yields: nothing (a pause), or a promise the runner that can wait
 * (the SVG map's names: svg-map.ts) waits for before resuming it — an answer from a worker. A
 * runner that cannot wait resumes it at once, and it goes on without the answer.
 */
export type Pause = void | Promise<unknown>;

/**
 * How long a slice runs before the page gets a turn. Beside another browser job Lighthouse
 * mobile's median was 92 with 2 ms slices against 84 with 5 ms, audited in turn
 * (docs/performance.md); likely because so short a slice mostly ends before the system takes the
 * CPU back from a thread that has just woken. A long task is 50 ms in Lighthouse's mobile model,
 * which counts each task 4× its length.
 */
export const SLICE_MS = 2;

const isIterator = (v: unknown): v is Iterator<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as Iterator<unknown>).next === 'function';

/**
 * Calls `fn` in a task of its own soon: a timer. After the fifth in a chain the browser holds each
 * ≥ 4 ms (HTML's nesting clamp), and that gap is wanted: a page busy without a break is taken off
 * the CPU mid-task when the machine has other work (the office PC's other tabs, a phone's other
 * apps), and a short slice becomes a long task. Lighthouse mobile beside another browser job
 * (docs/performance.md, 2026-12-05 fourth session): these slices through a message channel (no
 * gap), median 68 against 77 for the build before them; through timers, 84 against 79 in the next
 * run — a hint, not a measurement (two runs). Returns a cancel.
 */
export function nextTask(fn: () => void): () => void {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}

/**
 * A hidden tab's slices are longer: nothing there is painted or clicked, and the browser runs its
 * chained timers about once a second, so 2-ms slices would take minutes to start the app in a tab
 * opened in the background.
 */
export const HIDDEN_SLICE_MS = 50;
const sliceFor = (budget: number): number =>
  typeof document !== 'undefined' && document.hidden ? Math.max(budget, HIDDEN_SLICE_MS) : budget;

export interface Slices {
  /** Runs what is left now, in this task (a snapshot or a print needs the whole picture). */
  finish(): void;
  /** Stops for good: `done` never resolves. */
  cancel(): void;
  /** Resolves once every step has run (at once for none). */
  done: Promise<void>;
}

/**
 * Reports an error as an uncaught one (the window's error event: src/app/uncaught.ts makes it a
 * notice) without ending the caller: `reportError` where the platform has it.
 */
function reportUncaught(e: unknown): void {
  if (typeof reportError === 'function') reportError(e);
  else
    setTimeout(() => {
      throw e;
    }, 0);
}

/**
 * Runs `steps` in order, in slices of `budget` ms, the first in a task after this one. A step that
 * throws is reported as any uncaught error is (`onError`, by default the window's error event) and
 * the steps after it still run: one failing layer does not leave the rest undrawn or `done`
 * pending.
 */
export function inSlices(
  steps: readonly Step[],
  {
    budget = SLICE_MS,
    onError = reportUncaught,
  }: { budget?: number; onError?: (e: unknown) => void } = {},
): Slices {
  const queue = [...steps];
  let current: Iterator<unknown> | null = null;
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  let cancelled = false;
  let cancelTask: () => void = () => {};

  /** One unit: the current generator's next piece, or the next step. */
  const unit = (): void => {
    // Cleared first: a generator that throws is not resumed.
    const it = current;
    current = null;
    try {
      if (it) {
        if (!it.next().done) current = it;
        return;
      }
      const out = queue.shift()?.();
      if (isIterator(out)) current = out;
    } catch (e) {
      onError(e);
    }
  };
  const left = () => current !== null || queue.length > 0;

  const slice = () => {
    const until = performance.now() + sliceFor(budget);
    do unit();
    while (!cancelled && left() && performance.now() < until);
    if (cancelled) return;
    if (left()) cancelTask = nextTask(slice);
    else resolve();
  };
  if (left()) cancelTask = nextTask(slice);
  else resolve();

  return {
    finish: () => {
      if (cancelled) return;
      cancelTask();
      while (left()) unit();
      resolve();
    },
    cancel: () => {
      cancelled = true;
      cancelTask();
    },
    done,
  };
}

/**
 * Steps as one pausable computation, pausing after each step and at each `yield` of a generator
 * step: for runSliced, where a throwing step fails the whole (the app's start).
 */
export function* inOrder(steps: readonly Step[]): Generator<void> {
  for (const step of steps) {
    const out = step();
    if (isIterator(out)) while (!out.next().done) yield;
    yield;
  }
}

/** Runs a pausable computation to its end at once (its callers outside start-up). */
export function drain<T>(work: Iterator<unknown, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs one pausable computation in slices of `budget` ms and resolves with its result; rejects
 * with what it throws (start-up's own steps: a failure there is the app's failure to start).
 */
export function runSliced<T>(
  work: Iterator<unknown, T>,
  { budget = SLICE_MS }: { budget?: number } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      const until = performance.now() + sliceFor(budget);
      try {
        for (;;) {
          const step = work.next();
          if (step.done) return resolve(step.value);
          if (performance.now() >= until) break;
        }
      } catch (e) {
        return reject(e);
      }
      nextTask(slice);
    };
    nextTask(slice);
  });
}
