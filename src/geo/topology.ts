/**
 * The boundaries' topology as the page receives it: in parts, parsed in slices.
 *
 * As one `JSON.parse` (Vite's JSON module, ≈ 250 KB with the build's outlines) it was a single
 * task of ≈ 120 ms with its garbage collection on a phone-speed CPU (4× throttled, 2026-12-05:
 * 57 ms of parse and 59 of collection), the longest the start-up had left after the slices — and
 * beside another job on the machine such a task is taken off the CPU and grows. The build writes
 * the topology as strings instead (src/pipeline/topology-parts.ts): its head, each object, and the
 * arcs in runs of ≈ 16 KB; the page parses one string a step, so each is a unit of a slice.
 */
import type { Topology } from 'topojson-specification';
import { runSliced } from '../lib/slices.ts';

/** A topology as JSON text in parts (src/pipeline/topology-parts.ts writes them). */
export interface TopologyParts {
  /** Everything but the objects and the arcs (type, transform, bbox). */
  head: string;
  /** Each object, by name, as JSON. */
  objects: [name: string, json: string][];
  /** The arcs in order, in runs: each is a JSON array of arcs. */
  arcs: string[];
}

/** The topology the parts hold, a part a step (a generator: src/lib/slices.ts runs it). */
export function* parsingTopology(parts: TopologyParts): Generator<void, Topology, void> {
  const head = JSON.parse(parts.head) as Omit<Topology, 'objects' | 'arcs'>;
  const objects: Topology['objects'] = {};
  for (const [name, json] of parts.objects) {
    yield;
    objects[name] = JSON.parse(json) as Topology['objects'][string];
  }
  const arcs: Topology['arcs'] = [];
  for (const run of parts.arcs) {
    yield;
    for (const arc of JSON.parse(run) as Topology['arcs']) arcs.push(arc);
  }
  return { ...head, objects, arcs };
}

let loading: Promise<Topology> | undefined;

/**
 * The boundaries (geo/boundaries.topo.json with the build's outlines), parsed in slices once per
 * page (the siting handout asks again); a failed load is asked again next time.
 */
export function loadTopology(): Promise<Topology> {
  loading ??= import('../../geo/boundaries.topo.json?parts')
    .then(({ default: parts }) => {
      const typed: TopologyParts = parts;
      return runSliced(parsingTopology(typed));
    })
    .catch((e: unknown) => {
      loading = undefined;
      throw e;
    });
  return loading;
}
