/** Sichuan partners on maplibre: every partner's shape once, filtered to the subject's. */
import { coopArcs } from '../../marks.ts';
import { fc, filterIds, linePaint, showLayers, type LiveLayer } from '../../live/types.ts';
import { LINES, PARTNER_CSS, PARTNER_OPACITY } from '../../style.ts';
import { partnerIds } from './index.ts';

const IDS = ['partner-fill', 'partner-line'] as const;

export const partnersLive: LiveLayer = {
  engine: 'maplibre',
  add(map, atlas, data) {
    const all = new Set(coopArcs(data.cooperation).map((a) => a.to));
    map.addSource('partners', {
      type: 'geojson',
      data: fc(
        atlas.sichuan
          .filter((f) => all.has(f.properties.id))
          .map((f) => ({
            ...f,
            properties: {
              ...f.properties,
              city: atlas.places.get(f.properties.id)?.kind === 'sc-city',
            },
          })),
      ),
      promoteId: 'id',
    });
    map.addLayer({
      id: 'partner-fill',
      type: 'fill',
      source: 'partners',
      paint: {
        'fill-color': PARTNER_CSS,
        'fill-opacity': ['case', ['get', 'city'], PARTNER_OPACITY.city, PARTNER_OPACITY.county],
      },
    });
    map.addLayer({
      id: 'partner-line',
      type: 'line',
      source: 'partners',
      paint: linePaint(LINES.partner),
    });
  },
  sync(map, s, ctx, memory) {
    showLayers(map, IDS, s.layers.includes('coop'));
    const ids = ctx.subject ? [...partnerIds(ctx.cooperation)].sort() : null;
    for (const id of IDS) filterIds(map, memory, id, ids);
  },
};
