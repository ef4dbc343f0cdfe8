/**
 * Memoisation, for any layer of the code (a neutral module: layers, marks, label placement and
 * panels use it). Layer data is why it exists: deck.gl compares `data` by reference, so a new
 * array re-tessellates and re-uploads everything while a recolour of the same array costs < 1 ms;
 * builders therefore hand deck the same array until its real inputs change.
 */

/** Remembers the last result per key tuple (shallow equality). */
export function memoLast<A extends readonly unknown[], R>(
  fn: (...args: A) => R,
): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A): R => {
    if (
      lastArgs &&
      lastArgs.length === args.length &&
      lastArgs.every((a, i) => Object.is(a, args[i]))
    )
      return last;
    lastArgs = args;
    last = fn(...args);
    return last;
  };
}

/** Remembers one result per object (for values derived from static data). */
export function memoBy<K extends object, R>(fn: (key: K) => R): (key: K) => R {
  const cache = new WeakMap<K, R>();
  return (key: K): R => {
    if (!cache.has(key)) cache.set(key, fn(key));
    return cache.get(key) as R;
  };
}
