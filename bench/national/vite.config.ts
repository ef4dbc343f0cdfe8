/** The app built on the synthetic national data (bench/.national), through the same code. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { topologyParts } from '../../src/pipeline/topology-parts.ts';
import { jsonText } from '../../src/pipeline/json-text.ts';

const NAT = fileURLToPath(new URL('../.national/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig({
  root: ROOT,
  base: './',
  resolve: {
    alias: [
      // The data files, not the briefing (tour.json names Chongqing's places; the bench never
      // presents it).
      {
        find: /^\.\.\/\.\.\/data\/(?!tour\.json)(.*)\.json(\?text)?$/,
        replacement: `${NAT}data/$1.json$2`,
      },
      {
        find: /^(?:\.\.\/)+geo\/boundaries\.topo\.json(\?parts-url)?$/,
        replacement: `${NAT}geo/boundaries.topo.json$1`,
      },
    ],
  },
  plugins: [
    // The page fetches its topology's file in parts (src/geo/load-topology.ts); here without the
    // outlines.
    topologyParts(),
    // And its data as text, parsed a file a step (src/data/data.ts).
    jsonText(),
    {
      name: 'no-first-paint',
      transformIndexHtml: (html: string) => html.replace('<!--first-paint-->', ''),
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../.national-dist/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
