/** Rivers on maplibre: a white casing under the blue, as the SVG map strokes them. */
import { fc, linePaint, type LiveLayer } from '../../live/types.ts';
import { LINES } from '../../style.ts';

export const RIVER_LAYERS = ['river-casing', 'river-line'] as const;

export const riversLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas) {
    map.addSource('rivers', { type: 'geojson', data: fc(atlas.rivers) });
    const layout = { 'line-join': 'round', 'line-cap': 'round' } as const;
    map.addLayer({
      id: 'river-casing',
      type: 'line',
      source: 'rivers',
      layout,
      paint: linePaint(LINES.riverCasing),
    });
    map.addLayer({
      id: 'river-line',
      type: 'line',
      source: 'rivers',
      layout,
      paint: linePaint(LINES.river),
    });
  },
  sync: () => undefined,
};
