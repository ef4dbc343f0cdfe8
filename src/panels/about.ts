/**
 * "关于此图 / About this map": where the data and the map's shapes come from, and which renderer
 * draws the map, with the switch. This is the place for such things — not a line on the public map
 * (the map's readers have no use for a renderer's name; the curious and the helpdesk do).
 * A modal <dialog>: the browser keeps focus inside and Esc closes it; focus goes back to the
 * button that opened it.
 */
import { SEEDS } from '../data/seeds.ts';
import { t } from '../i18n/index.ts';
import type { MapController } from '../map/map-controller.ts';
import type { RendererChoice } from '../map/map-view.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { h, rerender } from './dom.ts';

/** What the renderer section says: a pure function of the language and the map's choice. */
export type RendererFacts = Pick<RendererChoice, 'kind' | 'reason'>;

function rendererSection(s: AppState, r: RendererFacts, onSwitch: () => void): HTMLElement {
  const { lang } = s;
  const why = t(lang, `rendererWhy_${r.reason}`);
  return h(
    'section',
    {},
    h('h3', {}, t(lang, 'aboutRenderer')),
    h(
      'p',
      { 'data-testid': 'renderer-note' },
      t(lang, 'rendererNow', {
        kind: t(lang, r.kind === 'svg' ? 'rendererSvg' : 'rendererWebgl'),
        why,
      }),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          'data-testid': 'renderer-switch',
          // Kept focused across the re-render the switch itself causes.
          'data-key': 'renderer-switch',
          onclick: onSwitch,
        },
        t(lang, r.kind === 'svg' ? 'rendererSwitchWebgl' : 'rendererSwitchSvg'),
      ),
    ),
    h('p', { class: 'muted' }, t(lang, 'rendererLinkHint')),
  );
}

/** The panel's content. Document titles in English mode are the documents' own names, given in both. */
export function aboutContent(s: AppState, r: RendererFacts, onSwitch: () => void): HTMLElement {
  const { lang } = s;
  const docs = SEEDS.map((d) =>
    h(
      'li',
      {},
      h('span', { class: 'doc-title' }, lang === 'zh' ? `《${d.title}》` : d.titleEn),
      lang === 'zh' ? `，${d.issuer}，${d.date}` : `, ${d.date}`,
    ),
  );
  return h(
    'div',
    {},
    h(
      'section',
      {},
      h('h3', {}, t(lang, 'aboutSources')),
      h('p', {}, t(lang, 'aboutDocs')),
      h('ol', { 'data-testid': 'about-docs' }, docs),
      h('h3', {}, t(lang, 'aboutGeo')),
      h(
        'p',
        {},
        t(lang, 'aboutGeoText'),
        ' ',
        h('span', { lang: 'en' }, t(lang, 'aboutNaturalEarth')),
      ),
    ),
    rendererSection(s, r, onSwitch),
  );
}

/** Mounts the "about" button (in `host`) and its dialog. */
export function mountAbout(host: HTMLElement, store: AppStore, map: MapController): void {
  const open = h('button', {
    type: 'button',
    class: 'about-button',
    'data-testid': 'about-open',
    'aria-haspopup': 'dialog',
    'aria-controls': 'about-dialog',
  });
  const heading = h('h2', { id: 'about-heading' });
  const close = h('button', { type: 'button', class: 'close', 'data-testid': 'about-close' });
  const body = h('div', { class: 'about-body' });
  const dialog = h(
    'dialog',
    {
      id: 'about-dialog',
      class: 'about-dialog',
      'data-testid': 'about',
      'aria-labelledby': 'about-heading',
    },
    h('header', {}, heading, close),
    body,
  );
  host.append(open);
  document.body.append(dialog);

  const onSwitch = () => store.getState().setRenderer(map.view().kind === 'svg' ? 'webgl' : 'svg');
  const render = () => {
    const s = store.getState();
    open.textContent = `ⓘ ${t(s.lang, 'about')}`;
    open.title = t(s.lang, 'aboutLabel');
    heading.textContent = t(s.lang, 'about');
    close.textContent = '×';
    close.setAttribute('aria-label', t(s.lang, 'aboutClose'));
    close.title = t(s.lang, 'aboutClose');
    // The dialog's content is built only while it is open (nothing to keep in step otherwise).
    if (dialog.open)
      rerender(body, () =>
        aboutContent(s, { kind: map.view().kind, reason: map.choice().reason }, onSwitch),
      );
  };
  open.addEventListener('click', () => {
    dialog.showModal();
    render();
    close.focus();
  });
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its box) closes it too.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => open.focus());
  render();
  map.onChange(render);
  store.subscribe((s) => s.lang, render);
}
