// Minimal types for build-time packages that ship none.

declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]); `precision` in input units. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
  ): number[] & { distance: number };
}

interface ImportMetaEnv {
  /** True in the single-file offline build (vite.offline.config.ts). */
  readonly VITE_SINGLE_FILE?: boolean;
  /** Set by `npm run bench` only: the build announces each frame drawn to the bench (`src/map/frames.ts`). */
  readonly VITE_BENCH?: string;
}

/** The URL of the topology's file in parts (src/pipeline/topology-parts.ts makes it; src/geo/load-topology.ts fetches it). */
declare module '*.topo.json?parts-url' {
  const url: string;
  export default url;
}

/** A JSON file as its minified text (src/pipeline/json-text.ts). */
declare module '*.json?text' {
  const text: string;
  export default text;
}
