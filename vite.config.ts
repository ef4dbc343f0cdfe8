import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { firstPaintSvg } from './src/pipeline/first-paint-svg.ts';
import { buildData } from './src/pipeline/build-data.ts';
import { readSeeds } from './scripts/lib/seeds.ts';

/** Inlines the first-paint SVG of the districts into index.html (see src/pipeline/first-paint-svg.ts). */
function firstPaint(): Plugin {
  return {
    name: 'first-paint-svg',
    transformIndexHtml(html) {
      const topo = JSON.parse(
        readFileSync(new URL('./geo/boundaries.topo.json', import.meta.url), 'utf8'),
      ) as Topology;
      return html.replace('<!--first-paint-->', firstPaintSvg(topo, buildData(readSeeds())));
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host, and from file://.
  base: './',
  plugins: [firstPaint()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
});
