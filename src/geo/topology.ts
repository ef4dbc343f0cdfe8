/**
 * The boundaries' topology as the page receives it: in parts, parsed in slices.
 *
 * As one `JSON.parse` (Vite's JSON module, ≈ 250 KB with the build's outlines) it was a single
 * task of ≈ 120 ms with its garbage collection on a phone-speed CPU (4× throttled, 2026-12-05:
 * 57 ms of parse and 59 of collection), the longest the start-up had left after the slices — and
 * beside another job on the machine such a task is taken off the CPU and grows. The build writes
 * the topology as strings instead (src/pipeline/topology-parts.ts): its head, each object, and the
 * arcs in runs of ≈ 16 KB, a line each in a file of its own; the page fetches it and parses one
 * line a step, so each is a unit of a slice.
 */
import type { Topology } from 'topojson-specification';

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

/**
 * The parts as their file holds them: a line each — the head, what follows (the objects' names and
 * the number of arc runs), each object, then each run of arcs. JSON text has no line breaks, so a
 * line is a part, and the page splits the file without parsing all of it at once.
 */
export function encodeTopologyParts(parts: TopologyParts): string {
  const names = parts.objects.map(([name]) => name);
  return [
    parts.head,
    JSON.stringify({ names, runs: parts.arcs.length }),
    ...parts.objects.map(([, json]) => json),
    ...parts.arcs,
  ].join('\n');
}

/**
 * The parts in a file `encodeTopologyParts` wrote. A file with fewer or more lines than it says
 * (cut short in the download, or not this file) is an error, not a map with holes.
 */
export function decodeTopologyParts(text: string): TopologyParts {
  const lines = text.split('\n');
  const toc = JSON.parse(lines[1] ?? 'null') as { names?: unknown; runs?: unknown } | null;
  const names = toc?.names;
  const runs = toc?.runs;
  if (!Array.isArray(names) || typeof runs !== 'number' || lines.length !== 2 + names.length + runs)
    throw new Error('The boundaries file is incomplete or not the one this page expects');
  return {
    head: lines[0]!,
    objects: names.map((name, i): [string, string] => [String(name), lines[2 + i]!]),
    arcs: lines.slice(2 + names.length),
  };
}
