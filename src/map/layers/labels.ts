/** Place labels, drawn by deck.gl with the page's fonts: CJK renders with no glyph server. */
import { TextLayer } from '@deck.gl/layers';
import type { PlaceRecord } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';
import { memoLast } from './memo.ts';

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

// Map labels for functional zones in English: their full names are too long for a map.
const ZONE_LABELS_EN: Readonly<Record<string, string>> = {
  'zone-wansheng': 'Wansheng Zone',
  'zone-liangjiang': 'Liangjiang NA',
  'zone-gaoxin': 'CQ High-tech Zone',
};

function shortLabel(p: PlaceRecord, lang: ViewState['lang']): string {
  if (lang === 'en')
    return ZONE_LABELS_EN[p.id] ?? p.en.replace(/ (District|County|Autonomous County|City)$/, '');
  return p.short;
}

/** Font size in pixels by kind of place. */
export function labelSize(p: PlaceRecord): number {
  return p.kind === 'functional-zone' ? 11 : p.province === 'sichuan' ? 12 : 13;
}

/** The label text for a place. */
export function labelText(p: PlaceRecord, lang: ViewState['lang']): string {
  return shortLabel(p, lang);
}

/** The places that would carry a label in this state, before collisions are resolved. */
export function labelCandidates(state: ViewState, ctx: LayerContext): PlaceRecord[] {
  const showSichuan = state.layers.includes('coop');
  return ctx.data.places.filter(
    (p) => p.province === 'chongqing' || (showSichuan && ctx.atlas.shape(p.id)),
  );
}

const labelData = memoLast(
  (
    places: readonly PlaceRecord[],
    coop: boolean,
    visible: ReadonlySet<string> | null,
    ctx: LayerContext['atlas'],
  ) =>
    places.filter(
      (p) =>
        (p.province === 'chongqing' || (coop && ctx.shape(p.id))) &&
        (!visible || visible.has(p.id)),
    ),
);

/**
 * Every character any label needs, in both languages: one glyph atlas for both, so switching
 * language re-lays the text but never redraws the atlas.
 */
const labelCharacters = memoLast((places: readonly PlaceRecord[]) => {
  const chars = new Set<string>();
  for (const p of places)
    for (const ch of `${shortLabel(p, 'zh')}${shortLabel(p, 'en')}`) chars.add(ch);
  return [...chars].sort().join('');
});

/** Labels; `visible` is the set kept by label placement at the current zoom (all when null). */
export function buildLabelLayer(
  state: ViewState,
  ctx: LayerContext,
  visible: ReadonlySet<string> | null,
) {
  const data = labelData(ctx.data.places, state.layers.includes('coop'), visible, ctx.atlas);
  return new TextLayer<PlaceRecord>({
    id: 'district-labels',
    data,
    getPosition: (p) => ctx.atlas.anchor(p.id),
    getText: (p) => shortLabel(p, state.lang),
    getSize: labelSize,
    sizeUnits: 'pixels',
    getColor: (p) => (p.province === 'sichuan' ? [40, 60, 90, 255] : [30, 30, 30, 255]),
    getPixelOffset: (p) => (p.kind === 'functional-zone' ? [0, -14] : [0, -2]),
    fontFamily: LABEL_FONT,
    fontWeight: 600,
    characterSet: labelCharacters(ctx.data.places),
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    updateTriggers: { getText: state.lang },
    parameters: { depthCompare: 'always' },
  });
}
