// @vitest-environment jsdom
/**
 * The SVG map's flights (src/map/svg/motion.ts): a flight moves the panes by a CSS transform, so a
 * flight that does not land must still leave them unscaled, and the page must not say the map is
 * at rest while one is under way (the 2.4–2.8× map stuck over the header, issue 19 point 8).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cameraMotion } from '../../src/map/svg/motion.ts';

const NS = 'http://www.w3.org/2000/svg';
let frames: FrameRequestCallback[] = [];
let now = 0;
beforeEach(() => {
  frames = [];
  now = 0;
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the next animation frame at `t` ms. */
const frame = (t: number) => {
  now = t;
  const run = frames;
  frames = [];
  for (const f of run) f(t);
};

function motion() {
  const svg = document.createElementNS(NS, 'svg');
  const geo = document.createElementNS(NS, 'g');
  const marks = document.createElementNS(NS, 'g');
  const host = document.createElement('div');
  const settled = vi.fn();
  const m = cameraMotion({
    panes: [{ svg, geo }],
    marks,
    host,
    origin: [0, 0],
    size: () => ({ width: 800, height: 600 }),
    start: { lng: 107, lat: 30, zoom: 6 },
    frame: () => undefined,
    settled,
  });
  return { m, svg, host, settled };
}

describe('a flight of the SVG map', () => {
  it('lands unscaled, and says it moves until it lands', () => {
    const { m, svg, host } = motion();
    m.jumpTo({ lng: 106.5, lat: 29.5, zoom: 9 }, 1000);
    frame(1);
    frame(500);
    expect(svg.style.transform).toMatch(/matrix/);
    expect(host.dataset['moving']).toBe('true');
    frame(1001);
    expect(svg.style.transform).toBe('');
    vi.advanceTimersByTime(200);
    expect(host.dataset['moving']).toBeUndefined();
  });

  it('stopped mid-flight, lands where it is: no pane left scaled', () => {
    const { m, svg, settled } = motion();
    m.jumpTo({ lng: 106.5, lat: 29.5, zoom: 9 }, 1000);
    frame(1);
    frame(500);
    expect(svg.style.transform).toMatch(/matrix/);
    m.stop();
    expect(svg.style.transform).toBe('');
    vi.advanceTimersByTime(200);
    expect(settled).toHaveBeenCalledWith(m.camera());
    expect(m.camera().zoom).toBeGreaterThan(6);
    expect(m.camera().zoom).toBeLessThan(9);
  });

  it('a jump just before a flight does not announce rest in the middle of the flight', () => {
    const { m, host } = motion();
    m.set({ lng: 107, lat: 30, zoom: 6.5 });
    m.jumpTo({ lng: 106.5, lat: 29.5, zoom: 9 }, 1000);
    frame(1);
    vi.advanceTimersByTime(200);
    frame(300);
    expect(host.dataset['moving']).toBe('true');
  });
});
