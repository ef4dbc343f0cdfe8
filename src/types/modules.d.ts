// Minimal types for build-time packages that ship none.

declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]); `precision` in input units. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
  ): number[] & { distance: number };
}
