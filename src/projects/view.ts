/**
 * 我的项目 / My projects: the office's own list on the plan. Open a file (picker or drop), paste
 * cells from Excel/WPS, or try the shipped sample; check the column mapping; read every row's
 * verdict with the sentence behind it, fix the rows that did not resolve, download the report.
 * This module only renders: the list, its fixes and keeping them (in step with other tabs) are
 * the session's (src/import/list-session.ts); parsing and resolving run in a worker. Nothing is
 * sent anywhere; the list stays on this device until cleared.
 */
import { downloadBlob } from '../lib/download.ts';
import { shareProjects } from '../panels/briefing-entry.ts';
import { t } from '../i18n/index.ts';
import { createImportClient } from '../import/client.ts';
import {
  createListSession,
  type Change,
  type ListSession,
  type Notice,
} from '../import/list-session.ts';
import { filterRows, marksOf, type RowFilter } from '../import/list-store.ts';
import { MAX_BYTES, utf8Length } from '../import/parse.ts';
import { isolate, reportCsv, reportJson } from '../import/report.ts';
import { openKept } from '../import/saved.ts';
import sample from '../import/sample-projects.csv?raw';
import { ACCEPT } from '../import/read.ts';
import { h } from '../panels/dom.ts';
import { renderLedgerNotes } from './ledger-notes.ts';
import { mountSiting } from './siting-view.ts';
import { renderSheetChoice } from './sheet-choice.ts';
import { afterFrame, rowsTable, PAGE, type RowsTable } from './rows.ts';
import { fieldLabel, mappingView, summaryView } from './summary.ts';
import type { Lang } from '../state/store.ts';
import type { ViewContext } from '../panels/view-context.ts';
import type { DataFiles } from '../data/types.ts';

export { marksOf };

/** A session notice in the reader's words. */
export function noticeText(n: Notice, l: Lang): string {
  // A file name set apart: a right-to-left mark in it cannot turn the sentence round.
  const v = 'name' in n.vars ? { ...n.vars, name: isolate(String(n.vars['name'])) } : n.vars;
  switch (n.key) {
    case 'projectsRefused':
      return t(l, 'projectsRefused', {
        name: v['name'] ?? '',
        why: t(l, `importProblem_${v['problem']}` as 'importProblem_empty', {
          detail: v['detail'] ?? '',
        }),
      });
    case 'projectsRead':
      return t(l, 'projectsRead', {
        ...v,
        encoding: v['encoding'] ? t(l, `encoding_${v['encoding']}` as 'encoding_utf-8') : '',
      });
    case 'projectsRemapDropped':
    case 'projectsReheaderDropped':
      return t(l, n.key, {
        ...v,
        list: (n.dropped ?? [])
          .map((f) =>
            t(l, 'projectsFixItem', {
              n: f.n,
              field: fieldLabel(l, f.field),
              value: f.value,
            }),
          )
          .join(l === 'zh' ? '；' : '; '),
      });
    default:
      return t(l, n.key, v);
  }
}

function download(
  kind: 'csv' | 'json',
  list: Parameters<typeof reportCsv>[0],
  data: DataFiles,
  l: Lang,
) {
  const blob =
    kind === 'csv'
      ? new Blob([reportCsv(list, data, l)], { type: 'text/csv;charset=utf-8' })
      : new Blob([reportJson(list, data, l)], { type: 'application/json' });
  downloadBlob(blob, `projects-report-${new Date().toISOString().slice(0, 10)}.${kind}`);
}

/**
 * The file picker, the paste box and the drop zone on `root`: each hands its input to the
 * session. A paste over the file's limit is refused before the box takes it (25 MB in a
 * textarea is a multi-second task on its own).
 */
function inputs(root: HTMLElement, session: ListSession, lang: () => Lang) {
  // A file goes to the session as it is: the worker reads its bytes and storage keeps it, both
  // off this thread (reading 10 MB here, and copying it to each, were tens of milliseconds).
  const read = (what: string | Blob, label: string) => void session.read(what, label);
  const file = h('input', {
    type: 'file',
    accept: ACCEPT,
    'data-testid': 'projects-file',
    class: 'visually-hidden',
    onchange: () => {
      const f = file.files?.[0];
      if (f) read(f, f.name);
      file.value = '';
    },
  });
  const paste = h('textarea', {
    rows: 3,
    'data-testid': 'projects-paste',
    onpaste: (e: Event) => {
      const text = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      if (utf8Length(text) <= MAX_BYTES) return;
      e.preventDefault();
      session.refuse(t(lang(), 'projectsPasted'), 'paste-too-large');
    },
  });
  root.addEventListener('dragover', (e) => {
    e.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (e) => {
    e.preventDefault();
    root.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f) read(f, f.name);
  });
  return { file, paste };
}

/** The buttons around the kept file input and paste box. */
function controlsView(
  l: Lang,
  file: HTMLInputElement,
  paste: HTMLTextAreaElement,
  session: ListSession,
): HTMLElement[] {
  paste.setAttribute('aria-label', t(l, 'projectsPasteLabel'));
  paste.placeholder = t(l, 'projectsPastePlaceholder');
  const parts: (HTMLElement | null)[] = [
    h('label', { class: 'button', 'data-testid': 'projects-open' }, t(l, 'projectsOpen'), file),
    h('span', { class: 'muted', 'data-testid': 'projects-drop' }, t(l, 'projectsDropHint')),
    // A workbook's other sheets: the choice is kept with the list (list-session.ts).
    renderSheetChoice(session.shown(), l, (i) => void session.chooseSheet(i)),
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'projects-sample',
        onclick: () => void session.read(sample, t(l, 'projectsSampleName')),
      },
      t(l, 'projectsSample'),
    ),
    session.shown()
      ? h(
          'button',
          { type: 'button', 'data-testid': 'projects-clear', onclick: () => void session.clear() },
          t(l, 'projectsClear'),
        )
      : null,
    h(
      'div',
      { class: 'paste' },
      paste,
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'projects-paste-read',
          onclick: () => {
            if (paste.value.trim()) void session.read(paste.value, t(l, 'projectsPasted'));
          },
        },
        t(l, 'projectsPasteRead'),
      ),
    ),
  ];
  return parts.filter((p): p is HTMLElement => p !== null);
}

export function mountView(area: HTMLElement, { store, data, openSeed }: ViewContext): () => void {
  const lang = (): Lang => store.getState().lang;
  const client = createImportClient(data);
  let filter: RowFilter = '';
  let table: RowsTable | null = null;

  const root = h('div', { class: 'projects-view', 'data-testid': 'projects-view' });
  const status = h('p', {
    class: 'projects-status',
    role: 'status',
    'data-testid': 'projects-status',
  });
  const storage = h('p', {
    class: 'projects-status',
    'data-kind': 'error',
    'data-testid': 'projects-storage',
  });
  const controls = h('div', { class: 'projects-input' });
  const summary = h('div', {});
  const listArea = h('div', {});
  const siting = h('div', {});
  area.replaceChildren(root);

  const session = createListSession({ data, client, openStore: openKept, onChange: changed });

  function changed(c: Change) {
    if (c.kind === 'notice') return renderStatus();
    if (c.kind === 'rows') table?.patch(c.rows);
    else renderList(PAGE);
    renderSummary();
    renderControls();
    marksLater();
    // The briefing composer's chapter of the office's own projects reads the rows shown now.
    const shown = session.shown();
    shareProjects(shown ? shown.list.rows : null);
  }

  // The map's marks in tasks of their own, once the report is drawn: counting 100,000 rows, and
  // the map laying out its badges and names when the store changes, were each tens of
  // milliseconds, and with the report's first page (and its layout, which the map's measuring
  // forced) one long task. The counts are made in one task and handed to the store in the next,
  // after a frame. Several changes in a row give one update, with the list as it is then.
  let marksPending = false;
  let closed = false;
  const marksLater = () => {
    if (marksPending) return;
    marksPending = true;
    afterFrame(() => {
      // A change from here on counts again (its update follows this one's).
      marksPending = false;
      if (closed) return;
      const s = session.shown();
      const marks = s ? marksOf(s.name, s.list) : null;
      setTimeout(() => {
        if (!closed) store.getState().setProjects(marks);
      }, 0);
    });
  };

  const renderStatus = () => {
    const n = session.notice();
    status.textContent = n ? noticeText(n, lang()) : '';
    status.dataset['kind'] = n?.kind ?? 'info';
    const problem = session.storageProblem();
    storage.hidden = !problem;
    storage.textContent = problem
      ? t(lang(), 'projectsStorageUnavailable', { error: problem })
      : '';
  };

  const renderSummary = () => {
    const s = session.shown();
    summary.replaceChildren(
      ...(s
        ? [
            summaryView(s, lang(), filter, {
              filter: (f) => {
                filter = f;
                renderList(PAGE);
              },
              download: (kind) => download(kind, s.list, data, lang()),
            }),
          ]
        : []),
    );
  };

  /** The mapping and the rows; `shown` rows drawn (a page at a time). */
  const renderList = (shown: number) => {
    table?.stop();
    table = null;
    const s = session.shown();
    if (!s) return listArea.replaceChildren();
    const l = lang();
    table = rowsTable(filterRows(s.list, filter), shown, {
      data,
      lang: l,
      openSeed,
      fieldLabel: (f) => fieldLabel(l, f),
      onFix: (n, field, value) => void session.fix(n, field, value),
    });
    listArea.replaceChildren(
      mappingView(s, l, (f, col) => void session.remap(f, col)),
      renderLedgerNotes(s.found, s.top, s.list, s.header.length, l, (row) => {
        void session.reheader(row);
      }),
      summary,
      table.el,
    );
  };

  const { file, paste } = inputs(root, session, lang);

  /** The buttons and the paste box (the elements themselves kept: a typed paste survives). */
  const renderControls = () => {
    controls.replaceChildren(...controlsView(lang(), file, paste, session));
  };

  const render = () => {
    const l = lang();
    renderControls();
    renderStatus();
    renderSummary();
    renderList(table?.drawnCount() ?? PAGE);
    root.replaceChildren(
      h('h2', {}, t(l, 'projectsTitle')),
      h('p', { class: 'privacy', 'data-testid': 'projects-privacy' }, t(l, 'projectsPrivacy')),
      controls,
      storage,
      status,
      listArea,
      siting,
    );
  };

  // Siting keeps its own state across the list's re-renders.
  mountSiting(siting, store, data, openSeed);
  render();
  // The list kept on this device, resolved again against today's data. Busy until we know
  // whether there is one (a reader, or a test, then knows the view is final).
  root.setAttribute('aria-busy', 'true');
  void session.start().finally(() => root.removeAttribute('aria-busy'));
  // Another tab may have changed the list while this one was hidden (a channel message missed).
  const onVisible = () => {
    if (document.visibilityState === 'visible') void session.sync();
  };
  document.addEventListener('visibilitychange', onVisible);
  const unsub = store.subscribe((s) => s.lang, render);
  return () => {
    unsub();
    closed = true;
    document.removeEventListener('visibilitychange', onVisible);
    table?.stop();
    session.close();
    client.close();
  };
}
