/**
 * The start-up runner (src/lib/slices.ts): steps in order, none in the caller's task, a turn for
 * the page when a slice's time is up, generators paused at each yield, failures reported without
 * stopping the rest (or, for runSliced, failing its promise).
 */
import { describe, expect, it } from 'vitest';
import { drain, inOrder, inSlices, nextTask, runSliced } from '../../src/lib/slices.ts';

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

/**
 * How many of the page's turns six units of one generator step saw pass (1: all in one slice).
 */
async function seenAt(budget: number): Promise<number> {
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
    let resolved = false;
    void inSlices([]).done.then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(true);
  });

  it('ends a slice when its time is up, with several units in it while there is time', async () => {
    const turns = page();
    const at: number[] = [];
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    await inSlices(
      [
        function* () {
          for (let i = 0; i < 6; i++) {
            at.push(turns.n);
            busy(8);
            yield;
          }
        },
      ],
      { budget: 20 },
    ).done;
    turns.live = false;
    // At most three 8-ms units fit a 20-ms slice: the six took two slices or more.
    expect(new Set(at).size).toBeGreaterThan(1);
  });

  it('finish runs the rest of a generator it has started', async () => {
    const log: number[] = [];
    const run = inSlices(
      [
        function* () {
          for (let i = 0; i < 5; i++) {
            log.push(i);
            yield;
          }
        },
      ],
      { budget: 0 },
    );
    // A slice or two (the first made the generator): its first piece.
    for (let i = 0; i < 10 && !log.length; i++) await new Promise((r) => setTimeout(r, 0));
    expect(log.length).toBeGreaterThan(0);
    expect(log.length).toBeLessThan(5);
    run.finish();
    expect(log).toEqual([0, 1, 2, 3, 4]);
    expect(await settled(run.done)).toBe('done');
  });

  it('reports a throwing step as an uncaught error by default (reportError)', async () => {
    const reported: unknown[] = [];
    const had = 'reportError' in globalThis;
    const saved = (globalThis as { reportError?: unknown }).reportError;
    (globalThis as { reportError?: unknown }).reportError = (e: unknown) => reported.push(e);
    try {
      const boom = new Error('boom');
      const log: string[] = [];
      await inSlices([
        () => {
          throw boom;
        },
        () => log.push('after'),
      ]).done;
      expect(reported).toEqual([boom]);
      expect(log).toEqual(['after']);
    } finally {
      if (had) (globalThis as { reportError?: unknown }).reportError = saved;
      else Reflect.deleteProperty(globalThis, 'reportError');
    }
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

describe('inOrder', () => {
  it('pauses after each step and at each yield; a throw fails runSliced', async () => {
    const log: string[] = [];
    const work = inOrder([
      () => log.push('a'),
      function* () {
        log.push('g1');
        yield;
        log.push('g2');
      },
      () => log.push('c'),
    ]);
    const pauses: string[] = [];
    while (!work.next().done) pauses.push(log.join(''));
    expect(log).toEqual(['a', 'g1', 'g2', 'c']);
    expect(pauses).toEqual(['a', 'ag1', 'ag1g2', 'ag1g2c']);
    await expect(
      runSliced(
        inOrder([
          () => {
            throw new Error('panel');
          },
        ]),
      ),
    ).rejects.toThrow('panel');
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

describe('in a hidden tab', () => {
  it('runs longer slices: nothing there waits for a turn, and its timers come once a second', async () => {
    const hidden = (on: boolean) =>
      Object.defineProperty(globalThis, 'document', {
        value: { hidden: on },
        configurable: true,
      });
    try {
      hidden(true);
      expect(await seenAt(0)).toBe(1);
      hidden(false);
      expect(await seenAt(0)).toBeGreaterThan(1);
    } finally {
      Reflect.deleteProperty(globalThis, 'document');
    }
  });
});
