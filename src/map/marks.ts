/**
 * What the map's marks are — base symbols, 川渝 arcs, labels, brand lines — worked out without any
 * renderer: the SVG map, the deck.gl layers and the tooltips all read these, and the SVG map's
 * start-up loads no WebGL code for them.
 */
import type { BaseRecord, BrandRecord, CooperationRecord, PlaceRecord } from '../data/types.ts';
import type { ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { memoLast } from '../lib/memo.ts';

export interface PlacedBase {
  base: BaseRecord;
  position: [number, number];
  offset: [number, number];
}

/** Marker spacing in pixels, and how far below the district's label the row sits. */
export const BASE_SPACING = 20;
export const BASE_DROP = 24;

/** Places each visible base: at its district's anchor, spread in a row below the label. */
export function placeBases(
  bases: readonly BaseRecord[],
  anchor: (id: string) => [number, number],
): PlacedBase[] {
  const byPlace = new Map<string, BaseRecord[]>();
  for (const b of bases) byPlace.set(b.place, [...(byPlace.get(b.place) ?? []), b]);
  const out: PlacedBase[] = [];
  for (const [place, list] of byPlace) {
    list.forEach((base, i) => {
      out.push({
        base,
        position: anchor(place),
        offset: [(i - (list.length - 1) / 2) * BASE_SPACING, BASE_DROP],
      });
    });
  }
  return out;
}

/** The bases drawn: about the subject, of the programmes and groups chosen. */
export function visibleBases(state: ViewState, ctx: LayerContext): BaseRecord[] {
  return ctx.bases.filter(
    (b) =>
      (state.programmes.length === 0 || state.programmes.includes(b.programme)) &&
      (state.groups.length === 0 || ctx.matching.has(b.place)),
  );
}

export interface CoopArc {
  record: CooperationRecord;
  from: string;
  to: string;
  inferred: boolean;
}

/** One arc per (Chongqing place, partner) pair of each entry. */
export function coopArcs(records: readonly CooperationRecord[]): CoopArc[] {
  return records.flatMap((record) =>
    record.places.flatMap((from) => [
      ...record.partners.map((to) => ({ record, from, to, inferred: false })),
      ...record.inferredPartners.map((to) => ({ record, from, to, inferred: true })),
    ]),
  );
}

export interface BrandLabel {
  place: string;
  brands: BrandRecord[];
}

/** Brands grouped by place, in the data's order (the same array while the brands are). */
export const brandLabels = memoLast((brands: readonly BrandRecord[]): BrandLabel[] => {
  const by = new Map<string, BrandRecord[]>();
  for (const b of brands) by.set(b.place, [...(by.get(b.place) ?? []), b]);
  return [...by].map(([place, list]) => ({ place, brands: list }));
});

export function brandText(l: BrandLabel, lang: ViewState['lang']): string {
  return (
    l.brands
      .map((b) => (lang === 'zh' ? b.name : b.nameEn))
      // One brand a line: a row of five (黔江) would run over the neighbouring labels.
      .join('\n')
  );
}

export const LABEL_FONT =
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

// Map labels for functional zones in English: their full names are too long for a map.
const ZONE_LABELS_EN: Readonly<Record<string, string>> = {
  'zone-wansheng': 'Wansheng Zone',
  'zone-liangjiang': 'Liangjiang NA',
  'zone-gaoxin': 'Hi-tech Zone',
};

export function shortLabel(p: PlaceRecord, lang: ViewState['lang']): string {
  if (lang === 'en')
    return ZONE_LABELS_EN[p.id] ?? p.en.replace(/ (District|County|Autonomous County|City)$/, '');
  return p.short;
}

/** Font size in pixels by kind of place. */
export function labelSize(p: PlaceRecord): number {
  return p.kind === 'functional-zone' ? 11 : p.province === 'sichuan' ? 12 : 13;
}

/**
 * How much larger labels are drawn: in the briefing they follow the screen, so that a projector's
 * 1920×1080 and a 3840×2160 wall both read from the back of the room (13 px at 1080p is too
 * small there); elsewhere 1. Never below 1: a phone or tablet presenting is read at arm's length,
 * and a larger name on its small map fits no district (the least was 1.3, which left a phone's
 * briefing with two or three names).
 */
export function labelScale(
  state: Pick<ViewState, 'tour'>,
  view: { width: number; height: number },
): number {
  if (!state.tour) return 1;
  return Math.max(1, Math.min(2.6, view.width / 1100, view.height / 700));
}

/** The label text for a place. */
export function labelText(p: PlaceRecord, lang: ViewState['lang']): string {
  return shortLabel(p, lang);
}

/** The places that would carry a label in this state, before collisions are resolved. */
export function labelCandidates(state: ViewState, ctx: LayerContext): PlaceRecord[] {
  const showSichuan = state.layers.includes('coop');
  // With a subject chosen, only the partners of the entries about it are drawn, and named.
  const partners = ctx.subject ? new Set(coopArcs(ctx.cooperation).map((a) => a.to)) : null;
  return ctx.data.places.filter(
    (p) =>
      p.province === 'chongqing' ||
      (showSichuan && ctx.atlas.shape(p.id) && (!partners || partners.has(p.id))),
  );
}

/**
 * Every character any label needs, in both languages: one glyph atlas for both, so switching
 * language re-lays the text but never redraws the atlas.
 */
export const labelCharacters = memoLast((places: readonly PlaceRecord[]) => {
  const chars = new Set<string>();
  for (const p of places)
    for (const ch of `${shortLabel(p, 'zh')}${shortLabel(p, 'en')}`) chars.add(ch);
  return [...chars].sort().join('');
});
