import { defineConfig } from 'vitest/config';
import { jsonText } from './src/pipeline/json-text.ts';

export default defineConfig({
  // The app's data module imports data/*.json as text (src/pipeline/json-text.ts).
  plugins: [jsonText()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line.
    reporters: ['default', 'json'],
    outputFile: { json: '.cache/test-results/unit.json' },
  },
});
