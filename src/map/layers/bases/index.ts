/** Special bases: a symbol per programme; only the programmes with a base drawn are in the legend. */
import type { ProgrammeId } from '../../../data/types.ts';
import { dataName, t } from '../../../i18n/index.ts';
import { visibleBases } from '../../marks.ts';
import type { LayerSpec } from '../types.ts';

export const bases: LayerSpec = {
  id: 'bases',
  drawn: (s, ctx) => s.layers.includes('bases') && visibleBases(s, ctx).length > 0,
  legend: (s, ctx) => {
    const shown = new Set(visibleBases(s, ctx).map((b) => b.programme));
    return {
      layer: 'bases',
      heading: t(s.lang, 'layerBases'),
      entries: ctx.data.programmes
        .filter((p) => shown.has(p.id as ProgrammeId))
        .map((p) => ({
          sign: { kind: 'programme', programme: p.id as ProgrammeId } as const,
          label: dataName(p.name, p.en, s.lang),
        })),
    };
  },
};
