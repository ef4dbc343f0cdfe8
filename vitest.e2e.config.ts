import { defineConfig } from 'vitest/config';

// End-to-end tests drive real headless Chromium against the built app (dist/): run `vite build`
// first (npm run test:e2e does).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/e2e.json' },
  },
});
