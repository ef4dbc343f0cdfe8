/** 川渝 arcs: one per (Chongqing place, Sichuan partner) of each entry about the subject. */
import { t } from '../../../i18n/index.ts';
import { coopArcs, type CoopArc } from '../../marks.ts';
import { ARC_COLOUR, css } from '../../style.ts';
import type { LayerContext } from '../context.ts';
import { memoLast } from '../../../lib/memo.ts';
import type { LayerSpec, Sign } from '../types.ts';

/** The arcs drawn (the same array while the entries are: deck.gl compares data by reference). */
export const drawnArcs = memoLast((records: LayerContext['cooperation']): CoopArc[] =>
  coopArcs(records),
);

/** A partner the plan names: a strong arc; one inferred from geography: a thin, pale one. */
export const ARC_STYLE = {
  stated: { colour: css(ARC_COLOUR), width: 3, opacity: 0.9 },
  inferred: { colour: 'rgb(86,180,233)', width: 1.5, opacity: 0.6 },
} as const;
export const arcStyle = (a: Pick<CoopArc, 'inferred'>) =>
  a.inferred ? ARC_STYLE.inferred : ARC_STYLE.stated;

export const arcs: LayerSpec = {
  id: 'arcs',
  drawn: (s, ctx) => s.layers.includes('coop') && drawnArcs(ctx.cooperation).length > 0,
  legend: (s, ctx) => {
    const list = drawnArcs(ctx.cooperation);
    const sign = (st: (typeof ARC_STYLE)[keyof typeof ARC_STYLE]): Sign => ({ kind: 'arc', ...st });
    return {
      layer: 'arcs',
      heading: t(s.lang, 'layerCoop'),
      entries: [
        ...(list.some((a) => !a.inferred)
          ? [{ sign: sign(ARC_STYLE.stated), label: t(s.lang, 'legendArcStated') }]
          : []),
        ...(list.some((a) => a.inferred)
          ? [{ sign: sign(ARC_STYLE.inferred), label: t(s.lang, 'legendArcInferred') }]
          : []),
      ],
    };
  },
};
