/** Framework outlines on maplibre, filtered to those the subject's entries use. */
import { fc, filterIds, linePaint, showLayers, type LiveLayer } from '../../live/types.ts';
import { LINES } from '../../style.ts';
import { drawnFrameworks } from './index.ts';

export const frameworksLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas) {
    map.addSource('frameworks', {
      type: 'geojson',
      data: fc(
        atlas.frameworks.map((f) => ({
          type: 'Feature',
          properties: { id: f.id },
          geometry: f.geometry,
        })),
      ),
    });
    map.addLayer({
      id: 'framework-line',
      type: 'line',
      source: 'frameworks',
      paint: linePaint(LINES.framework),
    });
  },
  sync(map, s, ctx, memory) {
    showLayers(map, ['framework-line'], s.layers.includes('coop'));
    filterIds(map, memory, 'framework-line', ctx.subject ? [...drawnFrameworks(ctx)].sort() : null);
  },
};
