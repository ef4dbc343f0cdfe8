/** Messages between the page and the label worker (typed both ways): label-client.ts, label-worker.ts. */
import type { WorldShapes } from './label-geometry.ts';
import type { PlacedLabel, Placement } from './label-placement.ts';

export type LabelRequest =
  /** The places' polygons, once: the worker makes its frame and the grids placement searches. */
  | { type: 'shapes'; shapes: WorldShapes }
  /** One placement, placingLabels' arguments with the view's projection as its affine form. */
  | ({ type: 'place'; id: number } & Placement);

export type LabelReply =
  /**
   * After `shapes`: each unit's points searched for room (worldSamples), for the page's own frame
   * (names it places itself), so that it need not search the shapes again.
   */
  | { type: 'warmed'; samples: Map<string, Float64Array> }
  /** The labels placed, in placingLabels' order (the order they are drawn in). */
  | { type: 'placed'; id: number; placed: PlacedLabel[] }
  | { type: 'failed'; id: number; error: string }
  /** Not placed: a newer placement came before this one's turn (labelWorkerLoop). */
  | { type: 'superseded'; id: number };
