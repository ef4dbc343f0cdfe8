/** Regional brands under their place's name (those about the subject). */
import { t } from '../../../i18n/index.ts';
import { BRAND_COLOUR } from '../../style.ts';
import type { LayerSpec } from '../types.ts';

export const brands: LayerSpec = {
  id: 'brands',
  drawn: (s, ctx) => s.layers.includes('brands') && ctx.brands.length > 0,
  legend: (s, ctx) => {
    const first = ctx.brands[0];
    return {
      layer: 'brands',
      heading: t(s.lang, 'layerBrands'),
      entries: [
        {
          sign: {
            kind: 'text',
            colour: BRAND_COLOUR,
            sample: first ? (s.lang === 'zh' ? first.name : first.nameEn) : '',
          },
          label: t(s.lang, 'layerBrands'),
        },
      ],
    };
  },
};
