/** 主城's outline on maplibre. */
import { fc, linePaint, type LiveLayer } from '../../live/types.ts';
import { LINES } from '../../style.ts';

export const coreLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas) {
    const core = atlas.core;
    map.addSource('core', {
      type: 'geojson',
      data: fc(core ? [{ type: 'Feature', properties: {}, geometry: core.geometry }] : []),
    });
    map.addLayer({ id: 'core-line', type: 'line', source: 'core', paint: linePaint(LINES.core) });
  },
  sync: () => undefined,
};
