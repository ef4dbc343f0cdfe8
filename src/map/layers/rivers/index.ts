/** The rivers (Natural Earth): each named in the legend and along its course. */
import { t } from '../../../i18n/index.ts';
import { LINES } from '../../style.ts';
import type { LayerSpec } from '../types.ts';

export const rivers: LayerSpec = {
  id: 'rivers',
  drawn: (_s, ctx) => ctx.atlas.rivers.length > 0,
  legend: (s, ctx) => ({
    layer: 'rivers',
    heading: t(s.lang, 'legendBase'),
    entries: ctx.atlas.rivers.map((r) => ({
      sign: { kind: 'river', line: LINES.river, casing: LINES.riverCasing.colour },
      label: s.lang === 'zh' ? r.properties.name : r.properties.en,
    })),
  }),
};
