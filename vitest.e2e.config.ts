import { defineConfig } from 'vitest/config';

// End-to-end tests drive real headless Chromium against the built app (dist/): run `vite build`
// first (npm run test:e2e does).
//
// Files and the tests in them run in a new random order every run: each test makes its own start
// (its own browser context: tests/e2e/per-test.ts), and this keeps it so. The seed is printed at the start of
// the run; E2E_SEED=<seed> runs that order again. E2E_ORDER=declared runs them as written (the
// baseline scripts/e2e-order.ts compares shuffled runs and single tests against).
const declared = process.env['E2E_ORDER'] === 'declared';
const seed = Number(process.env['E2E_SEED']) || Date.now() % 1_000_000;
console.log(
  declared ? 'e2e order: as written' : `e2e order: seed ${seed} (E2E_SEED=${seed} repeats it)`,
);

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { shuffle: declared ? false : { files: true, tests: true }, seed },
    pool: 'forks',
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/e2e.json' },
  },
});
