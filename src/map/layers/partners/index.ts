/** Sichuan partners of the 川渝 entries about the subject: a city pale, a county stronger. */
import { t } from '../../../i18n/index.ts';
import { coopArcs } from '../../marks.ts';
import { PARTNER_CSS, PARTNER_OPACITY } from '../../style.ts';
import type { LayerContext } from '../context.ts';
import { memoLast } from '../../../lib/memo.ts';
import type { LayerSpec } from '../types.ts';

/** The partners drawn: those of the entries about the subject. */
export const partnerIds = memoLast(
  (records: LayerContext['cooperation']): ReadonlySet<string> =>
    new Set(coopArcs(records).map((a) => a.to)),
);

export const partners: LayerSpec = {
  id: 'partners',
  drawn: (s, ctx) => s.layers.includes('coop') && partnerIds(ctx.cooperation).size > 0,
  legend: (s, ctx) => {
    const ids = partnerIds(ctx.cooperation);
    const kinds = new Set([...ids].map((id) => ctx.atlas.places.get(id)?.kind));
    return {
      layer: 'partners',
      heading: t(s.lang, 'layerCoop'),
      entries: [
        ...(kinds.has('sc-city')
          ? [
              {
                sign: { kind: 'fill', colour: PARTNER_CSS, opacity: PARTNER_OPACITY.city } as const,
                label: t(s.lang, 'legendPartnerCity'),
              },
            ]
          : []),
        ...([...kinds].some((k) => k !== 'sc-city')
          ? [
              {
                sign: {
                  kind: 'fill',
                  colour: PARTNER_CSS,
                  opacity: PARTNER_OPACITY.county,
                } as const,
                label: t(s.lang, 'legendPartnerCounty'),
              },
            ]
          : []),
      ],
    };
  },
};
