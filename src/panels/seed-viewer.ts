/** The full seed text in a dialog, the cited passage marked and scrolled into view. */
import { loadSeedText, SEEDS } from '../data/seeds.ts';
import type { Source } from '../data/types.ts';
import { t } from '../i18n/index.ts';
import type { Lang } from '../state/store.ts';
import { h } from './dom.ts';

export function createSeedViewer(getLang: () => Lang): (source: Source) => Promise<void> {
  const dialog = h('dialog', {
    class: 'seed-viewer',
    'data-testid': 'seed-viewer',
    'aria-labelledby': 'seed-viewer-title',
  });
  document.body.append(dialog);
  return async (source) => {
    const lang = getLang();
    const seed = SEEDS.find((s) => s.id === source.doc);
    const text = await loadSeedText(source.doc);
    const at = text.indexOf(source.quote);
    const mark = h('mark', { 'data-testid': 'seed-quote' }, at >= 0 ? source.quote : '');
    const body = h(
      'div',
      { class: 'seed-text', tabindex: 0 },
      at >= 0 ? text.slice(0, at) : text,
      mark,
      at >= 0 ? text.slice(at + source.quote.length) : '',
    );
    dialog.replaceChildren(
      h(
        'header',
        {},
        h(
          'h2',
          { id: 'seed-viewer-title' },
          seed ? (lang === 'en' ? seed.titleEn : seed.title) : t(lang, 'seedViewer'),
        ),
        h(
          'p',
          {},
          seed ? [seed.issuer, seed.docNumber, seed.date].filter(Boolean).join(' · ') : '',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'close',
            onclick: () => dialog.close(),
            'aria-label': t(lang, 'close'),
          },
          '×',
        ),
      ),
      body,
    );
    dialog.showModal();
    mark.scrollIntoView({ block: 'center' });
  };
}
