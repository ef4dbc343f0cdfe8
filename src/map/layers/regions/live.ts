/** 一区两群 and the belts on maplibre. */
import type { GroupId } from '../../../data/types.ts';
import { fc, linePaint, showLayers, type LiveLayer } from '../../live/types.ts';
import { GROUP_COLOURS, LINES } from '../../style.ts';

const IDS = ['group-line', 'belt-line', 'belt-partial-line'] as const;

export const regionsLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas) {
    map.addSource('groups', {
      type: 'geojson',
      data: fc(
        atlas.groups.map((g) => ({
          type: 'Feature',
          properties: { id: g.id, colour: GROUP_COLOURS[g.id as GroupId] },
          geometry: g.geometry,
        })),
      ),
    });
    map.addSource('belts', {
      type: 'geojson',
      data: fc(
        atlas.belts.map((b) => ({ type: 'Feature', properties: { id: b.id }, geometry: b.whole })),
      ),
    });
    map.addSource('belt-partials', {
      type: 'geojson',
      data: fc(atlas.belts.flatMap((b) => b.partial)),
    });
    map.addLayer({
      id: 'group-line',
      type: 'line',
      source: 'groups',
      paint: { 'line-color': ['get', 'colour'], 'line-width': LINES.group.width },
    });
    map.addLayer({ id: 'belt-line', type: 'line', source: 'belts', paint: linePaint(LINES.belt) });
    map.addLayer({
      id: 'belt-partial-line',
      type: 'line',
      source: 'belt-partials',
      paint: linePaint(LINES.beltPartial),
    });
  },
  sync(map, s) {
    showLayers(map, IDS, s.layers.includes('regions'));
  },
};
