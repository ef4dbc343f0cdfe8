/** Regional brands under their place's name, one a line (those about the subject). */
import { brandLabels, brandText } from '../../marks.ts';
import { BRAND_COLOUR } from '../../style.ts';
import { el, NAME_TEXT, type SvgLayer } from '../../svg/scene.ts';

export const brandsSvg: SvgLayer = {
  space: 'screen',
  key: (s, ctx) => `${s.layers.includes('brands')}|${s.lang}|${ctx.subject ? ctx.filterKey : ''}`,
  draw(s, ctx, { screen }) {
    if (!s.layers.includes('brands')) return [];
    const g = el('g', {
      ...NAME_TEXT,
      'data-kind': 'brands',
    });
    for (const l of brandLabels(ctx.brands)) {
      const [x, y] = screen(ctx.atlas.anchor(l.place));
      const text = el('text', { 'font-size': 12, fill: BRAND_COLOUR });
      brandText(l, s.lang)
        .split('\n')
        .forEach((line, i) => {
          const span = el('tspan', { x: x.toFixed(1), y: (y + 14 + 12 + i * 14).toFixed(1) });
          span.textContent = line;
          text.append(span);
        });
      g.append(text);
    }
    return [g];
  },
};
