/**
 * The views beside the map. Each view's module says how it mounts (`mountView`, one signature for
 * all); this table only says which module a mode loads, the first time it is opened, so the
 * first screen pays for none of them. Keyed by the `ViewMode` union: a new mode without a view
 * does not type-check.
 */
import { shallow } from 'zustand/vanilla/shallow';
import { errorText, t } from '../i18n/index.ts';
import type { ViewContext, ViewModule } from '../panels/view-context.ts';
import type { AppStore, ViewMode } from '../state/store.ts';

export type { ViewContext, ViewModule };

const VIEWS: Record<Exclude<ViewMode, 'map'>, () => Promise<ViewModule>> = {
  table: () => import('../table/view.ts'),
  compare: () => import('../compare/view.ts'),
  targets: () => import('../targets/view.ts'),
  catalogue: () => import('../catalogue/view.ts'),
  projects: () => import('../projects/view.ts'),
};

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/**
 * Map | table | compare | targets | catalogue | my projects, from the header's tabs. The left-hand
 * filters drive them all through the one store.
 */
export function mountViews(ctx: ViewContext): void {
  const { store } = ctx;
  const tabs = [...$('#view-tabs').querySelectorAll<HTMLButtonElement>('[data-mode]')];
  const area = $('#analysis');
  let shown: ViewMode = 'map';
  let unmount: (() => void) | null = null;
  const show = async () => {
    const { mode } = store.getState();
    for (const b of tabs) b.setAttribute('aria-pressed', String(b.dataset['mode'] === mode));
    document.body.dataset['mode'] = mode;
    if (mode === shown) return;
    shown = mode;
    unmount?.();
    unmount = null;
    area.replaceChildren();
    area.hidden = mode === 'map';
    if (mode === 'map') return;
    try {
      const view = await VIEWS[mode]();
      if (store.getState().mode === mode) unmount = view.mountView(area, ctx);
    } catch (e) {
      // A chunk that did not arrive (offline, a deploy in between): say so; the map still works.
      const s = store.getState();
      s.notify({
        id: 'view-load',
        kind: 'error',
        text: t(s.lang, 'viewLoadFailed', { error: errorText(s.lang, e) }),
      });
      if (store.getState().mode === mode) shown = 'map';
      s.setMode('map');
    }
  };
  for (const b of tabs)
    b.addEventListener('click', () => store.getState().setMode(b.dataset['mode'] as ViewMode));
  store.subscribe(
    (s) => s.mode,
    () => void show(),
  );
  void show();
  mountFiltersDrawer(store);
}

/**
 * In the table, compare, targets and catalogue views the side columns fold away (they squeezed
 * the table's 区县 column to one character a line at 1440 px); the filters, which still drive
 * those views, open over the view from a button saying how many are on.
 */
function mountFiltersDrawer(store: AppStore): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'filters-toggle';
  button.dataset['testid'] = 'filters-toggle';
  button.setAttribute('aria-controls', 'filters');
  const set = (open: boolean) => {
    document.body.classList.toggle('filters-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  const label = () => {
    const s = store.getState();
    const n = s.industries.length + s.programmes.length + s.groups.length;
    button.textContent = n ? t(s.lang, 'filtersOn', { n }) : t(s.lang, 'filtersOpen');
  };
  button.addEventListener('click', () => set(!document.body.classList.contains('filters-open')));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('filters-open')) set(false);
  });
  $('.map-wrap').append(button);
  set(false);
  label();
  store.subscribe((s) => [s.industries, s.programmes, s.groups, s.lang] as const, label, {
    equalityFn: shallow,
  });
  store.subscribe(
    (s) => s.mode,
    () => set(false),
  );
}
