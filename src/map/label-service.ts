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
