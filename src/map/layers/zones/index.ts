/** Functional zones: points, not counties — a diamond at each zone's centre, coloured like the districts. */
import { t } from '../../../i18n/index.ts';
import type { ViewState } from '../../../state/store.ts';
import { industryColour, NEUTRAL_FILL, type RGBA } from '../../style.ts';
import type { LayerContext } from '../context.ts';
import type { LayerSpec } from '../types.ts';

/** A zone's fill: as a district's (the choropleth's class, or neutral). */
export function zoneFill(state: ViewState, ctx: LayerContext, id: string): RGBA {
  return state.layers.includes('industry') && ctx.matching.has(id)
    ? industryColour(ctx.counts.get(id) ?? 0, ctx.max)
    : NEUTRAL_FILL;
}

export const zones: LayerSpec = {
  id: 'zones',
  drawn: (_s, ctx) => ctx.data.places.some((p) => p.kind === 'functional-zone'),
  legend: (s) => ({
    layer: 'zones',
    heading: t(s.lang, 'legendBase'),
    entries: [{ sign: { kind: 'zone' }, label: t(s.lang, 'legendZone') }],
  }),
};
