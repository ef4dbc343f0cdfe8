/**
 * The code's shape, checked: what the browser runs stays apart from what only the data build
 * runs (no module under src/ outside src/pipeline imports build-time code — seed parsing, geometry
 * build, curation, the scripts — except for types, which compile away); the arrows point down the
 * layers below and never round in a cycle; and the camera has one writer, the store (nothing
 * outside the map moves the map on screen itself).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/seeds.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('runtime and build-time code', () => {
  it('no runtime module imports a build-only one (types aside)', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      if (rel.startsWith('src/pipeline/')) continue;
      const text = readFileSync(f, 'utf8');
      // Every import or re-export statement, whole (they may span lines).
      for (const m of text.matchAll(/^(import|export)\s[^;]*?from\s+'([^']+)'/gms)) {
        const [stmt, , spec] = m;
        const typeOnly = /^(import|export)\s+type\s/.test(stmt);
        if (!typeOnly && /(^|\/)(pipeline|scripts)\//.test(spec!))
          offenders.push(`${rel}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the data is typed by a checked cast, never one through unknown', () => {
    // `as unknown as DataFiles` compiles whatever the files hold; `as DataFiles` fails to compile
    // when a file's shape and its record type stop overlapping (src/data/data.ts).
    const offenders = ['src', 'scripts', 'tests'].flatMap((d) =>
      files(join(ROOT, d))
        .filter((f) => !f.endsWith('structure.test.ts'))
        .filter((f) => /as unknown as DataFiles\b/.test(readFileSync(f, 'utf8')))
        .map((f) => relative(ROOT, f)),
    );
    expect(offenders).toEqual([]);
  });
});

/**
 * The layers, bottom first: a module imports only from layers below its own (or from its own
 * directory). A layer's units (src/<dir>/ or src/<file>.ts) never import one another. Type-only
 * and dynamic imports count too: a type that runs back up drags its layer's shape with it. A new
 * directory under src/ fails the test until it is given a place here.
 */
const LAYERS: readonly (readonly string[])[] = [
  // Types several layers share (camera, renderer kind, language, layer ids, verdicts) and neutral
  // helpers (memoisation, code order, spreadsheet cells).
  ['types', 'lib'],
  // The records of data/*.json, defined once here; the files, the seeds' index, the industries.
  ['data'],
  // Words in both languages; the geo join.
  ['i18n', 'geo'],
  // Reading a user's project list (DOM-free: parse, resolve, fit, report).
  ['import'],
  // The one store, selectors, the URL, search.
  ['state'],
  // Both renderers, the layers they draw, the camera maths, the tooltip.
  ['map'],
  // Side panels, and the contract the views are mounted by (panels/view-context.ts).
  ['panels'],
  // Downloads, handouts, embeds.
  ['export'],
  // The views beside the map, the tour (the briefing's presenter), district profiles (printed).
  ['catalogue', 'compare', 'table', 'targets', 'projects', 'tour', 'profiles'],
  // A briefing as a file (src/briefing/): read and written with the tour's shape and checks.
  ['briefing'],
  // Wiring: the header, the views' table, uncaught errors.
  ['app'],
  // The page's start-up; the service worker (its own entry, sw/sw.ts) and its registration.
  ['main', 'sw'],
  // The first script the page runs.
  ['boot'],
  // Build-time only: runs in Node to write data/ (nothing above imports it; see the test above).
  ['pipeline'],
];

/** src/map/layers/x.ts → 'map'; src/main.ts → 'main'. */
const unitOf = (rel: string): string => rel.split('/')[1]!.replace(/\.ts$/, '');

interface Edge {
  from: string;
  to: string;
}

/** Every import of a module under src/ by another, static, re-export, side-effect or dynamic. */
function importEdges(root: string, srcFiles: readonly string[]): Edge[] {
  const edges: Edge[] = [];
  for (const f of srcFiles) {
    const text = readFileSync(f, 'utf8');
    const specs = [
      ...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms),
      ...text.matchAll(/^import\s+'([^']+)'/gm),
      ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const to = relative(root, resolve(dirname(f), spec));
      if (to.startsWith('src/') && to.endsWith('.ts')) edges.push({ from: relative(root, f), to });
    }
  }
  return edges;
}

/** Imports that run up the layers or across a layer, as "from -> to" lines. */
function upwardImports(edges: readonly Edge[], layers = LAYERS): string[] {
  const rank = new Map(layers.flatMap((units, i) => units.map((u) => [u, i] as const)));
  const out: string[] = [];
  for (const { from, to } of edges) {
    const a = unitOf(from);
    const b = unitOf(to);
    if (a === b) continue;
    const ra = rank.get(a);
    const rb = rank.get(b);
    if (ra === undefined || rb === undefined)
      out.push(`${from} -> ${to} (no layer for ${ra === undefined ? a : b})`);
    else if (rb >= ra) out.push(`${from} -> ${to}`);
  }
  return out;
}

/** Import cycles between modules (strongly connected components of more than one module, or one importing itself). */
function importCycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  // Tarjan's algorithm, iterative over an explicit stack of (node, next child) frames.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const frames: [string, number][] = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      const [v, i] = frame;
      const children = next.get(v) ?? [];
      if (i < children.length) {
        frame[1]++;
        const w = children[i]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          frames.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1]?.[0];
      if (parent !== undefined) low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      if (low.get(v) !== index.get(v)) continue;
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || children.includes(v)) cycles.push(scc.sort());
    }
  }
  return cycles;
}

describe('the layers', () => {
  const edges = importEdges(ROOT, files(join(ROOT, 'src')));

  it('sees the imports it checks', () => {
    // A parser that found nothing would pass everything below.
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'src/main.ts', to: 'src/state/store.ts' });
  });

  it('every import points down (or stays in its own directory)', () => {
    expect(upwardImports(edges)).toEqual([]);
  });

  it('no import cycle', () => {
    expect(importCycles(edges)).toEqual([]);
  });

  it('the checks catch an upward import, a sideways one, an unplaced directory and a cycle', () => {
    const up = { from: 'src/state/store.ts', to: 'src/map/camera.ts' };
    const across = { from: 'src/i18n/index.ts', to: 'src/geo/atlas.ts' };
    const unplaced = { from: 'src/nowhere/x.ts', to: 'src/data/types.ts' };
    expect(upwardImports([up, across, unplaced])).toEqual([
      'src/state/store.ts -> src/map/camera.ts',
      'src/i18n/index.ts -> src/geo/atlas.ts',
      'src/nowhere/x.ts -> src/data/types.ts (no layer for nowhere)',
    ]);
    const a = 'src/map/a.ts';
    const b = 'src/map/b.ts';
    const c = 'src/map/c.ts';
    expect(
      importCycles([
        { from: a, to: b },
        { from: b, to: c },
        { from: c, to: a },
        { from: c, to: 'src/map/d.ts' },
      ]),
    ).toEqual([[a, b, c]]);
  });
});

describe('the camera', () => {
  it('is moved through the store only: no module outside src/map calls a map view to move it', () => {
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'src'))) {
      const rel = relative(ROOT, f);
      // The map's own code carries the moves out; an export frames the off-screen map it made
      // for the handout (never the one on screen).
      if (rel.startsWith('src/map/') || rel === 'src/export/export.ts') continue;
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\.(jumpTo|fitBounds|zoomBy|flyTo|easeTo)\(/g))
        offenders.push(`${rel}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });
});
