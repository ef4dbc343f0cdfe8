/**
 * Build time: the topology as the page loads it — JSON text in parts that the page parses one a
 * step (src/geo/topology.ts says why), in a file of its own — and the Vite plugin that makes that
 * file for `…/boundaries.topo.json?parts-url`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { encodeTopologyParts, type TopologyParts } from '../geo/topology.ts';
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
 * Serves `*.topo.json?parts-url` as a module whose default export is the URL of a file holding
 * the file's `splitTopology` (encodeTopologyParts), after `prepare` (the app adds its outlines:
 * src/pipeline/outlines.ts; `watch` names the other files it read, for the dev server). The file
 * is fetched, not imported: as a module (≈ 260 KB of source) its arrival was a task of 10–12 ms
 * of CPU in Lighthouse's traces against ≈ 1 ms without them — the trace copies every script's
 * source — and 4× that is a long task on its phone model (docs/performance.md, tenth session).
 * Data is not code, either. In development and in the single file, a data: URL.
 */
export function topologyParts(
  prepare: (topo: Topology, watch: (file: string) => void) => Topology = (t) => t,
): Plugin {
  return queryModule({
    name: 'topology-parts',
    ext: '.topo.json',
    query: 'parts-url',
    code: (file, watch, asset) => {
      const topo = prepare(JSON.parse(readFileSync(file, 'utf8')) as Topology, watch);
      const name = `${basename(file, '.json')}.txt`;
      return `export default ${asset(name, encodeTopologyParts(splitTopology(topo)))};`;
    },
  });
}
