/** 主城 — the seed's 中心城区 — outlined (and named by the label layer). */
import { dataName, t } from '../../../i18n/index.ts';
import { LINES } from '../../style.ts';
import type { LayerSpec } from '../types.ts';

export const core: LayerSpec = {
  id: 'core',
  drawn: (_s, ctx) => ctx.atlas.core !== undefined && ctx.atlas.core !== null,
  legend: (s, ctx) => ({
    layer: 'core',
    heading: t(s.lang, 'legendBase'),
    entries: ctx.atlas.core
      ? [
          {
            sign: { kind: 'outline', line: LINES.core },
            label: t(s.lang, 'legendCore', {
              name: dataName(ctx.atlas.core.name, ctx.atlas.core.en, s.lang),
            }),
          },
        ]
      : [],
  }),
};
