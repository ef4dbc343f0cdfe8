/**
 * Keeps the deck.gl overlay in step with the store: one subscription rebuilds the layers (cheap)
 * from the state; label placement is redone when the zoom or the labelled places change.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { AppStore } from '../state/store.ts';
import { buildLayers, STAGES } from './build-layers.ts';
import { syncBaseLayers, type BaseLayerMemory } from './base-layers.ts';
import type { MapHandle } from './create-map.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { placeMapLabels } from './label-placement.ts';
import { coversOf } from './layers/labels/covers.ts';
import type { LiveNames } from './live/types.ts';

export interface OverlayLink {
  /** The context of the last drawn state (for tooltips). */
  context(): LayerContext;
  /** Redraws now. */
  draw(): void;
  /** Resolves when every stage's layers are on the map. */
  complete: Promise<void>;
  /** Stops following the store and the map (before the map is removed). */
  unlink(): void;
}

export function linkOverlay(
  handle: MapHandle,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
): OverlayLink {
  const { map, overlay } = handle;
  let ctx = layerContext(store.getState(), data, atlas);
  let labels: LiveNames | null = null;

  // Placed in screen pixels, handed to deck.gl as ground positions (it draws in lng/lat).
  const place = () => {
    const canvas = map.getCanvas();
    const placed = placeMapLabels(
      store.getState(),
      ctx,
      (p) => {
        const { x, y } = map.project(p);
        return [x, y];
      },
      { width: canvas.clientWidth, height: canvas.clientHeight },
      coversOf(map.getContainer()),
    );
    const ground = (x: number, y: number): [number, number] => {
      const { lng, lat } = map.unproject([x, y]);
      return [lng, lat];
    };
    const places = new Map<
      string,
      LiveNames['places'] extends ReadonlyMap<string, infer V> ? V : never
    >();
    const features: LiveNames['features'] = [];
    for (const [id, l] of placed) {
      if (l.kind === 'place')
        places.set(id, {
          position: ground(l.x, l.y),
          size: l.size,
          leader: l.leader ? [ground(...l.leader), ground(l.x, l.y)] : null,
        });
      else
        features.push({
          position: ground(l.x, l.y),
          text: l.text,
          angle: l.angle,
          size: l.size,
          kind: l.kind,
        });
    }
    labels = { places, features };
  };

  let stage = 0;
  const memory: BaseLayerMemory = { fills: new Map(), selected: null, last: new Map() };
  // The state last drawn: a change that re-places labels draws once, not again in the general
  // subscription (both run for a change of language, layers or selection).
  let drawnFor: unknown = null;
  let unlinked = false;
  const draw = (force = false) => {
    if (unlinked) return;
    const state = store.getState();
    if (!force && state === drawnFor) return;
    drawnFor = state;
    ctx = layerContext(state, data, atlas);
    syncBaseLayers(map, store.getState(), ctx, memory);
    // The layers of the stages reached so far (build-layers.ts says which stage each is in).
    const layers = buildLayers(store.getState(), ctx, labels)
      .filter((l) => STAGES.indexOf(l.stage) <= stage)
      .map((l) => l.layer);
    overlay.setProps({ layers });
  };
  const complete = new Promise<void>((resolve) => {
    const next = () => {
      if (stage >= STAGES.length - 1) {
        resolve();
        return;
      }
      stage++;
      draw(true);
      // Let the frame with this stage render (and input run) before compiling the next.
      requestAnimationFrame(() => setTimeout(next, 0));
    };
    void handle.ready
      .catch(() => undefined)
      .then(() => requestAnimationFrame(() => setTimeout(next, 0)));
  });
  const replace = () => {
    place();
    draw(true);
  };
  // Names are placed again when what they depend on changes: the language, the layers, the
  // selection, a chapter's highlights and the subject (which Sichuan partners are named).
  const offPlacement = store.subscribe(
    (s) => [s.lang, s.layers, s.district, s.highlight, s.industries] as const,
    replace,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
  const offDraw = store.subscribe(() => draw());
  map.on('zoomend', replace);
  map.on('resize', replace);
  replace();
  return {
    context: () => ctx,
    draw: () => draw(true),
    complete,
    unlink: () => {
      unlinked = true;
      offPlacement();
      offDraw();
      map.off('zoomend', replace);
      map.off('resize', replace);
    },
  };
}
