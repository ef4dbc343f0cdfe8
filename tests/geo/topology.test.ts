/**
 * The topology in parts (src/pipeline/topology-parts.ts writes them at build time,
 * src/geo/topology.ts parses them in the page a part a step): the same topology comes out, in
 * parts small enough for a slice.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Topology } from 'topojson-specification';
import { join } from 'node:path';
import {
  decodeTopologyParts,
  encodeTopologyParts,
  parsingTopology,
  type TopologyParts,
} from '../../src/geo/topology.ts';
import { ARC_RUN_CHARS, splitTopology, topologyParts } from '../../src/pipeline/topology-parts.ts';
import { drain } from '../../src/lib/slices.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { loadTopology } from '../helpers.ts';

/** Runs the parse to its end and counts the points where it would let the page have a turn. */
function parse(parts: TopologyParts): { topo: Topology; pauses: number } {
  const work = parsingTopology(parts);
  let pauses = 0;
  for (;;) {
    const step = work.next();
    if (step.done) return { topo: step.value, pauses };
    pauses++;
  }
}

describe('the topology in parts', () => {
  const topo = loadTopology();
  const parts = splitTopology(topo);

  it('parses back to the very topology it was made from', () => {
    expect(parse(parts).topo).toEqual(topo);
    // The arcs in their order: an object's arc indices point into them.
    expect(parse(parts).topo.arcs[1234]).toEqual(topo.arcs[1234]);
  });

  it('is in runs that each fit a slice, with a pause before each object and each run', () => {
    expect(parts.arcs.length).toBeGreaterThan(5);
    for (const run of parts.arcs) expect(run.length).toBeLessThanOrEqual(ARC_RUN_CHARS);
    expect(parts.objects.map(([name]) => name)).toEqual(Object.keys(topo.objects));
    expect(parse(parts).pauses).toBe(parts.objects.length + parts.arcs.length);
  });

  it('keeps every arc whole and in order, whatever the run length', () => {
    const arc = fc.array(fc.tuple(fc.integer({ min: -1e5, max: 1e5 }), fc.integer()), {
      minLength: 2,
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.array(arc, { maxLength: 60 }), fc.integer({ min: 1, max: 400 }), (arcs, n) => {
        const t = { type: 'Topology', objects: {}, arcs } as unknown as Topology;
        const p = splitTopology(t, n);
        // A run is over the limit only when it is a single arc longer than the limit.
        for (const run of p.arcs)
          if (run.length > n) expect((JSON.parse(run) as unknown[]).length).toBe(1);
        expect(drain(parsingTopology(p))).toEqual(t);
      }),
    );
  });
});

describe('the topology’s file', () => {
  const parts = splitTopology(loadTopology());

  it('holds the parts a line each, and gives them back', () => {
    const text = encodeTopologyParts(parts);
    expect(text.split('\n')).toHaveLength(2 + parts.objects.length + parts.arcs.length);
    expect(JSON.parse(text.split('\n')[1]!)).toEqual({
      names: parts.objects.map(([n]) => n),
      runs: parts.arcs.length,
    });
    expect(decodeTopologyParts(text)).toEqual(parts);
  });

  it('cut short anywhere, or not this file, is an error rather than a map with holes', () => {
    const lines = encodeTopologyParts(parts).split('\n');
    // Cut inside the objects, or between two runs of arcs (each line whole: it would parse).
    for (const n of [3, lines.length - 1])
      expect(() => decodeTopologyParts(lines.slice(0, n).join('\n'))).toThrow(/incomplete/);
    expect(() => decodeTopologyParts([...lines, '[]'].join('\n'))).toThrow(/incomplete/);
    expect(() => decodeTopologyParts('')).toThrow();
    // A topology with no arcs is a file too.
    const none: TopologyParts = { head: '{}', objects: [['a', '{}']], arcs: [] };
    expect(decodeTopologyParts(encodeTopologyParts(none))).toEqual(none);
  });
});

describe('the build serves *.topo.json?parts-url', () => {
  const plugin = topologyParts((t) => ({ ...t, bbox: [1, 2, 3, 4] }));
  const hook = <K extends 'resolveId' | 'load' | 'configResolved'>(k: K) =>
    plugin[k] as unknown as (this: unknown, ...a: unknown[]) => unknown;
  const importer = join(ROOT, 'src', 'geo', 'topology.ts');
  const id = hook('resolveId').call({}, '../../geo/boundaries.topo.json?parts-url', importer);
  const prepared = { ...loadTopology(), bbox: [1, 2, 3, 4] };

  it('as a module whose default is a data: URL of the prepared topology in parts (dev, tests)', () => {
    expect(id).toMatch(/^\0/);
    // Not a .json id: Vite's JSON plugin must leave the module's JavaScript alone.
    expect(String(id)).not.toMatch(/\.json$/);
    expect(hook('resolveId').call({}, '../../geo/boundaries.topo.json', importer)).toBeNull();
    hook('configResolved').call({}, { command: 'serve', plugins: [] });
    const watched: string[] = [];
    const out = hook('load').call({ addWatchFile: (f: string) => watched.push(f) }, id) as {
      code: string;
    };
    expect(watched).toEqual([join(ROOT, 'geo', 'boundaries.topo.json')]);
    const url = JSON.parse(out.code.replace(/^export default /, '').replace(/;$/, '')) as string;
    expect(url).toMatch(/^data:text\/plain;charset=utf-8;base64,/);
    const text = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8');
    expect(drain(parsingTopology(decodeTopologyParts(text)))).toEqual(prepared);
  });

  it('in a build, as a file of its own beside the chunks', () => {
    hook('configResolved').call({}, { command: 'build', plugins: [{ name: 'vite:reporter' }] });
    const emitted: { name: string; source: string }[] = [];
    const ctx = {
      addWatchFile: () => {},
      emitFile: (f: { name: string; source: string }) => String(emitted.push(f)),
    };
    const out = hook('load').call(ctx, id) as { code: string };
    expect(out.code).toBe('export default import.meta.ROLLUP_FILE_URL_1;');
    expect(emitted.map((f) => f.name)).toEqual(['boundaries.topo.txt']);
    expect(drain(parsingTopology(decodeTopologyParts(emitted[0]!.source)))).toEqual(prepared);
    // The single file (vite.offline.config.ts) has nothing beside it: inline again.
    hook('configResolved').call({}, { command: 'build', plugins: [{ name: 'vite:singlefile' }] });
    expect((hook('load').call(ctx, id) as { code: string }).code).toMatch(/"data:text\/plain/);
    expect(emitted).toHaveLength(1);
  });

  it('and nothing else', () => {
    expect(hook('load').call({}, join(ROOT, 'geo', 'boundaries.topo.json'))).toBeNull();
  });
});
