/** A citation: the verbatim quote, its document, and a way to read it in the full text. */
import { displayQuote } from '../data/quote.ts';
import { docTitle, SEEDS } from '../data/seeds.ts';
import type { Source } from '../data/types.ts';
import { labelled, t } from '../i18n/index.ts';
import type { Lang } from '../state/store.ts';
import { h } from './dom.ts';

export type OpenSeed = (source: Source) => void;

// The title helper lives with the documents' index (src/data/seeds.ts), which reports use too.
export { docTitle };

/** The document's short reference: title, number or date, line. */
export function sourceLabel(source: Source, lang: Lang): string {
  const seed = SEEDS.find((s) => s.id === source.doc);
  if (!seed) return source.doc;
  const title = docTitle(source.doc, lang);
  const ref = seed.docNumber ?? seed.date;
  return lang === 'en'
    ? `${title}, ${ref}, line ${source.line}`
    : `${title}（${ref}）第 ${source.line} 行`;
}

export function renderCitation(source: Source, lang: Lang, openSeed: OpenSeed): HTMLElement {
  return h(
    'figure',
    {
      class: 'citation',
      'data-testid': 'citation',
      'data-doc': source.doc,
      'data-line': source.line,
    },
    h('blockquote', { lang: 'zh' }, displayQuote(source.quote)),
    h(
      'figcaption',
      {},
      `${labelled(lang, t(lang, 'source'))}${sourceLabel(source, lang)} `,
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-testid': 'read-in-seed',
          onclick: () => openSeed(source),
        },
        t(lang, 'readInSeed'),
      ),
    ),
  );
}
