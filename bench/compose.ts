/**
 * The "compose a briefing" figure (issue 22): the composer is DOM-free, so it is timed in Node on
 * the real data/, as the browser runs it (one resolver and one plan reading per briefing, nothing
 * cached between calls). `npx tsx bench/compose.ts` runs it alone.
 */
import { pathToFileURL } from 'node:url';
import { readDataDir } from '../scripts/lib/data.ts';
import { composeBriefing } from '../src/briefing/compose.ts';

/** Words an officer types: in the layout table, outside it (五金), English, a GB/T code. */
const WORDS = ['白酒', '眼镜', '五金', 'furniture', '火锅底料', '3587', 'baijiu'];

/** Milliseconds per briefing, `n` briefings (the words in turn), after one warm-up each. */
export function composeTimes(n = 35): number[] {
  const data = readDataDir();
  for (const w of WORDS) composeBriefing(w, data);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = composeBriefing(WORDS[i % WORDS.length]!, data);
    times.push(performance.now() - t0);
    if (!r.ok) throw new Error(`bench: ${WORDS[i % WORDS.length]} did not compose (${r.reason})`);
  }
  return times;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t = composeTimes().sort((a, b) => a - b);
  console.log(
    `compose a briefing (median, ms): ${t[t.length >> 1]!.toFixed(1)}; max ${t.at(-1)!.toFixed(1)}`,
  );
}
