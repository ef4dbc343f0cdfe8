/**
 * The districts coloured by the layout table: with one industry chosen, where the plan places it
 * (one colour, yes or no); with none or several, how many of them it places there (classes).
 */
import { dataName, listText, t } from '../../../i18n/index.ts';
import type { ViewState } from '../../../state/store.ts';
import { choroplethClasses, css, industryColour, NEUTRAL_FILL } from '../../style.ts';
import type { LayerContext } from '../context.ts';
import type { LayerSpec, LegendEntry } from '../types.ts';

/** The subject's name in running text ("酒的制造", "酒的制造、饮料制造"). */
export function subjectName(state: Pick<ViewState, 'lang'>, ctx: LayerContext): string {
  const rows = ctx.subject?.rows ?? [];
  return listText(
    state.lang,
    rows.map((r) => dataName(r.name, r.nameEn, state.lang)),
  );
}

/** What the subject leaves out, in a sentence (none when nothing is left out of what is on). */
function omissionNote(state: ViewState, ctx: LayerContext): string | undefined {
  if (!ctx.subject) return undefined;
  const { lang, layers } = state;
  const parts = [
    layers.includes('bases') && ctx.omitted.bases
      ? t(lang, 'legendOmitBases', { n: ctx.omitted.bases })
      : '',
    layers.includes('brands') && ctx.omitted.brands
      ? t(lang, 'legendOmitBrands', { n: ctx.omitted.brands })
      : '',
    layers.includes('coop') && ctx.omitted.cooperation
      ? t(lang, 'legendOmitCoop', { n: ctx.omitted.cooperation })
      : '',
  ].filter(Boolean);
  if (!parts.length) return undefined;
  return t(lang, 'legendSubjectHidden', {
    subject: subjectName(state, ctx),
    omitted: listText(lang, parts, 'and'),
  });
}

export const choropleth: LayerSpec = {
  id: 'choropleth',
  drawn: (s) => s.layers.includes('industry'),
  legend: (s, ctx) => {
    const { lang } = s;
    const rows = ctx.subject?.rows ?? [];
    const none: LegendEntry = {
      sign: { kind: 'fill', colour: css(NEUTRAL_FILL) },
      label: t(lang, 'legendNone'),
    };
    const classes = choroplethClasses(ctx.max);
    const one = rows.length === 1 ? classes[0] : undefined;
    return {
      layer: 'choropleth',
      heading: one
        ? t(lang, 'legendIndustryOne', { name: subjectName(s, ctx) })
        : t(lang, rows.length ? 'legendIndustryMany' : 'legendIndustryAll'),
      entries: one
        ? [
            { sign: { kind: 'fill', colour: one.colour }, label: t(lang, 'legendIndustryOneIn') },
            none,
          ]
        : [
            ...classes.map((c) => ({
              sign: { kind: 'fill', colour: c.colour } as const,
              label: c.from === c.to ? String(c.from) : `${c.from}–${c.to}`,
            })),
            none,
          ],
      note: omissionNote(s, ctx),
    };
  },
};

/** The fill colour of each unit for a state (neutral where the filter leaves it out). */
export function unitFills(state: ViewState, ctx: LayerContext): Map<string, string> {
  const on = state.layers.includes('industry');
  const out = new Map<string, string>();
  for (const u of ctx.atlas.units) {
    const id = u.properties.id;
    const c =
      on && ctx.matching.has(id) ? industryColour(ctx.counts.get(id) ?? 0, ctx.max) : NEUTRAL_FILL;
    out.set(id, `rgb(${c[0]},${c[1]},${c[2]})`);
  }
  return out;
}
