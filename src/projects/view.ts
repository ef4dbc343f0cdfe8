/**
 * 我的项目 / My projects: the office's own list on the plan. Open a file (picker or drop), paste
 * cells from Excel/WPS, or try the shipped sample; check the column mapping; read every row's
 * verdict with the sentence behind it, fix the rows that did not resolve, download the report.
 * Parsing and resolving run in a worker; nothing is sent anywhere; the list stays on this device
 * until cleared.
 */
import { t } from '../i18n/index.ts';
import { createImportClient } from '../import/client.ts';
import { createFitIndex, VERDICTS } from '../import/fit.ts';
import { FIELD_IDS, type Field } from '../import/parse.ts';
import type { Mapping, ProjectList, ProjectRow } from '../import/projects.ts';
import { createResolver } from '../import/resolve.ts';
import {
  howText,
  issueText,
  reportCsv,
  reportJson,
  statusText,
  verdictText,
} from '../import/report.ts';
import {
  clearSaved,
  loadSaved,
  rememberMapping,
  rememberedMapping,
  saveList,
} from '../import/saved.ts';
import sample from '../import/sample-projects.csv?raw';
import { ACCEPT } from '../import/read.ts';
import { VERDICT_COLOURS } from '../map/style.ts';
import { renderCitation } from '../panels/citation.ts';
import { h } from '../panels/dom.ts';
import { mountSiting } from './siting-view.ts';
import { renderSheetChoice, type Book } from './sheet-choice.ts';
import type { Lang, ProjectMarks, Verdict } from '../state/store.ts';
import type { ViewContext } from '../app/views.ts';

/** A verdict's colour dot, coloured as the map colours it (src/map/style.ts). */
const dot = (v: Verdict) => {
  const d = h('span', { class: 'dot', 'aria-hidden': 'true' });
  d.style.setProperty('--dot', VERDICT_COLOURS[v]);
  return d;
};

/** Rows drawn at once in the report (the rest on "show more"): a 100,000-row list stays fast. */
const PAGE = 200;

/** The marks the map and panels show for a list: counts by place and verdict. */
export function marksOf(name: string, list: ProjectList): ProjectMarks {
  const byPlace: ProjectMarks['byPlace'] = {};
  let total = 0;
  for (const r of list.rows) {
    if (!r.place) continue;
    const c = (byPlace[r.place.id] ??= { planned: 0, supported: 0, elsewhere: 0, none: 0 });
    c[r.fit?.verdict ?? 'none']++;
    total++;
  }
  return { name, total, byPlace };
}

export function mountView(area: HTMLElement, { store, data, openSeed }: ViewContext): () => void {
  const lang = (): Lang => store.getState().lang;
  const client = createImportClient(data);
  let name = '';
  let input: string | Uint8Array | null = null;
  let book: Book | null = null; // formats: the workbook's sheets and the one read
  let header: string[] = [];
  let preview: string[][] = [];
  let mapping: Mapping | null = null;
  let list: ProjectList | null = null;
  let filter: Verdict | 'issues' | '' = '';
  let shown = PAGE;
  let edits: { n: number; field: 'place' | 'industry'; value: string }[] = [];
  let resolver: ReturnType<typeof createResolver> | null = null;
  let fits: ReturnType<typeof createFitIndex> | null = null;

  const root = h('div', { class: 'projects-view', 'data-testid': 'projects-view' });
  const status = h('p', {
    class: 'projects-status',
    role: 'status',
    'data-testid': 'projects-status',
  });
  const body = h('div', {});
  area.replaceChildren(root);

  const say = (text: string, kind: 'info' | 'error' = 'info') => {
    status.textContent = text;
    status.dataset['kind'] = kind;
  };

  const publish = () => {
    store.getState().setProjects(list ? marksOf(name, list) : null);
  };

  const persist = async () => {
    if (!input) return;
    try {
      await saveList({ name, input, mapping, savedAt: new Date().toISOString() });
      if (edits.length) localStorage.setItem('cq-map:edits', JSON.stringify(edits));
      else localStorage.removeItem('cq-map:edits');
    } catch (e) {
      say(t(lang(), 'projectsSaveFailed', { error: (e as Error).message }), 'error');
    }
  };

  /** Re-resolves one edited row on this thread (one row: microseconds). */
  const applyEdit = (e: { n: number; field: 'place' | 'industry'; value: string }) => {
    const row = list?.rows[e.n - 1];
    if (!row) return;
    resolver ??= createResolver(data);
    fits ??= createFitIndex(data);
    if (e.field === 'place') row.placeText = e.value;
    else row.industryText = e.value;
    const pm = resolver.place(row.placeText);
    const im = resolver.industry(row.industryText);
    row.place = pm.ok ? pm : null;
    row.industry = im.ok ? im : null;
    row.issues = row.issues.filter((i) => i.kind !== 'place' && i.kind !== 'industry');
    if (!pm.ok) row.issues.push({ kind: 'place', match: pm });
    if (!im.ok) row.issues.push({ kind: 'industry', match: im });
    row.status =
      row.place && row.industry ? 'resolved' : row.place || row.industry ? 'partial' : 'unresolved';
    row.fit = row.place && row.industry ? fits.fit(row.place.id, row.industry.rows) : null;
    list!.counts = { resolved: 0, partial: 0, unresolved: 0 };
    for (const r of list!.rows) list!.counts[r.status]++;
  };

  const read = async (
    what: string | Uint8Array,
    label: string,
    restored = false,
    sheet?: number,
  ) => {
    say(t(lang(), 'projectsReading', { name: label }));
    try {
      const r = await client.parse(what, null, { name: label, sheet });
      if (r.type === 'refused') {
        // A bad file changes nothing: the list on screen (if any) stays.
        say(
          t(lang(), 'projectsRefused', {
            name: label,
            why: t(lang(), `importProblem_${r.problem}`, { detail: r.detail }),
          }),
          'error',
        );
        return;
      }
      const remembered = rememberedMapping(r.header);
      const res =
        remembered && JSON.stringify(remembered) !== JSON.stringify(r.mapping)
          ? await client.remap(remembered)
          : r;
      if (res.type === 'refused') return;
      ({ header, preview, mapping } = res);
      book = { sheets: res.sheets, sheet: res.sheet };
      list = res.list;
      name = label;
      input = what;
      shown = PAGE;
      if (restored) {
        try {
          edits = JSON.parse(localStorage.getItem('cq-map:edits') ?? '[]') as typeof edits;
        } catch {
          edits = [];
        }
        edits.forEach(applyEdit);
      } else edits = [];
      const enc = r.encoding ? t(lang(), `encoding_${r.encoding}`) : '';
      say(
        t(lang(), restored ? 'projectsRestored' : 'projectsRead', {
          name: label,
          n: list.rows.length,
          encoding: enc,
          ms: Math.round(res.ms),
        }),
      );
      publish();
      if (!restored) await persist();
      render();
    } catch (e) {
      say(t(lang(), 'projectsWorkerFailed', { error: (e as Error).message }), 'error');
    }
  };

  const remap = async (field: Field, col: number) => {
    if (!mapping) return;
    const next = { ...mapping, [field]: col };
    try {
      const r = await client.remap(next);
      if (r.type !== 'resolved') return;
      mapping = r.mapping;
      list = r.list;
      edits = [];
      rememberMapping(header, mapping);
      publish();
      await persist();
      render();
    } catch (e) {
      say(t(lang(), 'projectsWorkerFailed', { error: (e as Error).message }), 'error');
    }
  };

  const download = (kind: 'csv' | 'json') => {
    if (!list) return;
    const blob =
      kind === 'csv'
        ? new Blob([reportCsv(list, data, lang())], { type: 'text/csv;charset=utf-8' })
        : new Blob([reportJson(list, data, lang())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', {
      href: url,
      download: `projects-report-${new Date().toISOString().slice(0, 10)}.${kind}`,
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const clear = async () => {
    list = null;
    input = null;
    header = [];
    mapping = null;
    edits = [];
    publish();
    try {
      await clearSaved();
      localStorage.removeItem('cq-map:edits');
    } catch {
      // Nothing saved, or storage refused: there is nothing to clear.
    }
    say(t(lang(), 'projectsCleared'));
    render();
  };

  // —— Input: picker, drop, paste, sample ——
  const file = h('input', {
    type: 'file',
    accept: ACCEPT,
    'data-testid': 'projects-file',
    class: 'visually-hidden',
    onchange: async () => {
      const f = file.files?.[0];
      if (f) await read(new Uint8Array(await f.arrayBuffer()), f.name);
      file.value = '';
    },
  });
  const paste = h('textarea', {
    rows: 3,
    'data-testid': 'projects-paste',
    'aria-label': t(lang(), 'projectsPasteLabel'),
    placeholder: t(lang(), 'projectsPastePlaceholder'),
  });
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    root.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f) await read(new Uint8Array(await f.arrayBuffer()), f.name);
  };
  root.addEventListener('dragover', (e) => {
    e.preventDefault();
    root.classList.add('dragging');
  });
  root.addEventListener('dragleave', () => root.classList.remove('dragging'));
  root.addEventListener('drop', (e) => void onDrop(e));

  const fieldLabel = (f: Field) => t(lang(), `projectsField_${f}`);

  const rowView = (r: ProjectRow): HTMLElement => {
    const l = lang();
    const placeName = r.place ? data.places.find((p) => p.id === r.place!.id) : undefined;
    const fix = (field: 'place' | 'industry', value: string) =>
      h('input', {
        type: 'text',
        value,
        class: 'fix',
        'data-testid': `fix-${field}`,
        'aria-label': t(l, field === 'place' ? 'projectsFixPlace' : 'projectsFixIndustry', {
          n: r.n,
        }),
        onchange: (e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          const edit = { n: r.n, field, value: v };
          edits = [...edits.filter((x) => !(x.n === r.n && x.field === field)), edit];
          applyEdit(edit);
          publish();
          void persist();
          render();
        },
      });
    const verdict = r.fit?.verdict;
    const reason = r.fit?.reasons[0];
    return h(
      'tr',
      {
        'data-testid': 'project-row',
        'data-row': r.n,
        'data-status': r.status,
        'data-verdict': verdict ?? '',
      },
      h('td', {}, String(r.n)),
      h('td', {}, r.name),
      h(
        'td',
        {},
        r.place
          ? h(
              'span',
              {},
              l === 'zh' ? (placeName?.name ?? '') : (placeName?.en ?? ''),
              h('small', { class: 'muted' }, ` ${howText(r.place.how, l)}：${r.place.matched}`),
            )
          : fix('place', r.placeText),
      ),
      h(
        'td',
        {},
        r.industry
          ? h(
              'span',
              {},
              r.industry.rows
                .map((id) => data.layout.find((x) => x.id === id))
                .map((x) => (l === 'zh' ? x?.name : x?.nameEn))
                .join(l === 'zh' ? '、' : '; '),
              h(
                'small',
                { class: 'muted' },
                ` ${howText(r.industry.how, l)}：${r.industry.matched}`,
              ),
            )
          : fix('industry', r.industryText),
      ),
      h(
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
        r.fit?.verdict === 'elsewhere'
          ? h(
              'div',
              { class: 'muted' },
              t(l, 'projectsElsewhere', {
                list: r.fit.elsewhere
                  .map((id) => {
                    const p = data.places.find((x) => x.id === id);
                    return l === 'zh' ? (p?.short ?? id) : (p?.en ?? id);
                  })
                  .join(l === 'zh' ? '、' : ', '),
              }),
            )
          : null,
        reason ? renderCitation(reason.source, l, openSeed) : null,
      ),
      h('td', {}, r.issues.map((i) => issueText(i, data, l)).join(l === 'zh' ? '；' : '; ')),
    );
  };

  const render = () => {
    const l = lang();
    const controls = h(
      'div',
      { class: 'projects-input' },
      h('label', { class: 'button', 'data-testid': 'projects-open' }, t(l, 'projectsOpen'), file),
      h('span', { class: 'muted', 'data-testid': 'projects-drop' }, t(l, 'projectsDropHint')),
      renderSheetChoice(book, l, (i) => void read(input!, name, false, i)),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'projects-sample',
          onclick: () => void read(sample, t(l, 'projectsSampleName')),
        },
        t(l, 'projectsSample'),
      ),
      list
        ? h(
            'button',
            { type: 'button', 'data-testid': 'projects-clear', onclick: () => void clear() },
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
              if (paste.value.trim()) void read(paste.value, t(l, 'projectsPasted'));
            },
          },
          t(l, 'projectsPasteRead'),
        ),
      ),
    );
    const parts: (HTMLElement | null)[] = [
      h('h2', {}, t(l, 'projectsTitle')),
      h('p', { class: 'privacy', 'data-testid': 'projects-privacy' }, t(l, 'projectsPrivacy')),
      controls,
      status,
    ];
    if (list && mapping) {
      const m = mapping;
      parts.push(
        h(
          'fieldset',
          { class: 'projects-mapping', 'data-testid': 'projects-mapping' },
          h('legend', {}, t(l, 'projectsMapping')),
          FIELD_IDS.map((f) =>
            h(
              'label',
              {},
              fieldLabel(f),
              h(
                'select',
                {
                  'data-field': f,
                  onchange: (e: Event) =>
                    void remap(f, Number((e.target as HTMLSelectElement).value)),
                },
                h('option', { value: -1, selected: m[f] === -1 }, '—'),
                header.map((name, i) => h('option', { value: i, selected: m[f] === i }, name)),
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
                header.map((x) => h('th', {}, x)),
              ),
            ),
            h(
              'tbody',
              {},
              preview.map((r) =>
                h(
                  'tr',
                  {},
                  header.map((_, i) => h('td', {}, r[i] ?? '')),
                ),
              ),
            ),
          ),
        ),
      );
      const byVerdict = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
      for (const r of list.rows) if (r.fit) byVerdict[r.fit.verdict]++;
      parts.push(
        h(
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
            VERDICTS.map((v) =>
              h('li', { 'data-verdict': v }, dot(v), `${verdictText(v, l)} ${byVerdict[v]}`),
            ),
          ),
          h(
            'label',
            {},
            t(l, 'projectsFilter'),
            h(
              'select',
              {
                'data-testid': 'projects-filter',
                onchange: (e: Event) => {
                  filter = (e.target as HTMLSelectElement).value as typeof filter;
                  shown = PAGE;
                  render();
                },
              },
              h('option', { value: '', selected: filter === '' }, t(l, 'projectsFilterAll')),
              VERDICTS.map((v) =>
                h('option', { value: v, selected: filter === v }, verdictText(v, l)),
              ),
              h(
                'option',
                { value: 'issues', selected: filter === 'issues' },
                t(l, 'projectsFilterIssues'),
              ),
            ),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': 'projects-download', onclick: () => download('csv') },
            t(l, 'projectsDownload'),
          ),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'projects-download-json',
              onclick: () => download('json'),
            },
            t(l, 'projectsDownloadJson'),
          ),
        ),
      );
      const rows = list.rows.filter((r) =>
        filter === ''
          ? true
          : filter === 'issues'
            ? r.issues.length > 0
            : r.fit?.verdict === filter,
      );
      parts.push(
        h(
          'table',
          { class: 'projects-table', 'data-testid': 'projects-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [
                '#',
                fieldLabel('name'),
                fieldLabel('place'),
                fieldLabel('industry'),
                t(l, 'projectsVerdict'),
                t(l, 'projectsIssues'),
              ].map((x) => h('th', {}, x)),
            ),
          ),
          h('tbody', {}, rows.slice(0, shown).map(rowView)),
        ),
        rows.length > shown
          ? h(
              'button',
              {
                type: 'button',
                onclick: () => {
                  shown += PAGE;
                  render();
                },
              },
              t(l, 'showMore', { n: Math.min(PAGE, rows.length - shown), total: rows.length }),
            )
          : null,
      );
    }
    body.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    root.replaceChildren(body, siting);
  };

  // Siting keeps its own state across the list's re-renders.
  const siting = h('div', {});
  mountSiting(siting, store, data, openSeed);
  render();
  // The list kept on this device from last time, resolved again against today's data. Busy
  // until we know whether there is one (a reader, or a test, then knows the view is final).
  root.setAttribute('aria-busy', 'true');
  void loadSaved()
    .then(async (saved) => {
      if (saved && !list) await read(saved.input, saved.name, true);
    })
    .catch(() => undefined)
    .finally(() => root.removeAttribute('aria-busy'));
  const unsub = store.subscribe((s) => s.lang, render);
  return () => {
    unsub();
    client.close();
  };
}
