/**
 * The bench's instrument: after each frame the map draws, a DOM event. Wired only in a build made
 * with VITE_BENCH=1 (`npm run bench`; src/main.ts), and nothing is kept on `window`: the bench's
 * own page script listens and keeps the frame times (bench/run.ts, FRAME_SCRIPT).
 */
export const FRAME_EVENT = 'cq-map:frame';

export function recordFrame(): void {
  document.dispatchEvent(new Event(FRAME_EVENT));
}
