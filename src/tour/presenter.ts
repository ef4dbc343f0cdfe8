/**
 * Presentation mode: plays a tour from data/tour.json. Loaded on demand (the first view does not
 * pay for it). Each chapter sets the view in one store change, frames its places with an animated
 * camera and shows a large, high-contrast caption card with its source and a progress indicator.
 *
 * Keys are what presentation clickers send: → Space PageDown next; ← Shift+Space PageUp back;
 * Home, End; Esc leaves. The chapter is in the URL (?tour=<id>&step=<n>, n from 1).
 */
import type { MapView } from '../map/map-view.ts';
import type { DataFiles } from '../data/types.ts';
import { SEEDS } from '../data/seeds.ts';
import { extent, type Atlas } from '../geo/atlas.ts';
import { listText, placeName, t } from '../i18n/index.ts';
import { CLOSE_UP_ZOOM } from '../map/frame-places.ts';
import { LINES } from '../map/style.ts';
import { h } from '../panels/dom.ts';
import { swatch } from '../panels/symbols.ts';
import type { AppStore, Lang } from '../state/store.ts';
import tourFile from '../../data/tour.json';
import { chapterSubject, chapterView, findTour, OUTLINE_MAX } from './chapter.ts';
import type { Chapter, Tour, TourFile } from './types.ts';

export const TOURS = tourFile as unknown as TourFile;

export interface PresenterDeps {
  store: AppStore;
  data: DataFiles;
  atlas: Atlas;
  /** The map on screen (either renderer): the chapter's camera goes through it. */
  view: () => MapView;
  /** Where the card goes (over the map). */
  host: HTMLElement;
  /** The legend, shown inside the card while presenting. */
  legend: HTMLElement;
  /**
   * Takes the briefing away (issue 22): its A4 pack printed, or the single offline file that
   * plays it downloaded. `button` is the card's button, to show it busy. Absent: no buttons.
   */
  carry?: (what: CarryKind, tour: Tour, button: HTMLButtonElement) => void;
  /** Called when the presentation ends (the briefing editor shows itself again). */
  onExit?: () => void;
}

export type CarryKind = 'pack' | 'single-file';

export interface Presenter {
  go(step: number): void;
  next(): void;
  prev(): void;
  exit(): void;
}

/** More names than this on the card read as a wall of text: the first ones, "and others". */
const SUBJECT_NAMES = 12;
/** The card's type shrinks (a factor) only as far as this to fit a short screen. */
const MIN_FIT = 0.6;

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

let active: Presenter | null = null;

/**
 * Starts (or moves) the presentation of tour `id` at chapter `step` (0-based). An unknown tour or
 * step is reported as a notice; an unknown tour leaves the map as it was.
 */
export function present(deps: PresenterDeps, id: string, step = 0): Presenter | null {
  const { store } = deps;
  const lang = store.getState().lang;
  const tour = findTour(TOURS, id);
  if (!tour) {
    store.getState().notify({ id: 'tour', kind: 'error', text: t(lang, 'tourUnknown', { id }) });
    store.getState().setTour(null);
    return null;
  }
  return presentTour(deps, tour, step);
}

/**
 * Plays a given tour (a composed or edited briefing, issue 22) exactly as one of data/tour.json:
 * the same card, keys, full screen and scaling. A step out of range starts at the nearest one,
 * and says so.
 */
export function presentTour(deps: PresenterDeps, tour: Tour, step = 0): Presenter | null {
  const { store } = deps;
  const lang = store.getState().lang;
  if (!tour.chapters.length) return null;
  let start = step;
  if (!Number.isInteger(step) || step < 0 || step >= tour.chapters.length) {
    start = Math.min(Math.max(0, Math.trunc(step) || 0), tour.chapters.length - 1);
    store.getState().notify({
      id: 'tour',
      kind: 'info',
      text: t(lang, 'tourStepRange', {
        total: tour.chapters.length,
        n: step + 1,
        start: start + 1,
      }),
    });
  }
  active?.exit();
  active = play(deps, tour, start);
  return active;
}

function play(deps: PresenterDeps, tour: Tour, first: number): Presenter {
  const { store, data, atlas, host, legend } = deps;
  const legendHome = legend.parentElement;
  const legendNext = legend.nextSibling;
  // Over the map: the map places no name under it (src/map/layers/labels/covers.ts).
  const card = h('section', { class: 'tour-card', 'data-testid': 'tour', 'data-covers-map': true });
  host.append(card);
  // Taking the briefing away sits over the map's corner, not on the card: the card's type is
  // sized to what the card holds (fit), and two buttons more would shrink every chapter's.
  const carryBar = deps.carry
    ? h('div', { class: 'tour-carry', 'data-covers-map': true, role: 'group' })
    : null;
  if (carryBar) host.append(carryBar);
  document.body.classList.add('presenting');
  let step = first;
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const frame = (c: Chapter, animate: boolean) => {
    const shapes =
      c.view.fit === 'chongqing'
        ? null
        : c.view.fit.map((id) => atlas.shape(id)).filter((s) => s !== undefined);
    const bounds = shapes?.length ? extent(shapes) : atlas.home;
    const pad = Math.min(host.clientWidth, host.clientHeight) * 0.06;
    // The card covers the map's left side: frame the places in what stays visible.
    const cardRight = card.offsetLeft + card.offsetWidth;
    const left = cardRight + pad < host.clientWidth * 0.6 ? cardRight + pad : pad;
    store.getState().moveCamera({
      kind: 'fit',
      bounds,
      padding: { top: pad, bottom: pad, right: pad, left },
      // No closer than a filter's close-up: a district's neighbours stay in the frame.
      maxZoom: CLOSE_UP_ZOOM,
      duration: animate && !reduced ? 1600 : 0,
    });
  };

  const render = () => {
    const s = store.getState();
    const lang = s.lang;
    const c = tour.chapters[step]!;
    const seed = SEEDS.find((d) => d.id === c.source.doc);
    const total = tour.chapters.length;
    const btn = (key: string, label: string, text: string, on: () => void, disabled = false) =>
      h(
        'button',
        {
          type: 'button',
          class: `tour-${key}`,
          'data-testid': `tour-${key}`,
          // The visible text names the button; the title adds the key hint.
          title: label,
          disabled,
          onclick: on,
        },
        text,
      );
    carryBar?.replaceChildren(...carryButtons(tour, deps, lang));
    carryBar?.setAttribute('aria-label', tour.title[lang]);
    card.setAttribute('aria-label', `${t(lang, 'tourRegion')}: ${tour.title[lang]}`);
    card.setAttribute('role', 'region');
    card.dataset['chapter'] = c.id;
    card.dataset['step'] = String(step + 1);
    card.replaceChildren(
      h('p', { class: 'tour-name' }, tour.title[lang]),
      h(
        'div',
        { 'aria-live': 'polite', 'aria-atomic': 'true' },
        h('h2', { 'data-testid': 'tour-title' }, c.title[lang]),
        h('p', { class: 'tour-caption', 'data-testid': 'tour-caption' }, c.caption[lang]),
        subjectLine(c, data, lang),
      ),
      h(
        'blockquote',
        { class: 'tour-source', 'data-testid': 'tour-source', lang: 'zh-CN' },
        h('p', {}, `“${c.source.quote}”`),
        h(
          'footer',
          { lang: lang === 'zh' ? 'zh-CN' : 'en' },
          `${t(lang, 'source')}: `,
          h('cite', {}, seed ? (lang === 'zh' ? seed.title : seed.titleEn) : c.source.doc),
        ),
      ),
      legend,
      h(
        'div',
        { class: 'tour-progress' },
        h(
          'div',
          {
            class: 'tour-bar',
            role: 'progressbar',
            'aria-valuemin': 1,
            'aria-valuemax': total,
            'aria-valuenow': step + 1,
            'aria-valuetext': t(lang, 'tourProgress', { n: step + 1, total }),
            'aria-label': tour.title[lang],
          },
          // Through the CSSOM, not a style attribute: the page runs under a strict CSP.
          bar(((step + 1) / total) * 100),
        ),
        h('span', { class: 'tour-count', 'data-testid': 'tour-count' }, `${step + 1} / ${total}`),
      ),
      h(
        'nav',
        // The keys are the nav's hint, not a line of small print on the card.
        { class: 'tour-nav', 'aria-label': t(lang, 'tourRegion'), title: t(lang, 'tourKeys') },
        btn(
          'prev',
          t(lang, 'tourPrev'),
          `← ${t(lang, 'tourPrev')}`,
          () => go(step - 1),
          step === 0,
        ),
        btn(
          'next',
          t(lang, 'tourNext'),
          `${t(lang, 'tourNext')} →`,
          () => go(step + 1),
          step === total - 1,
        ),
        btn('fullscreen', t(lang, 'tourFullscreen'), t(lang, 'tourFullscreen'), () => {
          void toggleFullscreen();
        }),
        btn('exit', t(lang, 'tourExit'), t(lang, 'close'), () => exit()),
      ),
    );
    fit();
  };

  /**
   * The card never scrolls: its type is sized for a 16:9 screen (styles.css), and shrinks here, a
   * step at a time, only where a chapter would not fit (a 4:3 or a short window).
   */
  const fit = () => {
    let f = 1;
    card.style.setProperty('--tour-fit', '1');
    // On a phone the card scrolls (styles.css): shrinking it there would only make it unreadable.
    if (getComputedStyle(card).overflowY !== 'hidden') return;
    while (card.scrollHeight > card.clientHeight + 1 && f > MIN_FIT) {
      f = Math.max(MIN_FIT, f - 0.05);
      card.style.setProperty('--tour-fit', f.toFixed(2));
    }
  };

  const go = (n: number, animate = true) => {
    step = Math.min(Math.max(0, n), tour.chapters.length - 1);
    const c = tour.chapters[step]!;
    const s = store.getState();
    s.applyView(chapterView(c.view, data));
    s.setTour({ id: tour.id, step });
    render();
    frame(c, animate);
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    // A focused button keeps Space and Enter for itself.
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest('button')) return;
    if (e.key === 'Escape') {
      if (document.fullscreenElement) return; // the browser leaves fullscreen first
      exit();
    } else if (e.key === ' ' && e.shiftKey) go(step - 1);
    else if (NEXT.has(e.key)) go(step + 1);
    else if (PREV.has(e.key)) go(step - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(tour.chapters.length - 1);
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  const offLang = store.subscribe((s) => s.lang, render);
  window.addEventListener('resize', fit);
  // The legend is drawn a frame after the chapter's view: fit again when it is redrawn (its
  // content, not its size: a size watch would see each fit step and start over).
  const legendDrawn = new MutationObserver(() => fit());
  legendDrawn.observe(legend, { childList: true, subtree: true });

  const exit = () => {
    document.removeEventListener('keydown', onKey);
    offLang();
    window.removeEventListener('resize', fit);
    legendDrawn.disconnect();
    if (legendHome) legendHome.insertBefore(legend, legendNext);
    card.remove();
    carryBar?.remove();
    document.body.classList.remove('presenting');
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    store.getState().setTour(null);
    if (active === presenter) active = null;
    // The map area changed size (panels are back).
    deps.view().resize();
    deps.onExit?.();
  };

  const presenter: Presenter = {
    go,
    next: () => go(step + 1),
    prev: () => go(step - 1),
    exit,
  };
  // Panels hide while presenting: the map grows, then the first chapter frames its places.
  // A key pressed before this frame has already moved on: frame the chapter shown now.
  requestAnimationFrame(() => {
    deps.view().resize();
    frame(tour.chapters[step]!, false);
  });
  step = first;
  render();
  const c0 = tour.chapters[first]!;
  store.getState().applyView(chapterView(c0.view, data));
  store.getState().setTour({ id: tour.id, step: first });
  return presenter;
}

/**
 * An industry chapter's places by name, after the outline they have on the map: the room reads
 * which districts, not how many sub-industries each has (listText).
 */
function subjectLine(c: Chapter, data: DataFiles, lang: Lang): HTMLElement | null {
  const places = chapterSubject(c.view, data);
  if (!places.length) return null;
  const names = places.slice(0, SUBJECT_NAMES).map((p) => placeName(p, lang));
  const list = listText(lang, names);
  return h(
    'p',
    { class: 'tour-subject', 'data-testid': 'tour-subject' },
    // The outline's key, when the map draws one (chapter.ts: a few places only).
    places.filter((p) => p.kind !== 'functional-zone').length <= OUTLINE_MAX
      ? swatch(LINES.highlight.colour, 'outline')
      : null,
    t(lang, 'tourSubject', {
      n: places.length,
      names: places.length > SUBJECT_NAMES ? t(lang, 'tourSubjectMore', { names: list }) : list,
    }),
  );
}

/** "打印讲义" and "下载离线简报": the pack and the single file of the briefing shown. */
function carryButtons(tour: Tour, deps: PresenterDeps, lang: Lang): HTMLElement[] {
  const carry = deps.carry;
  if (!carry) return [];
  const button = (what: CarryKind, text: string, label: string) => {
    const b: HTMLButtonElement = h(
      'button',
      {
        type: 'button',
        'data-testid': `tour-${what}`,
        title: label,
        onclick: () => carry(what, tour, b),
      },
      text,
    );
    return b;
  };
  return [
    button('pack', t(lang, 'packPrint'), t(lang, 'packPrintLabel')),
    button('single-file', t(lang, 'singleFile'), t(lang, 'singleFileLabel')),
  ];
}

function bar(percent: number): HTMLElement {
  const span = h('span');
  span.style.width = `${percent}%`;
  return span;
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (e.g. inside an iframe without permission): the tour goes on in the window.
  }
}
