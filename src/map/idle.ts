/** Waiting for the live map to be idle, with a limit (its own module: no maplibre import). */

/**
 * Resolves when the map is next idle; rejects after `ms` — a picture taken before the map has
 * drawn would export a half-drawn map as if it were whole (issue 21).
 */
export const idleWithin = (
  map: { once(event: 'idle', listener: () => void): unknown },
  ms: number,
) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the map did not finish drawing within ${ms / 1000} s`)),
      ms,
    );
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
