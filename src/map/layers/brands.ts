/**
 * Regional brands (data/brands.json) under each place's label: "荣昌夏布 · 荣昌生猪". One label per
 * place, in the label font (the same shader program as the place labels, so no extra compile).
 */
import { TextLayer } from '@deck.gl/layers';
import type { BrandRecord, DataFiles } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';
import { LABEL_FONT } from './labels.ts';
import { memoBy } from './memo.ts';

export interface BrandLabel {
  place: string;
  brands: BrandRecord[];
}

/** Brands grouped by place, in the data's order. */
export const brandLabels = memoBy((data: DataFiles): BrandLabel[] => {
  const by = new Map<string, BrandRecord[]>();
  for (const b of data.brands ?? []) by.set(b.place, [...(by.get(b.place) ?? []), b]);
  return [...by].map(([place, brands]) => ({ place, brands }));
});

export function brandText(l: BrandLabel, lang: ViewState['lang']): string {
  return (
    l.brands
      .map((b) => (lang === 'zh' ? b.name : b.nameEn))
      // One brand a line: a row of five (黔江) would run over the neighbouring labels.
      .join('\n')
  );
}

export function buildBrandLayer(state: ViewState, ctx: LayerContext) {
  return new TextLayer<BrandLabel>({
    id: 'brand-labels',
    data: brandLabels(ctx.data),
    getPosition: (l) => ctx.atlas.anchor(l.place),
    getText: (l) => brandText(l, state.lang),
    getSize: 12,
    fontWeight: 600,
    lineHeight: 1.15,
    sizeUnits: 'pixels',
    getColor: [110, 55, 0, 255],
    getPixelOffset: [0, 14],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'top',
    fontFamily: LABEL_FONT,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    pickable: false,
    updateTriggers: { getText: state.lang },
    parameters: { depthCompare: 'always' },
  });
}
