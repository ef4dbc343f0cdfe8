/**
 * The report's table of rows: each row's place, industry, verdict with its sentence, and issues,
 * with a field to fix a place or industry that did not resolve. Drawn a page at a time: "show
 * more" adds one page, a fix redraws its one row, and a full redraw of many rows is split into
 * page-sized tasks — a 100,000-row report never holds the page for long.
 */
import { t } from '../i18n/index.ts';
import type { DataFiles } from '../data/types.ts';
import type { FixField } from '../import/list-store.ts';
import type { ProjectRow } from '../import/projects.ts';
import { howText, issueText, statusText, verdictText } from '../import/report.ts';
import { VERDICT_COLOURS } from '../map/style.ts';
import { renderCitation, type OpenSeed } from '../panels/citation.ts';
import { h } from '../panels/dom.ts';
import { clipped } from './ledger-notes.ts';
import type { Lang, Verdict } from '../state/store.ts';

/** Rows per page ("show more" adds one). */
export const PAGE = 200;
/**
 * Rows drawn per task: a page is drawn in slices, each laid out in a frame of its own (50 rows
 * were a 50 ms layout on a loaded machine, on top of the report above them).
 */
const SLICE = 25;

/** A verdict's colour dot, coloured as the map colours it (src/map/style.ts). */
export const dot = (v: Verdict) => {
  const d = h('span', { class: 'dot', 'aria-hidden': 'true' });
  d.style.setProperty('--dot', VERDICT_COLOURS[v]);
  return d;
};

export interface RowsContext {
  data: DataFiles;
  lang: Lang;
  openSeed: OpenSeed;
  fieldLabel: (f: 'name' | FixField) => string;
  onFix: (n: number, field: FixField, value: string) => void;
}

const fixInput = (r: ProjectRow, field: FixField, value: string, c: RowsContext) =>
  h('input', {
    type: 'text',
    value,
    class: 'fix',
    'data-testid': `fix-${field}`,
    'aria-label': t(c.lang, field === 'place' ? 'projectsFixPlace' : 'projectsFixIndustry', {
      n: r.n,
    }),
    onchange: (e: Event) => c.onFix(r.n, field, (e.target as HTMLInputElement).value),
  });

const placeCell = (r: ProjectRow, c: RowsContext) => {
  if (!r.place) return fixInput(r, 'place', r.placeText, c);
  const p = c.data.places.find((x) => x.id === r.place!.id);
  return h(
    'span',
    {},
    c.lang === 'zh' ? (p?.name ?? '') : (p?.en ?? ''),
    h('small', { class: 'muted' }, ` ${howText(r.place.how, c.lang)}：${r.place.matched}`),
  );
};

const industryCell = (r: ProjectRow, c: RowsContext) => {
  if (!r.industry) return fixInput(r, 'industry', r.industryText, c);
  const zh = c.lang === 'zh';
  return h(
    'span',
    {},
    r.industry.rows
      .map((id) => c.data.layout.find((x) => x.id === id))
      .map((x) => (zh ? x?.name : x?.nameEn))
      .join(zh ? '、' : '; '),
    h('small', { class: 'muted' }, ` ${howText(r.industry.how, c.lang)}：${r.industry.matched}`),
  );
};

const verdictCell = (r: ProjectRow, c: RowsContext) => {
  const l = c.lang;
  const verdict = r.fit?.verdict;
  const reason = r.fit?.reasons[0];
  const elsewhere =
    r.fit?.verdict === 'elsewhere'
      ? r.fit.elsewhere
          .map((id) => {
            const p = c.data.places.find((x) => x.id === id);
            return l === 'zh' ? (p?.short ?? id) : (p?.en ?? id);
          })
          .join(l === 'zh' ? '、' : ', ')
      : null;
  return h(
    'td',
    {},
    verdict
      ? h(
          'span',
          { class: 'verdict', 'data-verdict': verdict },
          dot(verdict),
          verdictText(verdict, l),
        )
      : h('span', { class: 'muted' }, statusText(r.status, l)),
    elsewhere !== null
      ? h('div', { class: 'muted' }, t(l, 'projectsElsewhere', { list: elsewhere }))
      : null,
    reason ? renderCitation(reason.source, l, c.openSeed) : null,
  );
};

/** One report row (a pure function of the row). */
export function rowView(r: ProjectRow, c: RowsContext): HTMLTableRowElement {
  return h(
    'tr',
    {
      'data-testid': 'project-row',
      'data-row': r.n,
      'data-status': r.status,
      'data-verdict': r.fit?.verdict ?? '',
    },
    h('td', {}, String(r.n)),
    // Long cells shortened on screen (whole in the title, and in the downloads).
    h('td', {}, clipped(r.name)),
    h('td', {}, placeCell(r, c)),
    h('td', {}, industryCell(r, c)),
    verdictCell(r, c),
    h(
      'td',
      {},
      clipped(
        r.issues.map((i) => issueText(i, c.data, c.lang)).join(c.lang === 'zh' ? '；' : '; '),
      ),
    ),
  );
}

/** The table and its "show more" button, for a given list of rows (already filtered). */
export interface RowsTable {
  readonly el: HTMLElement;
  /** Redraws these rows where they are drawn (after a fix); others are left alone. */
  patch(rows: readonly ProjectRow[]): void;
  /** How many rows are drawn (kept when the table is redrawn, e.g. in another language). */
  drawnCount(): number;
  /** Stops drawing (the table is being replaced). */
  stop(): void;
}

/** The report's columns, for their fixed widths (styles.css): every page lines up. */
const COLS = ['n', 'name', 'place', 'industry', 'verdict', 'issues'] as const;

/**
 * Calls `then` in a task after the next frame is drawn (what was added before it laid out in that
 * frame, not in one with what is added next), or after 250 ms when no frame comes (a hidden tab
 * draws none).
 */
export function afterFrame(then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(late);
    then();
  };
  const late = setTimeout(go, 250);
  requestAnimationFrame(() => setTimeout(go, 0));
}

/** Waits for a frame, so the browser lays out, paints and takes input between slices. */
const nextFrame = () => new Promise<void>((r) => afterFrame(r));

export function rowsTable(rows: readonly ProjectRow[], shown: number, c: RowsContext): RowsTable {
  const drawn = new Map<number, HTMLTableRowElement>();
  let count = 0;
  let stopped = false;
  const more = h('button', { type: 'button', 'data-testid': 'projects-more' });
  const heads = [
    '#',
    c.fieldLabel('name'),
    c.fieldLabel('place'),
    c.fieldLabel('industry'),
    t(c.lang, 'projectsVerdict'),
    t(c.lang, 'projectsIssues'),
  ];
  const pages = h('div', { class: 'projects-pages', 'data-testid': 'projects-table' });
  const el = h('div', { class: 'projects-rows' }, pages, more);

  const label = () => {
    more.hidden = count >= rows.length;
    more.textContent = t(c.lang, 'showMore', {
      n: Math.min(PAGE, rows.length - count),
      total: rows.length,
    });
  };
  /**
   * Draws `n` rows after those drawn, as a table of its own with fixed column widths
   * (styles.css): adding rows or redrawing a row lays out that table only, not every row drawn
   * before it (one table of 5,200 rows took seconds per page added). Later tables repeat the
   * header for assistive technology only.
   */
  const page = (n: number) => {
    const tbody = h('tbody', {});
    for (const r of rows.slice(count, count + n)) {
      const tr = rowView(r, c);
      drawn.set(r.n, tr);
      tbody.append(tr);
    }
    const thead = h(
      'thead',
      { class: count ? 'visually-hidden' : null },
      h(
        'tr',
        {},
        heads.map((x) => h('th', { scope: 'col' }, x)),
      ),
    );
    const cols = h(
      'colgroup',
      {},
      COLS.map((k) => h('col', { class: `col-${k}` })),
    );
    pages.append(
      h(
        'div',
        { class: 'projects-page' },
        h('table', { class: 'projects-table' }, cols, thead, tbody),
      ),
    );
    count = Math.min(rows.length, count + n);
    label();
  };
  /**
   * Draws rows until `upTo` are drawn, a slice per frame. The first slice waits for a frame too:
   * what was drawn with the table (the report above it) is laid out first, on its own.
   */
  const fill = async (upTo: number) => {
    more.disabled = true;
    label();
    do {
      await nextFrame();
      if (!stopped) page(Math.min(SLICE, upTo - count));
    } while (!stopped && count < Math.min(upTo, rows.length));
    more.disabled = false;
  };
  more.addEventListener('click', () => void fill(count + PAGE));
  void fill(Math.max(shown, PAGE));

  return {
    el,
    patch: (changed) => {
      for (const r of changed) {
        const old = drawn.get(r.n);
        if (!old) continue;
        const tr = rowView(r, c);
        drawn.set(r.n, tr);
        old.replaceWith(tr);
      }
    },
    drawnCount: () => count,
    stop: () => {
      stopped = true;
    },
  };
}
