/** The selected place's outline and a chapter's highlights on maplibre. */
import { fc, linePaint, type LiveLayer } from '../../live/types.ts';
import { LINES } from '../../style.ts';

type GeoJsonSource = { setData(d: ReturnType<typeof fc>): void };

export const selectionLive: LiveLayer = {
  engine: 'maplibre',
  add(map) {
    map.addSource('selected', { type: 'geojson', data: fc([]) });
    map.addSource('highlight', { type: 'geojson', data: fc([]) });
    map.addLayer({
      id: 'highlight-halo',
      type: 'line',
      source: 'highlight',
      paint: linePaint(LINES.highlightHalo),
    });
    map.addLayer({
      id: 'highlight-line',
      type: 'line',
      source: 'highlight',
      paint: linePaint(LINES.highlight),
    });
    map.addLayer({
      id: 'selected-line',
      type: 'line',
      source: 'selected',
      paint: linePaint(LINES.selected),
    });
  },
  sync(map, s, ctx, memory) {
    if (memory.selected !== s.district) {
      const shape = s.district ? ctx.atlas.shape(s.district) : undefined;
      (map.getSource('selected') as GeoJsonSource | undefined)?.setData(fc(shape ? [shape] : []));
      memory.selected = s.district;
    }
    if (memory.highlight !== s.highlight) {
      const shapes = s.highlight.map((id) => ctx.atlas.shape(id)).filter((x) => x !== undefined);
      (map.getSource('highlight') as GeoJsonSource | undefined)?.setData(fc(shapes));
      memory.highlight = s.highlight;
    }
  },
};
