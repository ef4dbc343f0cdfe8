/**
 * The registry: every layer of the map in drawing order, and the one legend model that the page,
 * the export and the briefing draw. Renderer-free (each renderer has its own table of drawings,
 * keyed by the same ids: ../svg/layers.ts and ../live-layers.ts).
 */
import { t } from '../../i18n/index.ts';
import type { ViewState } from '../../state/store.ts';
import { LINES } from '../style.ts';
import { arcs } from './arcs/index.ts';
import { badges } from './badges/index.ts';
import { bases } from './bases/index.ts';
import { brands } from './brands/index.ts';
import { choropleth } from './choropleth/index.ts';
import type { LayerContext } from './context.ts';
import { core } from './core/index.ts';
import { frameworks } from './frameworks/index.ts';
import { labels } from './labels/index.ts';
import { neighbours } from './neighbours/index.ts';
import { partners } from './partners/index.ts';
import { regions } from './regions/index.ts';
import { rivers } from './rivers/index.ts';
import { seats } from './seats/index.ts';
import { selection } from './selection/index.ts';
import type { LayerSpec, LegendSection, MapLayerId } from './types.ts';
import { zones } from './zones/index.ts';

export const LAYER_SPECS: Readonly<Record<MapLayerId, LayerSpec>> = {
  neighbours,
  partners,
  choropleth,
  rivers,
  core,
  frameworks,
  regions,
  arcs,
  selection,
  seats,
  zones,
  bases,
  badges,
  labels,
  brands,
};

/**
 * The order the legend reads in: the subject first, then what belongs to it, then the user's
 * projects, then the base map a visitor orients by.
 */
const LEGEND_ORDER: readonly MapLayerId[] = [
  'choropleth',
  'bases',
  'partners',
  'arcs',
  'frameworks',
  'regions',
  'brands',
  'badges',
  'rivers',
  'core',
  'seats',
  'zones',
  'neighbours',
];

/**
 * The legend: one section per drawn layer, in reading order; neighbouring sections with the same
 * heading (the 川渝 layers, the base map) merged into one. Every entry is something drawn.
 */
export function legendModel(state: ViewState, ctx: LayerContext): LegendSection[] {
  const out: LegendSection[] = [];
  // The 主城 inset's frame (not a layer: an overlay of the view) is explained in the base map.
  const frame = insetFrameSection(state, ctx);
  for (const id of LEGEND_ORDER) {
    const spec = LAYER_SPECS[id];
    if (!spec.legend || !spec.drawn(state, ctx)) continue;
    const section = spec.legend(state, ctx);
    if (!section.entries.length && !section.note) continue;
    const last = out.at(-1);
    if (last && last.heading === section.heading)
      out[out.length - 1] = {
        ...last,
        entries: [...last.entries, ...section.entries],
        note: last.note ?? section.note,
      };
    else out.push(section);
  }
  const base = out.findIndex((s) => s.heading === frame?.heading);
  if (frame && base >= 0) {
    const s = out[base]!;
    out[base] = { ...s, entries: [...s.entries, ...frame.entries] };
  } else if (frame) out.push(frame);
  return out;
}

/** The legend entry of the 主城 inset's frame (shown while an inset is: `when: 'inset'`). */
function insetFrameSection(state: ViewState, ctx: LayerContext): LegendSection | null {
  if (!ctx.atlas.core) return null;
  return {
    layer: 'core',
    heading: t(state.lang, 'legendBase'),
    entries: [
      {
        sign: { kind: 'outline', line: LINES.insetFrame },
        label: t(state.lang, 'legendInsetFrame'),
        when: 'inset',
      },
    ],
  };
}

/** Layers whose legend is `null`, and why (tests check every other drawn layer is explained). */
export const UNEXPLAINED: Readonly<Partial<Record<MapLayerId, string>>> = {
  labels: 'names explain themselves',
  selection: "the selection is the side panel's subject; a chapter's caption names its highlights",
};
