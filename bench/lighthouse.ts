/** A mobile Lighthouse audit with Debian's Chromium (used by bench/run.ts on full runs). */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../tests/e2e/harness.ts';
import { ensureTool, TOOLS } from '../scripts/lib/tools.ts';

// Lighthouse is installed on demand (full runs only), pinned, outside package.json: version 12 is
// the last that runs on Node 20, and it is a heavy tool the app's install does not need.
const LIGHTHOUSE_VERSION = '12.8.2';

import type { LighthouseScores } from './lib.ts';
export type { LighthouseScores } from './lib.ts';

/**
 * A mobile Lighthouse audit of a URL with Debian's Chromium; scores 0–100. Asynchronous: the page
 * is usually served by this same Node process, whose event loop must stay free.
 */
export async function lighthouse(url: string): Promise<LighthouseScores> {
  const cli = ensureTool('lighthouse', LIGHTHOUSE_VERSION, 'cli/index.js');
  const out = join(TOOLS, 'lighthouse.json');
  // chrome-launcher makes its own fresh profile; it wants the new headless mode.
  const flags = CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)).join(' ');
  await promisify(execFile)(
    'node',
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=${flags}`,
      // LH_ASSETS=1: the audit's trace kept too (lighthouse-0.trace.json), for what its long
      // tasks were (bench/probes/lh-busy.ts keeps one per audit).
      ...(process.env['LH_ASSETS'] ? ['--save-assets'] : []),
    ],
    {
      maxBuffer: 64 * 2 ** 20,
      env: { ...process.env, CHROME_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' },
    },
  );
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
  };
  const score = (k: string) => Math.round(100 * (report.categories[k]?.score ?? NaN));
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
  };
}

// `npx tsx bench/lighthouse.ts URL` audits one URL.
if (process.argv[1]?.endsWith('lighthouse.ts') && process.argv[2])
  console.log(lighthouse(process.argv[2]));
