/**
 * When Lighthouse's Chromium shows a build's first frame: `npx tsx bench/probes/lh-paint.ts DIR
 * [audits]` (default 3) — each mobile audit's score with the first paint, DOMContentLoaded and
 * load as the browser saw them (unthrottled). Used to bisect a page (a copy of dist/ with parts
 * of its index.html taken out) for what holds that frame back (docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../tests/e2e/harness.ts';
import { lighthouse } from '../lighthouse.ts';
import { TOOLS } from '../../scripts/lib/tools.ts';

const [dir = 'dist', audits = '3'] = process.argv.slice(2);
const srv = await serve(dir);
try {
  for (let i = 0; i < Number(audits); i++) {
    const s = await lighthouse(srv.url);
    const r = JSON.parse(readFileSync(join(TOOLS, 'lighthouse.json'), 'utf8')) as {
      audits: Record<string, { details?: { items?: Record<string, number>[] } }>;
    };
    const m = r.audits['metrics']?.details?.items?.[0] ?? {};
    const ms = (k: string) => Math.round(m[k] ?? NaN);
    console.log(
      `${s.performance}  first paint ${ms('observedFirstPaint')}  DOMContentLoaded ${ms('observedDomContentLoaded')}  load ${ms('observedLoad')}`,
    );
  }
} finally {
  await srv.close();
}
