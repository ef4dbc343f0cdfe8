/**
 * The parts of the projects view above the rows: the column mapping with a preview of the first
 * rows, and the summary (counts, verdicts, the row filter, the downloads). Pure functions of what
 * they are given; changes go back through the callbacks.
 */
import { t } from '../i18n/index.ts';
import { VERDICTS } from '../import/fit.ts';
import { verdictCounts, type RowFilter } from '../import/list-store.ts';
import type { ShownList } from '../import/list-session.ts';
import { FIELD_IDS, type Field } from '../import/parse.ts';
import { verdictText } from '../import/report.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import { clipped, shownColumns } from './ledger-notes.ts';
import { dot } from './rows.ts';

export const fieldLabel = (l: Lang, f: Field) => t(l, `projectsField_${f}`);

/** Which column each field is read from, and the first rows as read. */
export function mappingView(
  s: ShownList,
  l: Lang,
  onRemap: (f: Field, col: number) => void,
): HTMLElement {
  const m = s.mapping;
  // At most the first 100 columns and the mapped ones (a 5,000-column file is one long task).
  const cols = shownColumns(s.header, m);
  return h(
    'fieldset',
    { class: 'projects-mapping', 'data-testid': 'projects-mapping' },
    h('legend', {}, t(l, 'projectsMapping')),
    FIELD_IDS.map((f) =>
      h(
        'label',
        {},
        fieldLabel(l, f),
        h(
          'select',
          {
            'data-field': f,
            onchange: (e: Event) => onRemap(f, Number((e.target as HTMLSelectElement).value)),
          },
          h('option', { value: -1, selected: m[f] === -1 }, '—'),
          cols.map((i) => h('option', { value: i, selected: m[f] === i }, s.header[i])),
        ),
      ),
    ),
    h(
      'table',
      { class: 'preview' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          cols.map((i) => h('th', {}, clipped(s.header[i]!))),
        ),
      ),
      h(
        'tbody',
        {},
        s.preview.map((r) =>
          h(
            'tr',
            {},
            cols.map((i) => h('td', {}, clipped(r[i] ?? ''))),
          ),
        ),
      ),
    ),
  );
}

/** Counts by status and verdict, the filter, and the downloads. */
export function summaryView(
  s: ShownList,
  l: Lang,
  filter: RowFilter,
  on: { filter: (f: RowFilter) => void; download: (kind: 'csv' | 'json') => void },
): HTMLElement {
  const { list } = s;
  const by = verdictCounts(list);
  const option = (value: RowFilter, label: string) =>
    h('option', { value, selected: filter === value }, label);
  return h(
    'div',
    { class: 'projects-summary', 'data-testid': 'projects-summary' },
    h(
      'p',
      { 'data-testid': 'projects-counts' },
      t(l, 'projectsCounts', {
        n: list.rows.length,
        resolved: list.counts.resolved,
        partial: list.counts.partial,
        unresolved: list.counts.unresolved,
      }),
    ),
    h(
      'ul',
      { class: 'plain verdicts' },
      VERDICTS.map((v) => h('li', { 'data-verdict': v }, dot(v), `${verdictText(v, l)} ${by[v]}`)),
    ),
    h(
      'label',
      {},
      t(l, 'projectsFilter'),
      h(
        'select',
        {
          'data-testid': 'projects-filter',
          onchange: (e: Event) => on.filter((e.target as HTMLSelectElement).value as RowFilter),
        },
        option('', t(l, 'projectsFilterAll')),
        VERDICTS.map((v) => option(v, verdictText(v, l))),
        option('issues', t(l, 'projectsFilterIssues')),
      ),
    ),
    h(
      'button',
      { type: 'button', 'data-testid': 'projects-download', onclick: () => on.download('csv') },
      t(l, 'projectsDownload'),
    ),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'projects-download-json',
        onclick: () => on.download('json'),
      },
      t(l, 'projectsDownloadJson'),
    ),
  );
}
