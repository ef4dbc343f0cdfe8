/**
 * The workbook's sheets as a choice (rendered only when there are several): the import reads the
 * first sheet holding a table; the user may take another, which is read again from the file.
 */
import { t } from '../i18n/index.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';

export interface Book {
  sheets: string[];
  sheet: number;
}

export function renderSheetChoice(
  book: Book | null,
  lang: Lang,
  choose: (sheet: number) => void,
): HTMLElement | null {
  if (!book || book.sheets.length < 2) return null;
  return h(
    'label',
    { class: 'sheet-choice', 'data-testid': 'projects-sheet' },
    t(lang, 'projectsSheetLabel'),
    ' ',
    h(
      'select',
      { onchange: (e: Event) => choose(Number((e.target as HTMLSelectElement).value)) },
      book.sheets.map((s, i) => h('option', { value: i, selected: i === book.sheet }, s)),
    ),
  );
}
