/**
 * When the map drew each frame (ms since navigation), for the benchmark's latency figures: the
 * last FRAME_LIMIT only, so a page left open for a day does not grow. Wired only in a build made
 * with VITE_BENCH=1 (`npm run bench`); production builds carry no such hook (tested on dist/).
 */
export const FRAME_LIMIT = 2000;

const w = window as unknown as { __frames?: number[]; __frameCount?: number };

/** Records a frame; `__frameCount` counts them all (the array is capped, so its length stops). */
export function recordFrame(): void {
  const frames = (w.__frames ??= []);
  w.__frameCount = (w.__frameCount ?? 0) + 1;
  frames.push(performance.now());
  if (frames.length > FRAME_LIMIT) frames.splice(0, frames.length - FRAME_LIMIT);
}
