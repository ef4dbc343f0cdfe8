/**
 * Hover tooltip: what the pointer is over, in a line or two. Renderer-free: both renderers (the SVG
 * map and the live map) build theirs here.
 */
import type { DataFiles } from '../data/types.ts';
import { dataName, placeName, t } from '../i18n/index.ts';
import type { MapHit } from './hit.ts';
import type { LayerContext } from './layers/context.ts';
import type { ViewState } from '../state/store.ts';

export interface TooltipContent {
  title: string;
  lines: string[];
}

/** The tooltip for what the pointer is on. */
export function tooltipFor(
  hit: MapHit,
  state: ViewState,
  ctx: LayerContext,
): TooltipContent | null {
  const { lang } = state;
  const data: DataFiles = ctx.data;
  const place = (id: string) => data.places.find((p) => p.id === id);
  if (hit.kind === 'place') {
    const p = place(hit.id);
    if (!p) return null;
    const n = ctx.counts.get(hit.id) ?? 0;
    const group = data.groups.find((g) => g.members.includes(hit.id));
    return {
      title: placeName(p, lang),
      lines: [
        p.province === 'chongqing'
          ? t(lang, 'tooltipCount', { n: ctx.matching.has(hit.id) ? n : 0 })
          : t(lang, p.kind === 'sc-city' ? 'sichuanCity' : 'sichuanCounty'),
        group ? dataName(group.name, group.en, lang) : '',
      ].filter(Boolean),
    };
  }
  if (hit.kind === 'base') {
    const { base } = hit.base;
    const prog = data.programmes.find((p) => p.id === base.programme);
    const p = place(base.place);
    return {
      title: dataName(base.theme, base.themeEn, lang),
      lines: [p ? placeName(p, lang) : '', prog ? dataName(prog.name, prog.en, lang) : ''].filter(
        Boolean,
      ),
    };
  }
  const { arc } = hit;
  const a = place(arc.from);
  const b = place(arc.to);
  return {
    title: dataName(arc.record.theme, arc.record.themeEn, lang),
    lines: [
      `${a ? placeName(a, lang) : ''} ↔ ${b ? placeName(b, lang) : ''}${arc.inferred ? t(lang, 'inferred') : ''}`,
    ],
  };
}

export function renderTooltip(
  el: HTMLElement,
  content: TooltipContent | null,
  x: number,
  y: number,
): void {
  el.hidden = !content;
  if (!content) return;
  const line = (tag: 'strong' | 'div', text: string) => {
    const e = document.createElement(tag);
    e.textContent = text;
    return e;
  };
  el.replaceChildren(line('strong', content.title), ...content.lines.map((l) => line('div', l)));
  const pad = 14;
  const w = el.offsetWidth;
  const parent = el.parentElement?.clientWidth ?? window.innerWidth;
  el.style.left = `${Math.min(x + pad, parent - w - 4)}px`;
  el.style.top = `${y + pad}px`;
}
