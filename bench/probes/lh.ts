/** Lighthouse on a build, with the metrics behind the score: npx tsx bench/probes/lh.ts [dist] */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../tests/e2e/harness.ts';
import { lighthouse } from '../lighthouse.ts';
import { TOOLS } from '../../scripts/lib/tools.ts';

const srv = await serve(process.argv[2]);
try {
  console.log(await lighthouse(srv.url));
  const r = JSON.parse(readFileSync(join(TOOLS, 'lighthouse.json'), 'utf8')) as {
    audits: Record<
      string,
      { numericValue?: number; score?: number; details?: { items?: unknown[] } }
    >;
  };
  for (const k of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'speed-index',
    'cumulative-layout-shift',
    'interactive',
    'max-potential-fid',
  ])
    console.log(k, Math.round(r.audits[k]?.numericValue ?? NaN), r.audits[k]?.score);
  console.log('long tasks', JSON.stringify(r.audits['long-tasks']?.details?.items?.slice(0, 12)));
  console.log('bootup', JSON.stringify(r.audits['bootup-time']?.details?.items?.slice(0, 6)));
  console.log('mainthread', JSON.stringify(r.audits['mainthread-work-breakdown']?.details?.items));
  console.log(
    'lcp el',
    JSON.stringify(r.audits['largest-contentful-paint-element']?.details?.items).slice(0, 600),
  );
} finally {
  await srv.close();
}
