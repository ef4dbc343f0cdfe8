/**
 * npm run build:offline — one self-contained HTML file (dist-offline/index.html) for briefings
 * with no network: code, styles, data, boundaries, the seeds, the tour and the maplibre worker are
 * all inlined, so it opens from a USB stick by double-click (file://) and requests nothing.
 *
 * vite-plugin-singlefile inlines the bundle into the HTML; every dynamic import (data, tour,
 * export, seeds) is folded into it, and assets become data: URLs (the worker among them).
 */
import { defineConfig, mergeConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

// The one file needs no service worker (it is already offline), nor a copy of itself inside,
// nor links to chunks it has inlined: drop the base config's.
const { plugins = [], ...rest } = base;
const noSw = (plugins as { name?: string }[]).filter(
  (p) => !['service-worker', 'offline-file', 'preload-app'].includes(p?.name ?? ''),
);

export default mergeConfig(
  { ...rest, plugins: noSw },
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true })],
    // No runtime config file next to a lone HTML file: the embedded map is the default.
    define: { 'import.meta.env.VITE_SINGLE_FILE': JSON.stringify(true) },
    publicDir: false,
    // A classic worker: a page opened from file:// has an opaque origin, and Chrome will not start
    // a module worker from its blob: URL (the import worker failed to load there); a classic one
    // starts. The import worker has no imports of its own left to split, so nothing is lost.
    worker: { format: 'iife' },
    build: {
      outDir: 'dist-offline',
      emptyOutDir: true,
      assetsInlineLimit: () => true,
      chunkSizeWarningLimit: 10_000,
    },
  }),
);
