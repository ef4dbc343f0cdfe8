/**
 * What the import made of a ledger's layout, said on the page: which row is the header (and why
 * the rows above it were skipped), with a choice of another row; the unit the amounts were read
 * in; and the total rows (合计/小计/总计) kept out of the projects, each checked against the sum.
 * A pure render of the import's result: the choice goes back through `onHeaderRow`.
 */
import { MAX_COLUMNS } from '../import/columns.ts';
import type { HeaderFound, PassedOver } from '../import/header.ts';
import type { ProjectList } from '../import/projects.ts';
import type { TotalRow } from '../import/totals.ts';
import { t } from '../i18n/index.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';

/** Cells longer than this are shortened on screen (the whole text in the title, and downloads). */
export const CLIP = 60;

/** A cell's text for the screen: shortened with an ellipsis when long, the whole in its title. */
export function clipped(text: string): HTMLElement | string {
  if (text.length <= CLIP) return text;
  return h('span', { class: 'clip', title: text }, `${text.slice(0, CLIP)}…`);
}

// The columns shown of a wide sheet: the worker trims the preview to them (src/import/columns.ts).
export { MAX_COLUMNS, shownColumns } from '../import/columns.ts';

const PER_UNIT = { 亿元: 1, 万元: 1e4, 元: 1e8, 万美元: 1 } as const;

/** An amount as the ledger states it (万元 ledgers in 万元), rounded to the cent of its unit. */
function amountText(v: number | null, list: ProjectList, lang: Lang): string {
  if (v === null) return '';
  const unit = list.amount?.stated ?? '亿元';
  const x = Math.round(v * PER_UNIT[unit] * 100) / 100;
  return `${x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')} ${unit}`;
}

function totalText(x: TotalRow, list: ProjectList, lang: Lang): string {
  const amount = amountText(x.amount, list, lang);
  const vars = { n: x.n, label: x.label, amount, rows: x.rows };
  if (x.agrees === null) return t(lang, 'projectsTotalUnchecked', vars);
  if (x.agrees) return t(lang, 'projectsTotalAgrees', vars);
  return t(lang, 'projectsTotalDiffers', {
    ...vars,
    sum: amountText(x.sum, list, lang),
    diff: amountText(Math.abs(x.amount! - x.sum!), list, lang),
  });
}

/**
 * The unit the amounts were read in and the report gives them in; for 万美元, that they stay in
 * dollars (no exchange rate is in the seeds); and how many rows state another currency.
 */
export function amountSentences(list: ProjectList, lang: Lang): string[] {
  const a = list.amount;
  if (!a) return [];
  const out = [
    a.stated
      ? t(lang, 'projectsAmountStated', { header: a.header, unit: a.stated })
      : t(lang, 'projectsAmountAssumed', { header: a.header }),
    t(lang, 'projectsAmountReport', {
      unit: lang === 'zh' ? a.unit : a.unit === '亿元' ? '100 million yuan' : '10,000 US dollars',
    }),
  ];
  if (a.unit === '万美元') out.push(t(lang, 'projectsAmountUsd'));
  const other = list.rows.filter((r) => r.issues.some((i) => i.kind === 'currency')).length;
  if (other) out.push(t(lang, 'projectsAmountOther', { n: other }));
  return out;
}

const amountNote = (list: ProjectList, lang: Lang) => {
  const s = amountSentences(list, lang);
  return s.length
    ? h('p', { 'data-testid': 'projects-amount-unit' }, s.join(lang === 'zh' ? '' : ' '))
    : null;
};

/** Cells listed by name at most; the rest counted. */
const MAX_LISTED = 12;

/** "B4（第 4 行 B 列）": a cell as the sheet names it and in words. */
export function uncalculatedSentence(refs: readonly string[], lang: Lang): string {
  const cells = refs.slice(0, MAX_LISTED).map((ref) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [ref, ref, ''];
    const words = t(lang, 'projectsUncalculatedCell', { row: row ?? '', col: col ?? '' });
    return lang === 'zh' ? `${ref}（${words}）` : `${ref} (${words})`;
  });
  const more = refs.length - cells.length;
  const list =
    cells.join(lang === 'zh' ? '、' : ', ') +
    (more > 0 ? (lang === 'zh' ? `等（另 ${more} 处）` : ` and ${more} more`) : '');
  return t(lang, 'projectsUncalculated', { n: refs.length, cells: list });
}

const uncalculatedNote = (list: ProjectList, lang: Lang) =>
  list.uncalculated.length
    ? h(
        'p',
        { 'data-testid': 'projects-uncalculated', 'data-kind': 'error' },
        uncalculatedSentence(list.uncalculated, lang),
      )
    : null;

/** "表头在第 3 行；上面的第 1、2 行是标题、填报说明，已跳过" */
export function headerSentence(found: HeaderFound, lang: Lang): string {
  const row = found.row + 1;
  let s =
    found.span === 2
      ? t(lang, 'projectsHeaderAtTwo', { from: row - 1, row })
      : t(lang, 'projectsHeaderAt', { row });
  if (found.chosen) s += t(lang, 'projectsHeaderChosen');
  if (found.above.length) {
    const whys: PassedOver[] = [...new Set(found.above.map((a) => a.why))];
    s += t(lang, 'projectsHeaderAbove', {
      rows: found.above.map((a) => a.row + 1).join(lang === 'zh' ? '、' : ', '),
      what: whys.map((w) => t(lang, `projectsAbove_${w}`)).join(lang === 'zh' ? '、' : ', '),
    });
  }
  return s + (lang === 'zh' ? '。' : '.');
}

export function renderLedgerNotes(
  found: HeaderFound,
  top: readonly (readonly string[])[],
  list: ProjectList,
  columns: number,
  lang: Lang,
  onHeaderRow: (row: number) => void,
): HTMLElement {
  const rowText = (r: readonly string[] | undefined) => {
    const s = (r ?? []).filter((c) => c.trim()).join(' | ');
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  };
  const choose = h(
    'label',
    {},
    t(lang, 'projectsHeaderChoose'),
    h(
      'select',
      {
        'data-testid': 'projects-header-row',
        onchange: (e: Event) => onHeaderRow(Number((e.target as HTMLSelectElement).value)),
      },
      top.map((r, i) =>
        r.some((c) => c.trim())
          ? h(
              'option',
              { value: i, selected: i === found.row },
              t(lang, 'projectsHeaderOption', { row: i + 1, text: rowText(r) }),
            )
          : null,
      ),
    ),
  );
  return h(
    'div',
    { class: 'projects-ledger', 'data-testid': 'projects-ledger' },
    h(
      'p',
      {},
      h('span', { 'data-testid': 'projects-header-at' }, headerSentence(found, lang)),
      ' ',
      choose,
    ),
    columns > MAX_COLUMNS
      ? h('p', {}, t(lang, 'projectsColumnsCapped', { shown: MAX_COLUMNS, n: columns }))
      : null,
    amountNote(list, lang),
    uncalculatedNote(list, lang),
    list.totals.length
      ? h(
          'div',
          { 'data-testid': 'projects-totals' },
          t(lang, 'projectsTotalsHead'),
          h(
            'ul',
            {},
            list.totals.map((x) =>
              h(
                'li',
                { 'data-agrees': x.agrees === null ? '' : String(x.agrees) },
                totalText(x, list, lang),
              ),
            ),
          ),
        )
      : null,
  );
}
