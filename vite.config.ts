import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { firstPaintImg, firstPaintSvg } from './src/pipeline/first-paint-svg.ts';
import { buildData } from './src/pipeline/build-data.ts';
import { readSeedIndex, readSeeds } from './scripts/lib/seeds.ts';
import { checkTours } from './src/tour/check.ts';
import type { TourFile } from './src/tour/types.ts';

/** Inlines the first-paint SVG of the districts into index.html (see src/pipeline/first-paint-svg.ts). */
function firstPaint(): Plugin {
  return {
    name: 'first-paint-svg',
    transformIndexHtml(html) {
      const topo = JSON.parse(
        readFileSync(new URL('./geo/boundaries.topo.json', import.meta.url), 'utf8'),
      ) as Topology;
      return html.replace(
        '<!--first-paint-->',
        firstPaintImg(firstPaintSvg(topo, buildData(readSeeds()))),
      );
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
      const problems = checkTours(tours, buildData(readSeeds()), docs);
      if (problems.length) this.error(`data/tour.json:\n  ${problems.join('\n  ')}`);
    },
  };
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host, and from file://.
  base: './',
  plugins: [firstPaint(), tourCheck()],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
  },
  worker: { format: 'es' },
});
