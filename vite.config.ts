import { defineConfig } from 'vite';

export default defineConfig({
  // Relative base: dist/ works from any sub-path of any static host, and from file://.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
});
