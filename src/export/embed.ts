/**
 * The embed dialog (loaded on demand): an iframe snippet for the current view in embed mode
 * (`embed=1`: no header, no side panels, a link to the full map), ready to copy.
 */
import type { DataFiles } from '../data/types.ts';
import { t } from '../i18n/index.ts';
import { h } from '../panels/dom.ts';
import type { AppState } from '../state/store.ts';
import { viewLink } from './export.ts';

/** The iframe snippet for a view. */
export function embedSnippet(state: AppState, data: DataFiles, publicUrl: string): string {
  const { url } = viewLink({ ...state, embed: true }, data, publicUrl, location);
  const title = t(state.lang, 'title');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<iframe src="${esc(url)}" title="${esc(title)}" width="960" height="600" style="border:0" loading="lazy"></iframe>`;
}

export function openEmbedDialog(state: AppState, data: DataFiles, publicUrl: string): void {
  const { lang } = state;
  document.getElementById('embed-dialog')?.remove();
  const code = h('textarea', {
    readonly: true,
    rows: 4,
    'data-testid': 'embed-code',
    'aria-label': t(lang, 'embedTitle'),
  });
  code.value = embedSnippet(state, data, publicUrl);
  const copy = h(
    'button',
    {
      type: 'button',
      'data-testid': 'embed-copy',
      onclick: async () => {
        code.select();
        try {
          await navigator.clipboard.writeText(code.value);
        } catch {
          // Without clipboard permission the text stays selected for Ctrl+C.
        }
        copy.textContent = t(lang, 'copied');
      },
    },
    t(lang, 'copy'),
  );
  const dialog = h(
    'dialog',
    { id: 'embed-dialog', class: 'embed-dialog', 'aria-labelledby': 'embed-title' },
    h('h2', { id: 'embed-title' }, t(lang, 'embedTitle')),
    h('p', {}, t(lang, 'embedHelp')),
    code,
    h(
      'div',
      { class: 'dialog-actions' },
      copy,
      h('button', { type: 'button', onclick: () => dialog.close() }, t(lang, 'close')),
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  code.select();
}
