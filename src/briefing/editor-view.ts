/**
 * The briefing editor on screen (issue 22): a panel over the map's right side, so the map stays
 * in view and in reach while the officer composes — "加入简报" takes the map as it is. Compose for
 * an industry, reorder (buttons, or Alt+↑/↓ on a chapter), drop, retitle, edit captions, choose
 * the closing chapter, present, export and import the file; every change is kept on this device.
 *
 * The state is one `Model`; every change goes through `update`, which saves and redraws. The
 * panel is drawn from the model by `render` (data text by textContent only, through `h`).
 */
import type { AppParts } from '../app/actions.ts';
import { loadSeedText, SEEDS } from '../data/seeds.ts';
import { h, rerender } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import { presentTour } from '../tour/presenter.ts';
import type { Tour } from '../tour/types.ts';
import { addCarryAway } from './carry-away.ts';
import { composeBriefing } from './compose.ts';
import {
  addChapter,
  chapterFromView,
  closeWith,
  dropChapter,
  editText,
  moveChapter,
} from './editor.ts';
import { KEPT_PREFIX, sharedProjects, type BriefingRequest } from './entry.ts';
import { briefingFileText, readBriefingFile, type BriefingRead } from './file.ts';
import { newKey, openShelf, type BriefingShelf, type KeptBriefing } from './kept.ts';
import { bt } from './strings.ts';

interface Model {
  kept: KeptBriefing[];
  /** The briefing being edited (one of `kept`), or null. */
  current: KeptBriefing | null;
  status: string;
}

interface Editor {
  apply(req: BriefingRequest): Promise<boolean>;
}

let editor: Promise<Editor> | null = null;

/** Opens the editor (one per page) and carries out `req`; false if it could not. */
export async function openEditor(app: AppParts, req: BriefingRequest): Promise<boolean> {
  editor ??= mount(app);
  return (await editor).apply(req);
}

async function mount(app: AppParts): Promise<Editor> {
  const { store, data } = app;
  const lang = (): Lang => store.getState().lang;
  const shelf: BriefingShelf = await openShelf();
  const model: Model = { kept: await shelf.list(), current: null, status: '' };
  const panel = h('aside', {
    class: 'briefing-editor',
    'data-testid': 'briefing-editor',
    role: 'region',
  });
  document.querySelector('.map-wrap')!.append(panel);

  const keptNote = () => (shelf.problem ? bt(lang(), 'notKept', { problem: shelf.problem }) : '');
  /** Replaces the current briefing (and its kept copy) with `tour`; says `status`. */
  const update = async (tour: Tour | null, status: string) => {
    if (tour && model.current) {
      model.current = { ...model.current, tour, savedAt: new Date().toISOString() };
      await shelf.put(model.current);
      model.kept = await shelf.list();
    }
    model.status = [status, keptNote()].filter(Boolean).join(' ');
    draw();
  };
  /**
   * Keeps `tour` as a new briefing. Its id becomes its own (two 白酒 briefings for two visitors
   * are two links), under the prefix that tells a link to a kept briefing (entry.ts).
   */
  const start = async (tour: Tour, status: string) => {
    const key = newKey();
    const base = tour.id.startsWith(KEPT_PREFIX)
      ? tour.id.replace(/-k[0-9a-z]+-[0-9a-z]+$/, '')
      : KEPT_PREFIX.slice(0, -1);
    const id = `${base}-k${key}`;
    model.current = { key, savedAt: new Date().toISOString(), tour: { ...tour, id } };
    await shelf.put(model.current);
    model.kept = await shelf.list();
    await update(null, status);
  };

  const compose = async (industry: Extract<BriefingRequest, { kind: 'compose' }>['industry']) => {
    const term = typeof industry === 'string' ? industry.trim() : industry.matched;
    const r = composeBriefing(industry, data, lang(), sharedProjects());
    if (!r.ok) {
      const key =
        r.reason === 'empty' ? 'emptyTerm' : r.reason === 'unknown' ? 'unknownTerm' : 'notInPlans';
      await update(null, bt(lang(), key, { term }));
      return;
    }
    await start(r.tour, bt(lang(), 'composed', { term, n: r.tour.chapters.length }));
  };

  const present = (step = 0) => {
    const tour = model.current?.tour;
    if (!tour) return;
    panel.hidden = true;
    // A phone's page may be scrolled (from siting's list): the card is drawn from the top.
    window.scrollTo(0, 0);
    presentTour(
      {
        store,
        data,
        atlas: app.atlas,
        view: () => app.map.view(),
        host: document.querySelector<HTMLElement>('.map-wrap')!,
        legend: document.getElementById('legend')!,
        onExit: () => {
          panel.hidden = false;
        },
      },
      tour,
      step,
    );
  };

  const exportFile = () => {
    const tour = model.current?.tour;
    if (!tour) return;
    const blob = new Blob([briefingFileText(tour)], { type: 'application/json' });
    const file = `${tour.title[lang()].replace(/[\\/:*?"<>|\s]+/g, '-')}.briefing.json`;
    const a = h('a', { href: URL.createObjectURL(blob), download: file });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    void update(null, bt(lang(), 'exported', { file }));
  };

  const importFile = async (file: File) => {
    let read: BriefingRead;
    try {
      // Every quote is checked against its seed: the seeds load first (their own chunks).
      const texts = new Map(
        await Promise.all(SEEDS.map(async (s) => [s.id, await loadSeedText(s.id)] as const)),
      );
      read = readBriefingFile(await file.text(), data, (doc) => texts.get(doc as never));
    } catch (e) {
      await update(null, bt(lang(), 'readFailed', { error: (e as Error).message }));
      return;
    }
    if (read.ok) {
      const n = read.tour.chapters.length;
      await start(read.tour, bt(lang(), 'imported', { title: read.tour.title[lang()], n }));
      return;
    }
    const key = (
      {
        'too-large': 'refusedTooLarge',
        'not-json': 'refusedNotJson',
        'not-briefing': 'refusedNotBriefing',
        newer: 'refusedNewer',
        invalid: 'refusedInvalid',
      } as const
    )[read.problem];
    await update(null, bt(lang(), key, { detail: read.detail.slice(0, 3).join('; ') }));
  };

  const addView = () => {
    const tour = model.current?.tour;
    if (!tour) return;
    const r = chapterFromView(store.getState(), data);
    if (!r.ok) return void update(null, bt(lang(), 'noSubject'));
    const next = addChapter(tour, r.chapter);
    void update(next, bt(lang(), 'added', { title: r.chapter.title[lang()] }));
  };

  /** Chapter `i` moved to `to`: focus stays on the same control of the same chapter. */
  const moved = (tour: Tour, i: number, to: Tour) => {
    const c = tour.chapters[i]!;
    const n = to.chapters.findIndex((x) => x.id === c.id) + 1;
    void update(to, bt(lang(), 'moved', { title: c.title[lang()], n })).then(() => {
      // A button that moved its chapter to an end is disabled there: focus its title instead.
      if (panel.contains(document.activeElement)) return;
      panel.querySelector<HTMLElement>(`[data-key="${CSS.escape(`${c.id}:title`)}"]`)?.focus();
    });
  };
  const drop = (tour: Tour, i: number) => {
    if (tour.chapters.length <= 1) return void update(null, bt(lang(), 'lastOne'));
    const title = tour.chapters[i]!.title[lang()];
    void update(dropChapter(tour, i), bt(lang(), 'dropped', { title }));
  };

  const chapterItem = (tour: Tour, i: number, l: Lang) => {
    const c = tour.chapters[i]!;
    const total = tour.chapters.length;
    const btn = (key: string, text: string, on: () => void, disabled = false) =>
      h(
        'button',
        {
          type: 'button',
          'data-testid': `chapter-${key}`,
          'data-key': `${c.id}:${key}`,
          'aria-label': `${text}: ${c.title[l]}`,
          disabled,
          onclick: on,
        },
        text,
      );
    const seed = SEEDS.find((s) => s.id === c.source.doc);
    return h(
      'li',
      {
        class: 'briefing-chapter',
        'data-testid': 'briefing-chapter',
        'data-chapter': c.id,
        onkeydown: (ev: Event) => {
          const e = ev as KeyboardEvent;
          if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
          e.preventDefault();
          moved(tour, i, moveChapter(tour, i, e.key === 'ArrowUp' ? -1 : 1));
        },
      },
      h(
        'div',
        { class: 'briefing-chapter-head' },
        h('span', { class: 'briefing-n' }, `${i + 1}`),
        h('input', {
          type: 'text',
          value: c.title[l],
          'data-testid': 'chapter-title',
          'data-key': `${c.id}:title`,
          'aria-label': bt(l, 'title', { n: i + 1 }),
          onchange: (e: Event) =>
            void update(
              editText(tour, i, 'title', l, (e.target as HTMLInputElement).value),
              bt(l, 'saved'),
            ),
        }),
        i === total - 1 ? h('span', { class: 'briefing-closing' }, bt(l, 'closing')) : null,
      ),
      captionBox(
        c.caption[l],
        i,
        l,
        (text) => void update(editText(tour, i, 'caption', l, text), bt(l, 'saved')),
        `${c.id}:caption`,
      ),
      h(
        'p',
        { class: 'briefing-source muted' },
        `${bt(l, 'source')}: ${seed ? (l === 'zh' ? seed.title : seed.titleEn) : c.source.doc} — “${c.source.quote.replace(/\s+/g, ' ').trim().slice(0, 60)}”`,
      ),
      h(
        'div',
        { class: 'briefing-chapter-tools' },
        btn('up', bt(l, 'up'), () => moved(tour, i, moveChapter(tour, i, -1)), i === 0),
        btn('down', bt(l, 'down'), () => moved(tour, i, moveChapter(tour, i, 1)), i === total - 1),
        btn('last', bt(l, 'last'), () => moved(tour, i, closeWith(tour, i)), i === total - 1),
        btn('drop', bt(l, 'drop'), () => drop(tour, i), total <= 1),
      ),
    );
  };

  const render = (): Node => {
    const l = lang();
    const input = h('input', {
      type: 'search',
      'data-testid': 'briefing-industry',
      'data-key': 'industry',
      'aria-label': bt(l, 'industry'),
      placeholder: bt(l, 'industry'),
    });
    const fileInput = h('input', {
      type: 'file',
      accept: '.json,application/json',
      class: 'visually-hidden',
      // Reached through the Import button; named for whoever lands on it anyway.
      'aria-label': bt(l, 'import'),
      tabindex: -1,
      'data-testid': 'briefing-import-file',
      onchange: (e: Event) => {
        const f = (e.target as HTMLInputElement).files?.[0];
        if (f) void importFile(f);
      },
    });
    const tour = model.current?.tour ?? null;
    const toolbar = h(
      'div',
      { class: 'briefing-toolbar', role: 'toolbar', 'aria-label': bt(l, 'editor') },
      tour
        ? [
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'briefing-present',
                'data-key': 'present',
                onclick: () => present(),
              },
              bt(l, 'present'),
            ),
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'briefing-add-view',
                'data-key': 'add',
                onclick: addView,
              },
              bt(l, 'addView'),
            ),
            h(
              'button',
              {
                type: 'button',
                'data-testid': 'briefing-export',
                'data-key': 'export',
                onclick: exportFile,
              },
              bt(l, 'export'),
            ),
          ]
        : [],
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'briefing-import',
          'data-key': 'import',
          onclick: () => fileInput.click(),
        },
        bt(l, 'import'),
      ),
      fileInput,
    );
    if (tour) addCarryAway(toolbar, tour, app, l);
    return h(
      'div',
      { class: 'briefing-inner' },
      h(
        'header',
        { class: 'briefing-head' },
        h('h2', { tabindex: -1 }, bt(l, 'editor')),
        h(
          'button',
          { type: 'button', 'data-testid': 'briefing-close', 'data-key': 'close', onclick: close },
          bt(l, 'close'),
        ),
      ),
      h(
        'form',
        {
          class: 'briefing-compose',
          onsubmit: (e: Event) => {
            e.preventDefault();
            void compose(input.value);
          },
        },
        input,
        h('button', { type: 'submit', 'data-testid': 'briefing-compose' }, bt(l, 'compose')),
      ),
      keptList(l),
      tour
        ? h('h3', { 'data-testid': 'briefing-title' }, tour.title[l])
        : h('p', { class: 'muted' }, bt(l, 'noBriefing')),
      toolbar,
      h(
        'p',
        { role: 'status', class: 'briefing-status', 'data-testid': 'briefing-status' },
        model.status,
      ),
      tour
        ? [
            h('p', { class: 'muted' }, bt(l, 'keysHint')),
            h(
              'ol',
              {
                class: 'briefing-chapters',
                'data-testid': 'briefing-chapters',
                'aria-label': bt(l, 'chapters'),
              },
              tour.chapters.map((_, i) => chapterItem(tour, i, l)),
            ),
          ]
        : [],
    );
  };

  const keptList = (l: Lang) =>
    model.kept.length
      ? h(
          'details',
          { class: 'briefing-kept', 'data-testid': 'briefing-kept' },
          h('summary', {}, `${bt(l, 'kept')} (${model.kept.length})`),
          h(
            'ul',
            { class: 'plain' },
            model.kept.map((k) =>
              h(
                'li',
                { 'aria-current': k.key === model.current?.key ? 'true' : null },
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': `open:${k.key}`,
                    onclick: () => {
                      model.current = k;
                      void update(null, '');
                    },
                  },
                  `${bt(l, 'open')}: ${k.tour.title[l]}`,
                ),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': `delete:${k.key}`,
                    'aria-label': `${bt(l, 'delete')}: ${k.tour.title[l]}`,
                    onclick: async () => {
                      await shelf.remove(k.key);
                      if (model.current?.key === k.key) model.current = null;
                      model.kept = await shelf.list();
                      void update(null, bt(l, 'deleted', { title: k.tour.title[l] }));
                    },
                  },
                  bt(l, 'delete'),
                ),
              ),
            ),
          ),
        )
      : null;

  const draw = () => {
    panel.setAttribute('aria-label', bt(lang(), 'editor'));
    rerender(panel, render);
  };
  const close = () => {
    panel.hidden = true;
  };
  store.subscribe((s) => s.lang, draw);

  return {
    apply: async (req) => {
      if (req.kind === 'present') {
        const kept = model.kept.find((k) => k.tour.id === req.id);
        if (!kept) return false;
        model.current = kept;
        await update(null, '');
        present(req.step);
        return true;
      }
      panel.hidden = false;
      // The editor sits beside the map: from another view (siting), the map comes back.
      store.getState().setMode('map');
      if (req.kind === 'compose') await compose(req.industry);
      else {
        model.current ??= model.kept[0] ?? null;
        await update(null, '');
      }
      panel.querySelector<HTMLElement>('h2')?.focus();
      return true;
    },
  };
}

/** A caption box: saved when it loses focus (a redraw per key would fight the typing). */
function captionBox(
  text: string,
  i: number,
  l: Lang,
  save: (text: string) => void,
  key: string,
): HTMLElement {
  const box = h('textarea', {
    rows: 3,
    'data-testid': 'chapter-caption',
    'data-key': key,
    'aria-label': bt(l, 'caption', { n: i + 1 }),
    onchange: (e: Event) => save((e.target as HTMLTextAreaElement).value),
  });
  box.value = text;
  return box;
}
