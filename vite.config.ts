import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, transformWithOxc, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import {
  firstPaintImg,
  firstPaintMatchingList,
  firstPaintSvg,
} from './src/pipeline/first-paint-svg.ts';
import { readSeedIndex } from './scripts/lib/seeds.ts';
import { readDataDir } from './scripts/lib/data.ts';
import { withOutlines } from './src/pipeline/outlines.ts';
import { topologyParts } from './src/pipeline/topology-parts.ts';
import { jsonText } from './src/pipeline/json-text.ts';
import { checkTours } from './src/tour/check.ts';
import type { TourFile } from './src/tour/types.ts';

/**
 * Inlines the first-paint SVG of the districts and the default view's matching list into
 * index.html (see src/pipeline/first-paint-svg.ts).
 */
function firstPaint(): Plugin {
  return {
    name: 'first-paint-svg',
    transformIndexHtml(html) {
      const topo = JSON.parse(
        readFileSync(new URL('./geo/boundaries.topo.json', import.meta.url), 'utf8'),
      ) as Topology;
      const data = readDataDir();
      return html
        .replace('<!--first-paint-->', firstPaintImg(firstPaintSvg(topo, data)))
        .replace(
          '<div id="matching"></div>',
          `<div id="matching">${firstPaintMatchingList(data)}</div>`,
        );
    },
  };
}

/**
 * The app's chunks (src/main.ts, the data, the geometry and what they import) as <link
 * rel="modulepreload"> in index.html. The entry (src/boot.ts) imports them dynamically, after the
 * first paint; Vite's helper then added a link per chunk from script, which on a phone was a task
 * of ≈ 150 ms (19 links appended one by one), and the fetches began only once boot had run.
 * Written into the page, they are fetched (and compiled, not run) while the HTML is parsed, and
 * the helper finds them already there.
 */
function preloadApp(): Plugin {
  return {
    name: 'preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        const entry = ctx.chunk;
        if (!bundle || !entry) return html;
        // The entry's dynamic import (the app) and all it imports statically: its code, not its
        // data or geometry, which the app asks for after the first paint (src/boot.ts says why).
        const files = new Set<string>();
        const visit = (file: string) => {
          const c = bundle[file];
          if (files.has(file) || c?.type !== 'chunk') return;
          files.add(file);
          c.imports.forEach(visit);
        };
        entry.dynamicImports.forEach(visit);
        files.delete(entry.fileName);
        return {
          html,
          tags: [...files].map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${f}` },
            injectTo: 'head' as const,
          })),
        };
      },
    },
  };
}

/**
 * With an online basemap built in (VITE_BASEMAP_STYLE), the policy in dist/_headers must let the
 * page fetch its style and tiles: the style's origin is added to connect-src and img-src. Tiles,
 * glyphs or sprites on other hosts must be added by hand (README, "Hosting"); a basemap the policy
 * still blocks is told apart from an unreachable one at run time (src/map/create-map.ts).
 */
function basemapPolicy(): Plugin {
  let outDir = 'dist';
  return {
    name: 'basemap-policy',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    closeBundle() {
      const style = process.env['VITE_BASEMAP_STYLE'];
      const file = new URL(`./${outDir}/_headers`, import.meta.url);
      if (!style || !existsSync(file)) return;
      const origin = new URL(style).origin;
      const text = readFileSync(file, 'utf8').replace(
        /(connect-src|img-src) ([^;]+)/g,
        (_, dir: string, list: string) => `${dir} ${list} ${origin}`,
      );
      writeFileSync(file, text);
    },
  };
}

/** Fails the build (and the dev server's start) when a tour names what the data does not have. */
function tourCheck(): Plugin {
  return {
    name: 'tour-check',
    buildStart() {
      const tours = JSON.parse(
        readFileSync(new URL('./data/tour.json', import.meta.url), 'utf8'),
      ) as TourFile;
      const docs = readSeedIndex().map((s) => s.id);
      const problems = checkTours(tours, readDataDir(), docs);
      if (problems.length) this.error(`data/tour.json:\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * The topology as the page fetches it (`geo/boundaries.topo.json?parts-url`: the URL of a file,
 * src/geo/load-topology.ts): in parts the page parses a step at a time, with the outlines the map
 * would otherwise merge at start-up (主城, the city's edge, groups, belts, 川渝 frameworks) made
 * here (src/pipeline/outlines.ts). In development too.
 */
const boundariesForThePage = (): Plugin =>
  topologyParts((topo, watch) => {
    // The outlines come from data/ too: the dev server rebuilds the parts when it changes.
    for (const f of ['groups', 'frameworks'])
      watch(fileURLToPath(new URL(`./data/${f}.json`, import.meta.url)));
    return withOutlines(topo, readDataDir());
  });

/**
 * Ships the offline single file (dist-offline/index.html, `npm run build:offline`) beside the
 * hosted app as offline.html: "下载离线简报" fetches it and puts the briefing inside
 * (src/briefing/single-file.ts). Built first by `npm run build`; when it is missing the build
 * says so and the hosted download reports it on screen. Not precached (3–4 MB that only a
 * download needs).
 */
function offlineFile(): Plugin {
  return {
    name: 'offline-file',
    apply: 'build',
    generateBundle() {
      const file = new URL('./dist-offline/index.html', import.meta.url);
      if (!existsSync(file)) {
        this.warn('dist-offline/index.html is missing: run npm run build:offline first');
        return;
      }
      this.emitFile({ type: 'asset', fileName: OFFLINE_FILE, source: readFileSync(file) });
    },
  };
}
const OFFLINE_FILE = 'offline.html';

/**
 * The service worker as dist/sw.js: src/sw/sw.ts with its types stripped (it has no imports, so
 * nothing to bundle), after the cache's name and every file of the build (hand-written, ≈ 30
 * lines: workbox-build would bring a Babel and Rollup toolchain to generate the same precache
 * list).
 */
export async function serviceWorkerScript(
  version: string,
  files: readonly string[],
): Promise<string> {
  const path = fileURLToPath(new URL('./src/sw/sw.ts', import.meta.url));
  const { code } = await transformWithOxc(readFileSync(path, 'utf8'), path, { lang: 'ts' });
  // The file is a module only for its types; a classic script must not say import or export.
  const body = code.replace(/^export\s*\{\s*\};?\s*$/m, '');
  if (/^\s*(import|export)\b/m.test(body)) throw new Error('src/sw/sw.ts: no imports or exports');
  return [
    `// Generated by the build from src/sw/sw.ts. Cache: ${version}`,
    `const CACHE = ${JSON.stringify(`cq-map-${version}`)};`,
    `const FILES = ${JSON.stringify(['./', ...files])};`,
    body,
  ].join('\n');
}

function serviceWorker(): Plugin {
  return {
    name: 'service-worker',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((f) => !f.endsWith('.map') && f !== OFFLINE_FILE)
        .concat(['config.json'])
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: await serviceWorkerScript(version, files),
      });
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host, and from file://.
  base: './',
  plugins: [
    boundariesForThePage(),
    jsonText(),
    firstPaint(),
    preloadApp(),
    tourCheck(),
    offlineFile(),
    serviceWorker(),
    basemapPolicy(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    // Every browser the app supports (es2022) has <link rel="modulepreload">: the polyfill only
    // costs start-up time (measured: ≈ 18 ms of a phone-speed CPU scanning the page's links).
    modulePreload: {
      polyfill: false,
      // The page's entry (assets/index-*.js, src/boot.ts) imports the app, whose chunks index.html
      // already lists (preloadApp): no helper call for them. It looked for each of the 20 links in
      // the page before importing — ≈ 67 ms of a phone-speed CPU (4× throttled) in the first task.
      resolveDependencies: (_file, deps, { hostId, hostType }) =>
        hostType === 'js' && /^assets\/index-[\w-]+\.js$/.test(hostId) ? [] : deps,
    },
    rolldownOptions: {
      // d3-scale-chromatic ships as one file whose every interpolator is made at load (`ramp(…)`
      // calls the bundler must keep unless told they are pure): ≈ 16 ms of colour conversion at a
      // start-up that uses one scheme (YlGnBu). Declared pure, the unused ones are dropped; so
      // are its eleven categorical schemes (`colors(…)`: the module 23.1 → 16.1 KB unminified).
      treeshake: { manualPureFunctions: ['ramp', 'ramp$1', 'colors'] },
      output: {
        // maplibre's worker ships as .mjs; a static host with no type for .mjs (older nginx, IIS)
        // serves it as application/octet-stream and the browser will not start it as a module
        // worker, so the live map never draws. As .js every host sends a JavaScript type.
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.mjs'))
            ? 'assets/[name]-[hash].js'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  worker: {
    format: 'es',
    // The import worker is inlined (a blob: URL), which cannot import a sibling chunk: its lazily
    // imported workbook reader is folded into it, still evaluated only when a workbook arrives.
    rolldownOptions: { output: { codeSplitting: false } },
  },
  // The JSON files still imported as modules (seeds/index.json, geo/towns.json, data/tour.json;
  // the data and the topology come as text: src/pipeline/json-text.ts, topology-parts.ts) as
  // JSON.parse("…") rather than object literals: V8 parses JSON several times faster than the
  // same data as JavaScript. Each file as one JSON.parse (no named exports: every import of a
  // .json is its default): with them, the topology's arcs stayed a literal of 20,000 arrays, whose
  // code cache alone was a 28 ms task in a Lighthouse run (v8.produceModuleCache, 2026-12-05).
  json: { stringify: true, namedExports: false },
});
