/**
 * The start-up runner (src/lib/slices.ts): steps in order, none in the caller's task, a turn for
 * the page when a slice's time is up, generators paused at each yield, failures reported without
 * stopping the rest (or, for runSliced, failing its promise).
 */
import { describe, expect, it } from 'vitest';
import { drain, inSlices, nextTask, runSliced } from '../../src/lib/slices.ts';

/** Another task source sharing the loop (the page's own work): counts its turns until stopped. */
function page() {
  const turns = { n: 0, live: true };
  const tick = () => {
    if (!turns.live) return;
    turns.n++;
    nextTask(tick);
  };
  nextTask(tick);
  return turns;
}

const never = Symbol('pending');
const settled = (p: Promise<unknown>) =>
  Promise.race([p.then(() => 'done'), new Promise((r) => setTimeout(() => r(never), 50))]);

describe('inSlices', () => {
  it('runs nothing in the caller’s task, then every step in order', async () => {
    const log: string[] = [];
    const run = inSlices(['a', 'b', 'c'].map((x) => () => log.push(x)));
    expect(log).toEqual([]);
    await run.done;
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('gives the page a turn between units once a slice’s time is up, not within a slice', async () => {
    const seenAt = async (budget: number) => {
      const turns = page();
      const at: number[] = [];
      await inSlices(
        [
          function* () {
            for (let i = 0; i < 6; i++) {
              at.push(turns.n);
              yield;
            }
          },
        ],
        { budget },
      ).done;
      turns.live = false;
      return new Set(at).size;
    };
    // No time: every unit in a task of its own, the page's turns between them.
    expect(await seenAt(0)).toBeGreaterThan(1);
    // All the time in the world: one slice, the page waited.
    expect(await seenAt(Infinity)).toBe(1);
  });

  it('reports a throwing step and still runs the rest', async () => {
    const errors: unknown[] = [];
    const log: string[] = [];
    const boom = new Error('boom');
    await inSlices(
      [
        () => log.push('a'),
        () => {
          throw boom;
        },
        function* () {
          log.push('g1');
          yield;
          throw boom;
        },
        () => log.push('c'),
      ],
      { onError: (e) => errors.push(e) },
    ).done;
    expect(log).toEqual(['a', 'g1', 'c']);
    expect(errors).toEqual([boom, boom]);
  });

  it('finish runs what is left at once; cancel leaves it undone for good', async () => {
    const log: number[] = [];
    const steps = () => [1, 2, 3].map((n) => () => log.push(n));
    const a = inSlices(steps());
    a.finish();
    expect(log).toEqual([1, 2, 3]);
    expect(await settled(a.done)).toBe('done');

    log.length = 0;
    const b = inSlices(steps());
    b.cancel();
    expect(await settled(b.done)).toBe(never);
    expect(log).toEqual([]);
  });

  it('resolves at once for no steps', async () => {
    expect(await settled(inSlices([]).done)).toBe('done');
  });
});

describe('runSliced', () => {
  it('resolves with the computation’s result, paused at each yield', async () => {
    const turns = page();
    const at: number[] = [];
    const out = await runSliced(
      (function* () {
        for (let i = 0; i < 4; i++) {
          at.push(turns.n);
          yield;
        }
        return 'atlas';
      })(),
      { budget: 0 },
    );
    turns.live = false;
    expect(out).toBe('atlas');
    expect(new Set(at).size).toBeGreaterThan(1);
  });

  it('rejects with what the computation throws', async () => {
    const work = (function* () {
      yield;
      throw new Error('geo join: place 1 has no geometry');
    })();
    await expect(runSliced(work)).rejects.toThrow('has no geometry');
  });
});

describe('drain', () => {
  it('runs a computation to its end at once', () => {
    let n = 0;
    const work = (function* () {
      while (n < 5) {
        n++;
        yield;
      }
      return n * 2;
    })();
    expect(drain(work)).toBe(10);
  });
});
