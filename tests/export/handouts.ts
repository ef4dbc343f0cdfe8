/**
 * The A4 and A3 handouts, both languages, unfiltered and for 酒的制造, laid out and framed as
 * renderPaper does (`frameHandout`, the same function), their parts measured with Noto Sans's
 * widths (no canvas here) and the QR code of the link as the end-to-end tests serve the page. The
 * label-placement test and the layout's own test read them.
 */
import { generate } from 'lean-qr';
import type { DataFiles } from '../../src/data/types.ts';
import { defaultTitle, filterLines, PAPER, viewLink } from '../../src/export/export.ts';
import {
  FOOTER,
  frameHandout,
  handoutKeep,
  legendRows,
  measureLegend,
  measureTitle,
  qrBox,
  type HandoutLayout,
  type HandoutParts,
  type InsetPart,
  type TextWidth,
} from '../../src/export/handout-layout.ts';
import type { Rect } from '../../src/export/clear-fit.ts';
import type { Atlas } from '../../src/geo/atlas.ts';
import { t } from '../../src/i18n/index.ts';
import type { Bounds } from '../../src/map/camera.ts';
import { placesBounds } from '../../src/map/frame-places.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { INITIAL_VIEW, type ViewState } from '../../src/state/store.ts';

/**
 * Latin advance widths (thousandths of the size) of the letters a legend uses, as Noto Sans has
 * them; the export's font is Noto Sans CJK SC, whose Latin letters are narrower (`LATIN_SCALE`).
 */
const LATIN: Record<string, number> = {
  ...Object.fromEntries(
    [...'abcdefghijklmnopqrstuvwxyz'].map((c, i) => [
      c,
      [
        561, 615, 480, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413,
        479, 361, 618, 508, 786, 529, 510, 470,
      ][i]!,
    ]),
  ),
  ' ': 260,
  '-': 322,
  '–': 500,
  '·': 268,
  '(': 300,
  ')': 300,
  ',': 250,
  '.': 268,
  '"': 400,
  I: 330,
  M: 860,
  W: 900,
};

/**
 * Text widths as the handout's font draws them, near enough to lay it out: a Chinese character is
 * as wide as the size, a Latin letter as in `LATIN` (capitals 0.65, digits 0.57), bold 5 % wider.
 */
/** Noto Sans CJK SC's Latin letters against Noto Sans's (fitted to the drawn legends' line breaks). */
const LATIN_SCALE = 0.88;

export const textWidth: TextWidth = (text, px, bold) =>
  [...text].reduce((a, ch) => {
    const em = /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch)
      ? 1
      : (LATIN[ch] ?? (/[A-Z]/.test(ch) ? 650 : /\d/.test(ch) ? 572 : 560)) / 1000;
    return a + (em === 1 ? 1 : em * LATIN_SCALE) * px * (bold ? 1.05 : 1);
  }, 0);

export interface HandoutCase {
  name: string;
  page: { width: number; height: number };
  state: ViewState;
  /** The places the map is framed to (none: the whole city) and the frame. */
  ids: string[];
  bounds: Bounds;
  parts: (inset: { width: number; height: number } | null) => HandoutParts;
  layout: HandoutLayout;
  inset: InsetPart | null;
  /** The parts and the footer, over the map. */
  covers: Rect[];
}

export function handoutCases(data: DataFiles, atlas: Atlas): HandoutCase[] {
  const out: HandoutCase[] = [];
  const origin = 'http://127.0.0.1:40000';
  const here = { protocol: 'http:', origin, pathname: '/', href: `${origin}/` };
  const partners = data.cooperation.flatMap((c) => [...c.partners, ...c.inferredPartners]);
  for (const paper of ['a4', 'a3'] as const)
    for (const lang of ['zh', 'en'] as const)
      for (const industries of [[], ['酒的制造']]) {
        const page = { width: PAPER[paper].width / 2, height: PAPER[paper].height / 2 };
        const state: ViewState = { ...INITIAL_VIEW, lang, industries };
        const lc = layerContext(state, data, atlas);
        const ids = industries.length ? [...lc.matching] : [];
        const bounds = (ids.length ? placesBounds(ids, atlas) : null) ?? atlas.home;
        const keep = handoutKeep(atlas, ids.length ? ids : null, partners);
        const title = measureTitle(
          industries.length ? defaultTitle(state, lc) : t(lang, 'title'),
          filterLines(state, data),
          page.width,
          lang,
          textWidth,
        );
        const parts = (inset: { width: number; height: number } | null): HandoutParts => ({
          page,
          title: title.box,
          legend: (colW) =>
            measureLegend(legendRows(state, lc, inset !== null), textWidth, lang, colW),
          qr: qrBox(generate(viewLink(state, data, '', here).url).size),
          inset,
        });
        const { layout, inset } = frameHandout(page, bounds, keep, atlas, parts, false);
        const footer = { x: 0, y: page.height - FOOTER, width: page.width, height: FOOTER };
        const covers = [layout.title, layout.legend, layout.qr, layout.corner, footer].filter(
          (r) => r !== null,
        );
        out.push({
          name: `${paper} ${lang} ${industries.join() || 'all'}`,
          page,
          state,
          ids,
          bounds,
          parts,
          layout,
          inset,
          covers,
        });
      }
  return out;
}
