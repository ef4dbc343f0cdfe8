/** 一区两群 (group outlines) and the two trillion-yuan belts (a thin line: part of a district). */
import type { GroupId } from '../../../data/types.ts';
import { dataName, t } from '../../../i18n/index.ts';
import { GROUP_COLOURS, LINES } from '../../style.ts';
import type { LayerSpec } from '../types.ts';

export const regions: LayerSpec = {
  id: 'regions',
  drawn: (s) => s.layers.includes('regions'),
  legend: (s, ctx) => ({
    layer: 'regions',
    heading: t(s.lang, 'layerRegions'),
    entries: [
      ...ctx.data.groups.map((g) => ({
        sign: {
          kind: 'outline',
          line: { ...LINES.group, colour: GROUP_COLOURS[g.id as GroupId] },
        } as const,
        label: dataName(g.name, g.en, s.lang),
      })),
      { sign: { kind: 'outline', line: LINES.belt }, label: t(s.lang, 'belts') },
      ...(ctx.atlas.belts.some((b) => b.partial.length)
        ? [
            {
              sign: { kind: 'outline', line: LINES.beltPartial } as const,
              label: t(s.lang, 'legendBeltPartial'),
            },
          ]
        : []),
    ],
  }),
};
