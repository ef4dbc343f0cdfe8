// @vitest-environment jsdom
/**
 * The SVG map's sliced layouts (src/map/svg/sliced-layout.ts): a layout runs a slice per task and
 * draws its result; one that yields a promise (the label worker's answer) waits for it while the
 * page goes on; a newer layout replaces one under way or waiting; `finish` runs it to the end at
 * once without waiting; the map says it is labelling while one runs.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Pause } from '../../src/lib/slices.ts';
import { slicedLayout } from '../../src/map/svg/sliced-layout.ts';

const NS = 'http://www.w3.org/2000/svg';
const tasks = (n = 5) =>
  (async () => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
  })();

function setup() {
  const host = document.createElement('div');
  const frame = vi.fn();
  const g = document.createElementNS(NS, 'g');
  const layer = { g, key: 'k1' };
  return { host, frame, layer, layout: slicedLayout(host, frame) };
}

const text = (s: string) => {
  const t = document.createElementNS(NS, 'text');
  t.textContent = s;
  return t;
};

/** A layout that records how far it got; it yields `pause` once, halfway. */
function* names(log: string[], pause: Pause, result: string): Generator<Pause, SVGElement[]> {
  log.push('began');
  yield;
  yield pause;
  log.push('resumed');
  yield;
  return [text(result)];
}

describe('sliced layouts', () => {
  it('run in later tasks, draw their result, and say so while they run', async () => {
    const { host, frame, layer, layout } = setup();
    const log: string[] = [];
    layout.start(layer, 'k1', names(log, undefined, '万州'));
    // Nothing runs in the caller's task.
    expect(log).toEqual([]);
    expect(host.dataset['labelling']).toBe('true');
    const idle = layout.idle();
    await tasks();
    await idle;
    expect(log).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('万州');
    expect(host.dataset['labelling']).toBeUndefined();
    expect(frame).toHaveBeenCalledTimes(1);
    await expect(layout.idle()).resolves.toBeUndefined();
  });

  it('wait for a promise the layout yields, and go on once it settles', async () => {
    const { host, layer, layout } = setup();
    const log: string[] = [];
    let answer!: () => void;
    const asked = new Promise<void>((r) => (answer = r));
    layout.start(layer, 'k1', names(log, asked, '涪陵'));
    await tasks(10);
    expect(log).toEqual(['began']);
    expect(layer.g.textContent).toBe('');
    expect(host.dataset['labelling']).toBe('true');
    answer();
    await tasks();
    expect(log).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('涪陵');
  });

  it('a rejected promise resumes the layout too', async () => {
    const { layer, layout } = setup();
    const log: string[] = [];
    const failed = Promise.reject(new Error('worker gone'));
    failed.catch(() => undefined);
    layout.start(layer, 'k1', names(log, failed, '黔江'));
    await tasks();
    expect(log).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('黔江');
  });

  it('a newer layout replaces one that waits: the old one is not resumed when its answer comes', async () => {
    const { layer, layout } = setup();
    const oldLog: string[] = [];
    let answer!: () => void;
    layout.start(layer, 'k1', names(oldLog, new Promise<void>((r) => (answer = r)), 'old'));
    await tasks();
    // The newer one waits for its own answer: the old answer does not resume it either.
    const newLog: string[] = [];
    let newAnswer!: () => void;
    layer.key = 'k2';
    layout.start(layer, 'k2', names(newLog, new Promise<void>((r) => (newAnswer = r)), 'new'));
    await tasks();
    answer();
    await tasks();
    expect(oldLog).toEqual(['began']);
    expect(newLog).toEqual(['began']);
    newAnswer();
    await tasks();
    expect(oldLog).toEqual(['began']);
    expect(newLog).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('new');
  });

  it('finish runs the layout to its end now, without waiting for its promise', () => {
    const { host, frame, layer, layout } = setup();
    const log: string[] = [];
    layout.start(layer, 'k1', names(log, new Promise(() => {}), '江津'));
    layout.finish();
    expect(log).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('江津');
    expect(host.dataset['labelling']).toBeUndefined();
    expect(frame).toHaveBeenCalledTimes(1);
  });

  it('finish, after the layout began waiting, also resumes it at once', async () => {
    const { layer, layout } = setup();
    const log: string[] = [];
    layout.start(layer, 'k1', names(log, new Promise(() => {}), '永川'));
    await tasks();
    expect(log).toEqual(['began']);
    layout.finish();
    expect(log).toEqual(['began', 'resumed']);
    expect(layer.g.textContent).toBe('永川');
  });

  it('does not draw a result the layer no longer wants (drawn at once since)', async () => {
    const { layer, layout } = setup();
    layer.g.replaceChildren(text('drawn at once'));
    layout.start(layer, 'k1', names([], undefined, 'stale'));
    layer.key = 'k9';
    await tasks();
    expect(layer.g.textContent).toBe('drawn at once');
  });

  it('a layout that throws: the map is not left labelling, waiters are told', async () => {
    const { host, layer, layout } = setup();
    // eslint-disable-next-line require-yield -- throws before its first pause
    function* broken(): Generator<Pause, SVGElement[]> {
      throw new Error('bad shapes');
    }
    layout.start(layer, 'k1', broken());
    const idle = layout.idle();
    expect(() => layout.finish()).toThrow('bad shapes');
    await expect(idle).resolves.toBeUndefined();
    expect(host.dataset['labelling']).toBeUndefined();
  });

  it('cancel tells the waiters; stop (the map destroyed) does not', async () => {
    const { layer, layout } = setup();
    layout.start(layer, 'k1', names([], new Promise(() => {}), 'x'));
    let told = false;
    void layout.idle().then(() => (told = true));
    layout.stop();
    await tasks();
    expect(told).toBe(false);
    expect(layout.layer()).toBeNull();
    layout.start(layer, 'k1', names([], new Promise(() => {}), 'y'));
    void layout.idle().then(() => (told = true));
    layout.cancel();
    await tasks();
    expect(told).toBe(true);
  });
});
