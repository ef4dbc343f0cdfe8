/** Dismissible notices: a bad link, an unreachable basemap, no WebGL. */
import { t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import { h, rerender } from './dom.ts';

export function mountNotices(el: HTMLElement, store: AppStore): () => void {
  const render = () =>
    rerender(el, () => {
      const s = store.getState();
      return h(
        'div',
        {},
        s.notices.map((n) =>
          h(
            'div',
            {
              class: `notice ${n.kind}`,
              role: n.kind === 'error' ? 'alert' : 'status',
              'data-testid': 'notice',
              'data-notice': n.id,
            },
            h('p', {}, n.text),
            h(
              'button',
              { type: 'button', 'data-key': `dismiss:${n.id}`, onclick: () => s.dismiss(n.id) },
              t(s.lang, 'dismiss'),
            ),
          ),
        ),
      );
    });
  render();
  return store.subscribe((s) => s.notices, render);
}
