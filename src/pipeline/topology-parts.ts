/**
 * Build time: the topology as the page imports it — JSON text in parts that the page parses one a
 * step (src/geo/topology.ts says why) — and the Vite plugin that serves it as
 * `…/boundaries.topo.json?parts`.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import type { TopologyParts } from '../geo/topology.ts';

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

const QUERY = '?parts';
// The module's id: outside the file system (\0) and ending in .js, not .json, so that Vite's JSON
// plugin leaves the JavaScript this plugin writes alone; its chunk is still boundaries.topo-*.js.
const PREFIX = '\0topology-parts:';
const idOf = (file: string) => `${PREFIX}${file.replace(/\.json$/, '')}.js`;
const fileOf = (id: string) => `${id.slice(PREFIX.length, -'.js'.length)}.json`;

/**
 * Serves `*.topo.json?parts` as a module whose default export is the file's `splitTopology`,
 * after `prepare` (the app adds its outlines: src/pipeline/outlines.ts). In development too.
 */
export function topologyParts(prepare: (topo: Topology) => Topology = (t) => t): Plugin {
  return {
    name: 'topology-parts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(`.topo.json${QUERY}`)) return null;
      const file = source.slice(0, -QUERY.length);
      const path = isAbsolute(file) || !importer ? file : resolve(dirname(importer), file);
      return idOf(path);
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = fileOf(id);
      this.addWatchFile(file);
      const topo = prepare(JSON.parse(readFileSync(file, 'utf8')) as Topology);
      return { code: `export default ${JSON.stringify(splitTopology(topo))};`, map: null };
    },
  };
}
