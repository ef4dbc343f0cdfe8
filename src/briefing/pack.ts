/**
 * A briefing's take-away pack (issue 22): one A4 landscape page per chapter — the chapter's map as
 * the export draws a handout (src/export/export.ts `renderPaper`: its title, filters, legend and a
 * QR code to the chapter's view on the map, labels placed as on screen), then the chapter's title,
 * caption and verbatim quote with its document — printed through the browser's print dialog.
 *
 * Each chapter is drawn from a store of its own (the chapter's view), on a detached SVG map off
 * screen: the map on screen, and whatever the presenter is showing, are left as they were.
 */
import { SEEDS } from '../data/seeds.ts';
import { displayQuote } from '../data/quote.ts';
import type { DataFiles } from '../data/types.ts';
import { renderPaper } from '../export/export.ts';
import { extent, type Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import type { Bounds } from '../map/camera.ts';
import { layerContext } from '../map/layers/context.ts';
import { mountSvgMap } from '../map/svg-map.ts';
import { docTitle } from '../panels/citation.ts';
import { h } from '../panels/dom.ts';
import { fitSheets, mountSheets, printSheets } from '../profiles/sheets.ts';
import { createAppStore, type AppStore, type Lang } from '../state/store.ts';
import { chapterView } from '../tour/chapter.ts';
import type { Chapter, Tour } from '../tour/types.ts';

export interface PackDeps {
  data: DataFiles;
  atlas: Atlas;
  lang: Lang;
  /** The configured public address ('' = where the page is served from): the QR codes' links. */
  publicUrl: string;
}

/** The map's pixels on the page (277 × 135 mm at about 165 dpi), drawn at 1.5× its CSS size. */
const MAP_PX = { width: 1800, height: 878 };
const MAP_SCALE = 1.5;

/** A detached SVG map off screen, drawing `store`'s view. */
function offscreen(store: AppStore, deps: PackDeps, width: number, height: number) {
  const host = h('div', { class: 'offscreen-map', 'aria-hidden': 'true' });
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  document.body.append(host);
  const tip = h('div');
  const view = mountSvgMap(host, store, deps.data, deps.atlas, tip, { detached: true });
  return {
    view,
    host,
    close: () => {
      view.destroy();
      host.remove();
    },
  };
}

/** The chapter's map as a PNG's object URL (the export's handout, framed as the chapter frames). */
async function chapterMap(c: Chapter, deps: PackDeps): Promise<string> {
  const { data, atlas, lang } = deps;
  const store = createAppStore({ ...chapterView(c.view, data), lang });
  const shapes =
    c.view.fit === 'chongqing'
      ? []
      : c.view.fit.map((id) => atlas.shape(id)).filter((s) => s !== undefined);
  const frame: Bounds = shapes.length ? extent(shapes) : atlas.home;
  const canvas = await renderPaper(
    {
      state: () => store.getState(),
      context: () => layerContext(store.getState(), data, atlas),
      data,
      publicUrl: deps.publicUrl,
      title: c.title[lang],
    },
    MAP_PX,
    (w, hgt) => Promise.resolve(offscreen(store, deps, w, hgt)),
    { scale: MAP_SCALE, frame },
  );
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  return URL.createObjectURL(blob);
}

/** One chapter's page. */
function chapterPage(tour: Tour, i: number, map: string, lang: Lang): HTMLElement {
  const c = tour.chapters[i]!;
  const seed = SEEDS.find((s) => s.id === c.source.doc);
  const ref = seed ? (seed.docNumber ?? seed.date) : '';
  const line = c.source.line;
  const where =
    lang === 'zh'
      ? `${docTitle(c.source.doc, lang)}${ref ? `（${ref}）` : ''}${line ? `第 ${line} 行` : ''}`
      : `${docTitle(c.source.doc, lang)}${ref ? `, ${ref}` : ''}${line ? `, line ${line}` : ''}`;
  return h(
    'article',
    { class: 'sheet sheet-pack', 'data-testid': 'pack-sheet', 'data-chapter': c.id },
    h(
      'header',
      { class: 'sheet-pack-head' },
      h('h2', { 'data-testid': 'pack-title' }, c.title[lang]),
      h(
        'p',
        { class: 'sheet-muted' },
        `${tour.title[lang]} · ${t(lang, 'packPage', { n: i + 1, total: tour.chapters.length })}`,
      ),
    ),
    h('img', { class: 'sheet-pack-map', src: map, alt: c.title[lang] }),
    h(
      'div',
      { class: 'sheet-pack-text' },
      h('p', { 'data-testid': 'pack-caption' }, c.caption[lang]),
      h(
        'blockquote',
        { 'data-testid': 'pack-quote', lang: 'zh-CN' },
        h('p', {}, `“${displayQuote(c.source.quote)}”`),
        h(
          'footer',
          { class: 'sheet-muted', lang: lang === 'zh' ? 'zh-CN' : 'en' },
          `${t(lang, 'source')}: ${where}`,
        ),
      ),
    ),
  );
}

/** Builds the pack (one page per chapter, maps drawn one after another) as the printed document. */
export async function buildPack(tour: Tour, deps: PackDeps): Promise<HTMLElement> {
  const pages: HTMLElement[] = [];
  for (const [i, c] of tour.chapters.entries())
    pages.push(chapterPage(tour, i, await chapterMap(c, deps), deps.lang));
  const root = mountSheets(pages, 'pack', deps.lang);
  fitSheets(root);
  return root;
}

/** Prints `tour` as an A4 landscape pack. */
export async function printPack(tour: Tour, deps: PackDeps): Promise<void> {
  await printSheets(await buildPack(tour, deps));
}
