/** Each district's seat (the source's `cp`): a small ring. */
import { t } from '../../../i18n/index.ts';
import type { LayerSpec } from '../types.ts';

export const seats: LayerSpec = {
  id: 'seats',
  drawn: (_s, ctx) => ctx.atlas.seats.length > 0,
  legend: (s) => ({
    layer: 'seats',
    heading: t(s.lang, 'legendBase'),
    entries: [{ sign: { kind: 'seat' }, label: t(s.lang, 'legendSeat') }],
  }),
};
