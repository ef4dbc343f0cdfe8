/**
 * Build time: the topology as the page imports it — JSON text in parts that the page parses one a
 * step (src/geo/topology.ts says why) — and the Vite plugin that serves it as
 * `…/boundaries.topo.json?parts`.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import type { TopologyParts } from '../geo/topology.ts';
import { queryModule } from './query-module.ts';

/**
 * How long a run of arcs may be, in characters of JSON: ≈ 0.3 ms of `JSON.parse` on a desktop,
 * ≈ 1–2 ms on a phone-speed CPU — a unit that fits a slice (src/lib/slices.ts, SLICE_MS).
 */
export const ARC_RUN_CHARS = 16_000;

/** `topo` as parts: its head, each object, and its arcs in runs of at most `runChars` (but one arc). */
export function splitTopology(topo: Topology, runChars = ARC_RUN_CHARS): TopologyParts {
  const { objects, arcs, ...head } = topo;
  const runs: string[] = [];
  let run: string[] = [];
  // The run's length as text: its brackets, its arcs and the commas between them.
  let size = 2;
  for (const arc of arcs) {
    const json = JSON.stringify(arc);
    if (run.length && size + 1 + json.length > runChars) {
      runs.push(`[${run.join(',')}]`);
      run = [];
      size = 2;
    }
    size += (run.length ? 1 : 0) + json.length;
    run.push(json);
  }
  if (run.length) runs.push(`[${run.join(',')}]`);
  return {
    head: JSON.stringify(head),
    objects: Object.entries(objects).map(([name, o]) => [name, JSON.stringify(o)]),
    arcs: runs,
  };
}

/**
 * Serves `*.topo.json?parts` as a module whose default export is the file's `splitTopology`,
 * after `prepare` (the app adds its outlines: src/pipeline/outlines.ts; `watch` names the other
 * files it read, for the dev server). In development too.
 */
export function topologyParts(
  prepare: (topo: Topology, watch: (file: string) => void) => Topology = (t) => t,
): Plugin {
  return queryModule({
    name: 'topology-parts',
    ext: '.topo.json',
    query: 'parts',
    code: (file, watch) => {
      const topo = prepare(JSON.parse(readFileSync(file, 'utf8')) as Topology, watch);
      return `export default ${JSON.stringify(splitTopology(topo))};`;
    },
  });
}
