/** The districts on maplibre, recoloured through feature-state (cheap: no re-tessellation). */
import { unitFills } from './index.ts';
import { fc, linePaint, type LiveLayer } from '../../live/types.ts';
import { LINES, NEUTRAL_FILL } from '../../style.ts';

/** The fill layer's id: what the live map's picking asks for (src/map/start-map.ts). */
export const FILL_LAYER = 'district-fill';

export const choroplethLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas) {
    map.addSource('units', { type: 'geojson', data: fc(atlas.units), promoteId: 'id' });
    const neutral = `rgb(${NEUTRAL_FILL.slice(0, 3).join(',')})`;
    map.addLayer({
      id: FILL_LAYER,
      type: 'fill',
      source: 'units',
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], neutral]] },
    });
    map.addLayer({
      id: 'district-line',
      type: 'line',
      source: 'units',
      paint: linePaint(LINES.district),
    });
  },
  sync(map, s, ctx, memory) {
    for (const [id, fill] of unitFills(s, ctx)) {
      if (memory.fills.get(id) === fill) continue;
      map.setFeatureState({ source: 'units', id }, { fill });
      memory.fills.set(id, fill);
    }
  },
};
