/**
 * The table view (loaded on demand): the rows behind the map, on the same store — the filters on
 * the left narrow the table as they narrow the map. Sortable, filterable by text, downloadable as
 * CSV (UTF-8 with BOM) or JSON, the visible rows or all, each row with its source and quote.
 */
import { downloadBlob } from '../lib/download.ts';
import { t } from '../i18n/index.ts';
import { h, rerender } from '../panels/dom.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { buildTable, toCsv, toJson, viewRows, type Scope, type TableId } from './rows.ts';
import type { ViewContext } from '../panels/view-context.ts';

const TABLES: { id: TableId; label: 'tableLayout' | 'tableBases' | 'tableCoop' }[] = [
  { id: 'layout', label: 'tableLayout' },
  { id: 'bases', label: 'tableBases' },
  { id: 'coop', label: 'tableCoop' },
];

function save(text: string, file: string, type: string): void {
  downloadBlob(new Blob([text], { type }), file);
}

export function mountView(el: HTMLElement, { store, data }: ViewContext): () => void {
  let tableId: TableId = 'layout';
  let query = '';
  let sort: { key: string; dir: 1 | -1 } | null = null;

  const download = (scope: Scope, format: 'csv' | 'json') => {
    const s = store.getState();
    const table = buildTable(tableId, s, data, scope, s.lang);
    const rows = scope === 'visible' ? viewRows(table, query, sort) : table.rows;
    const file = `chongqing-${tableId}-${scope}.${format}`;
    if (format === 'csv') save(toCsv(table, rows, s.lang), file, 'text/csv;charset=utf-8');
    else save(toJson(table, rows), file, 'application/json');
  };

  const render = () =>
    rerender(el, () => {
      const s = store.getState();
      const { lang } = s;
      const table = buildTable(tableId, s, data, 'visible', lang);
      const rows = viewRows(table, query, sort);
      const label = TABLES.find((x) => x.id === tableId)!.label;
      return h(
        'section',
        { class: 'table-view', 'data-testid': 'table-view', 'aria-labelledby': 'table-title' },
        h('h2', { id: 'table-title', class: 'visually-hidden' }, t(lang, 'viewTable')),
        h(
          'div',
          { class: 'table-tabs', role: 'tablist', 'aria-label': t(lang, 'viewTable') },
          TABLES.map((x) =>
            h(
              'button',
              {
                type: 'button',
                role: 'tab',
                'data-key': `tab:${x.id}`,
                'data-testid': `table-tab-${x.id}`,
                'aria-selected': String(x.id === tableId),
                onclick: () => {
                  tableId = x.id;
                  sort = null;
                  render();
                },
              },
              t(lang, x.label),
            ),
          ),
        ),
        h(
          'div',
          { class: 'table-tools' },
          h(
            'label',
            {},
            `${t(lang, 'tableFilter')} `,
            h('input', {
              type: 'search',
              value: query,
              'data-key': 'filter',
              'data-testid': 'table-filter',
              oninput: (e: Event) => {
                query = (e.target as HTMLInputElement).value;
                render();
              },
            }),
          ),
          h(
            'span',
            { class: 'count', 'data-testid': 'table-count', 'aria-live': 'polite' },
            t(lang, 'tableRows', { n: rows.length }),
          ),
          (
            [
              ['visible', 'csv', 'downloadVisibleCsv'],
              ['all', 'csv', 'downloadAllCsv'],
              ['visible', 'json', 'downloadVisibleJson'],
              ['all', 'json', 'downloadAllJson'],
            ] as const
          ).map(([scope, format, key]) =>
            h(
              'button',
              {
                type: 'button',
                'data-key': `dl:${scope}:${format}`,
                'data-testid': `download-${scope}-${format}`,
                onclick: () => download(scope, format),
              },
              t(lang, key),
            ),
          ),
        ),
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { 'data-testid': `table-${tableId}` },
            h(
              'caption',
              { class: 'visually-hidden' },
              t(lang, 'tableCaption', { table: t(lang, label) }),
            ),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                table.columns.map((c) =>
                  h(
                    'th',
                    {
                      scope: 'col',
                      'aria-sort':
                        sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : null,
                    },
                    h(
                      'button',
                      {
                        type: 'button',
                        'data-key': `sort:${c.key}`,
                        'aria-label': t(lang, 'sortBy', { col: c[lang] }),
                        onclick: () => {
                          sort =
                            sort?.key === c.key
                              ? { key: c.key, dir: sort.dir === 1 ? -1 : 1 }
                              : { key: c.key, dir: 1 };
                          render();
                        },
                      },
                      c[lang],
                      sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : '',
                    ),
                  ),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              rows.map((r) =>
                h(
                  'tr',
                  {},
                  table.columns.map((c) =>
                    h(
                      'td',
                      c.key === 'quote' ? { class: 'quote', lang: 'zh-CN' } : {},
                      String(r[c.key] ?? ''),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      );
    });
  render();
  return store.subscribe((s) => [s.industries, s.programmes, s.groups, s.lang] as const, render, {
    equalityFn: shallow,
  });
}
