/**
 * The label worker: the SVG map's label placement off the page's thread (label-client.ts). On a
 * phone the search for room and leader lines was the largest share of the start-up's work after
 * the first paint (≈ 270 ms at 4× of ≈ 1,200, bench/probes/tasks.ts, 2026-12-05).
 */
import { labelService, labelWorkerLoop } from './label-service.ts';
import type { LabelReply, LabelRequest } from './label-protocol.ts';

// The points sent back are fresh arrays the worker keeps no hold of: moved, not copied.
const handle = labelWorkerLoop(labelService(), (r: LabelReply) =>
  postMessage(r, {
    transfer:
      r.type === 'warmed' ? [...r.samples.values()].map((a) => a.buffer as ArrayBuffer) : [],
  }),
);
onmessage = (e: MessageEvent<LabelRequest>) => handle(e.data);
