/** Outlines of the cooperation frameworks (合作平台与协同机制) the subject's 川渝 entries belong to. */
import type { FrameworkId } from '../../../data/types.ts';
import { t } from '../../../i18n/index.ts';
import { LINES } from '../../style.ts';
import type { LayerContext } from '../context.ts';
import { memoBy, memoLast } from '../../../lib/memo.ts';
import type { LayerSpec } from '../types.ts';

/** The frameworks drawn: all of them with no subject, else those of the entries about it. */
export const frameworkIds = memoLast(
  (
    subject: LayerContext['subject'],
    records: LayerContext['cooperation'],
    all: readonly FrameworkId[],
  ) =>
    new Set<FrameworkId>(
      subject ? records.flatMap((r) => (r.framework ? [r.framework] : [])) : all,
    ) as ReadonlySet<FrameworkId>,
);
/**
 * The 川渝 frameworks' ids, from the data, not the atlas's outlines: those are merged from the
 * districts on first use (≈ 60 ms; 240 ms on a phone), after the first paint rather than in it.
 * Once per data, so frameworkIds' memo sees the same array.
 */
const chuanyuIds = memoBy((data: LayerContext['data']) =>
  data.frameworks.filter((f) => f.kind === 'chuanyu').map((f) => f.id as FrameworkId),
);
export const drawnFrameworks = (ctx: LayerContext): ReadonlySet<FrameworkId> =>
  frameworkIds(ctx.subject, ctx.cooperation, chuanyuIds(ctx.data));

export const frameworks: LayerSpec = {
  id: 'frameworks',
  drawn: (s, ctx) => s.layers.includes('coop') && drawnFrameworks(ctx).size > 0,
  legend: (s) => ({
    layer: 'frameworks',
    heading: t(s.lang, 'layerCoop'),
    entries: [{ sign: { kind: 'outline', line: LINES.framework }, label: t(s.lang, 'frameworks') }],
  }),
};
