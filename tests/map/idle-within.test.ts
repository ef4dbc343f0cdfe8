// @vitest-environment jsdom
/**
 * The live map's export picture waits for the map to be idle, and fails — it does not go on with a
 * half-drawn map — when the map is not idle in time (issue 21).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idleWithin } from '../../src/map/idle.ts';

/** A map that fires 'idle' when told to. */
function fakeMap() {
  let listener: (() => void) | null = null;
  return {
    once: ((_: 'idle', f: () => void) => {
      listener = f;
    }) as never,
    idle: () => listener?.(),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('idleWithin', () => {
  it('resolves when the map goes idle in time', async () => {
    vi.useFakeTimers();
    const map = fakeMap();
    const done = idleWithin(map, 8000);
    vi.advanceTimersByTime(7000);
    map.idle();
    await expect(done).resolves.toBeUndefined();
  });

  it('rejects when the map is not idle in time, saying so', async () => {
    vi.useFakeTimers();
    const done = idleWithin(fakeMap(), 8000);
    const seen = expect(done).rejects.toThrow('did not finish drawing within 8 s');
    vi.advanceTimersByTime(8001);
    await seen;
  });
});
