/**
 * What the label worker does with each message, apart from the worker's globals (so that a test
 * gets the very answers the worker would send): the same placingLabels the page runs, over its
 * copy of the places' polygons.
 */
import {
  shapesFromWorld,
  warmWorldShapes,
  worldSamples,
  type WorldShapes,
} from './label-geometry.ts';
import { drain, placingLabels } from './label-placement.ts';
import type { LabelReply, LabelRequest } from './label-protocol.ts';

/** A worker's state (its copy of the shapes) and its answer to each request. */
export function labelService(): (req: LabelRequest) => LabelReply {
  let shapes: WorldShapes | null = null;
  return (req) => {
    switch (req.type) {
      case 'shapes':
        shapes = req.shapes;
        // Made now, while the page has other start-up work: the first placement then only places.
        warmWorldShapes(shapes);
        return { type: 'warmed', samples: worldSamples(shapes) };
      case 'place': {
        if (!shapes) return { type: 'failed', id: req.id, error: 'no shapes were sent' };
        try {
          const placed = drain(
            placingLabels(
              req.candidates,
              req.symbols,
              req.view,
              req.padding,
              shapesFromWorld(shapes, req.affine),
              req.covers,
            ),
          );
          return { type: 'placed', id: req.id, placed: [...placed.values()] };
        } catch (e) {
          // With its stack: the page says it in the console (label-client.ts).
          return {
            type: 'failed',
            id: req.id,
            error: e instanceof Error ? (e.stack ?? e.message) : String(e),
          };
        }
      }
    }
  };
}

/**
 * The worker's message loop over `answer`: a placement runs in a task of its own, usually after
 * the messages already waiting (timers and messages are separate task sources: browsers run them
 * in order, the standard does not promise it), and one that a newer placement finds still waiting
 * is answered `superseded` instead of placed. The page asks a new placement when the names change
 * at the same camera (the layers, the language, the selection, a subject's partners) and drops
 * the older layout (svg-map.ts; one map asks at a time): changes in quick succession while the
 * worker is busy cost the placement under way and the newest, not one each.
 */
export function labelWorkerLoop(
  answer: (req: LabelRequest) => LabelReply,
  post: (reply: LabelReply) => void,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
): (req: LabelRequest) => void {
  let waiting: Extract<LabelRequest, { type: 'place' }> | null = null;
  const run = () => {
    const req = waiting;
    waiting = null;
    if (req) post(answer(req));
  };
  return (req) => {
    if (req.type !== 'place') return post(answer(req));
    if (waiting) post({ type: 'superseded', id: waiting.id });
    else later(run);
    waiting = req;
  };
}
