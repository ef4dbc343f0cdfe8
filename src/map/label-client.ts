/**
 * The page's side of the label worker (label-worker.ts): the SVG map's names placed off the
 * page's thread. The worker is sent the places' polygons once and each placement's candidates,
 * and answers with the labels placingLabels would place on the page — the same code over the same
 * numbers. A worker that cannot start or fails rejects what was asked of it and everything after:
 * the map then places its names on the page as it did before (label-placement.ts), so nothing is
 * lost but the time. Its first reply, to the shapes, carries the points it searched for room in
 * each unit, which the page's own label geometry takes (LabelPlacer.warmed). A placement a newer
 * one replaced before its turn is answered `superseded`: that one rejects, the worker stays.
 */
import type { Atlas } from '../geo/atlas.ts';
import { memoBy } from '../lib/memo.ts';
import { adoptWorldSamples, makingWorldShapes, worldShapes } from './label-geometry.ts';
import type { LabelPlacer, PlacedLabel } from './label-placement.ts';
import type { LabelReply, LabelRequest } from './label-protocol.ts';

/**
 * The worker, as its own file (a module worker) on a host; inlined (a classic worker from a
 * blob: URL) in the offline single file, which has no other file to load it from.
 */
async function startWorker(): Promise<Worker> {
  const { default: LabelWorker } = import.meta.env.VITE_SINGLE_FILE
    ? await import('./label-worker.ts?worker&inline')
    : await import('./label-worker.ts?worker');
  return new LabelWorker();
}

/**
 * How long a placement may take in the worker before the page places the names itself (the first
 * includes making the worker and its grids: ≈ 0.1–0.3 s on a phone).
 */
const ANSWER_MS = 8000;

/** `p`, or a rejection when it has not settled ANSWER_MS after (a worker file that stalls). */
function withinAnswerTime<T>(p: Promise<T>, what: string): Promise<T> {
  let late: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, no) => {
      late = setTimeout(
        () => no(new Error(`it did not ${what} in ${ANSWER_MS / 1000} s`)),
        ANSWER_MS,
      );
    }),
  ]).finally(() => clearTimeout(late));
}

/** A placer over `atlas`'s polygons; `start` makes the worker (a test passes its own). */
export function labelPlacer(atlas: Atlas, start: () => Promise<Worker> = startWorker): LabelPlacer {
  let worker: Promise<Worker> | null = null;
  let broken: Error | null = null;
  let next = 1;
  const pending = new Map<number, { ok: (l: PlacedLabel[]) => void; fail: (e: Error) => void }>();
  let prepared!: () => void;
  const ready = new Promise<void>((r) => (prepared = r));
  let adopted!: (v: boolean) => void;
  const warmed = new Promise<boolean>((r) => (adopted = r));

  const fail = (e: Error) => {
    if (!broken)
      // Said once, for whoever looks: the names still come, placed on the page's thread.
      console.warn(`The label worker failed (${e.message}); names are placed on the page.`, e);
    broken ??= e;
    adopted(false);
    for (const p of pending.values()) p.fail(e);
    pending.clear();
    void worker?.then((w) => w.terminate()).catch(() => undefined);
  };

  /** The worker, made once; one that arrives after the placer gave up on it is ended. */
  const starting = (): Promise<Worker> => {
    const made = start();
    made.then(
      (w) => {
        if (broken) w.terminate();
      },
      () => undefined,
    );
    return withinAnswerTime(made, 'start');
  };

  const launch = (): Promise<Worker> =>
    (worker ??= starting().then(
      (w) => {
        w.onmessage = (e: MessageEvent<LabelReply>) => {
          const r = e.data;
          if (r.type === 'warmed') {
            adoptWorldSamples(atlas, r.samples);
            adopted(true);
            return;
          }
          const p = pending.get(r.id);
          pending.delete(r.id);
          if (r.type === 'placed') p?.ok(r.placed);
          // A newer placement was asked before this one's turn: its layout was dropped (were it
          // resumed all the same, placingMapLabels would place on the page). The worker is fine.
          else if (r.type === 'superseded') p?.fail(new Error('superseded by a newer placement'));
          else {
            // It threw while placing: this one and all after are placed on the page (said once).
            const e = new Error(r.error);
            p?.fail(e);
            fail(e);
          }
        };
        w.onerror = (e) => {
          e.preventDefault();
          fail(new Error(e.message || 'it did not load'));
        };
        w.onmessageerror = () => fail(new Error('it sent an unreadable reply'));
        // The shapes go in a task after the one that made the worker: made and sent in one, the
        // worker's start and the copy of the rings (≈ 400 KB) were one run of ≈ 35 ms at 4× CPU
        // (2026-12-05), seen at 20–40 ms in every Lighthouse audit beside another job. Placements
        // asked meanwhile wait for this promise, so they still follow the shapes.
        // (This promise then rejects, so `fail` cannot end the worker through it: ended here.)
        return new Promise<Worker>((sent, notSent) =>
          setTimeout(() => {
            // It failed meanwhile (its file did not load): nothing to copy the shapes for.
            if (broken) {
              w.terminate();
              notSent(broken);
              return;
            }
            try {
              w.postMessage({ type: 'shapes', shapes: worldShapes(atlas) } satisfies LabelRequest);
              sent(w);
            } catch (e) {
              // The shapes could not be sent (a DataCloneError): nothing it could do without them.
              const err = e instanceof Error ? e : new Error(String(e));
              fail(err);
              w.terminate();
              notSent(err);
            }
          }, 0),
        );
      },
      (e: unknown) => {
        // It could not be made (a chunk that did not load, a browser without module workers).
        const err = e instanceof Error ? e : new Error(String(e));
        fail(err);
        throw err;
      },
    ));

  return {
    warmed,
    // The polygons to send made in parts (start-up slices); then the worker made, and in a later
    // task the polygons sent.
    *prepare() {
      yield* makingWorldShapes(atlas);
      prepared();
      // (A failure is handled in launch: every placement asked is then placed on the page.)
      launch().catch(() => undefined);
    },
    place(p) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      // A worker that neither answers nor fails would leave the map unnamed: ANSWER_MS after the
      // request is sent, it counts as failed.
      let late: ReturnType<typeof setTimeout> | undefined;
      return new Promise<PlacedLabel[]>((ok, failOne) => {
        const done =
          <T>(f: (v: T) => void) =>
          (v: T) => {
            clearTimeout(late);
            f(v);
          };
        pending.set(id, { ok: done(ok), fail: done(failOne) });
        void ready
          .then(launch)
          .then((w) => {
            w.postMessage({ type: 'place', id, ...p } satisfies LabelRequest);
            late = setTimeout(() => {
              if (pending.has(id)) fail(new Error(`it did not answer in ${ANSWER_MS / 1000} s`));
            }, ANSWER_MS);
          })
          // Not made (launch said so), or the request could not be sent (a DataCloneError): the
          // page places from now on.
          .catch((e: unknown) => fail(e instanceof Error ? e : new Error(String(e))));
      });
    },
  };
}

/**
 * One placer (one worker) per atlas, for every live SVG map of the page (the main map, and a new
 * one after a renderer switch). None where there are no workers (the unit tests' DOM): names are
 * placed on the page.
 */
export const labelPlacerFor = memoBy((atlas: Atlas): LabelPlacer | undefined =>
  typeof Worker === 'undefined' ? undefined : labelPlacer(atlas),
);
