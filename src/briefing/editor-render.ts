/**
 * The briefing editor's panel, drawn from its model (data text by textContent only, through `h`):
 * compose, the kept briefings, the toolbar (with the carry-away slot), and each chapter with its
 * title, caption, source and moves.
 */
import { SEEDS } from '../data/seeds.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import type { Tour } from '../tour/types.ts';
import { addCarryAway } from './carry-away.ts';
import {
  addView,
  compose,
  drop,
  exportFile,
  importFile,
  moved,
  present,
  update,
} from './editor-actions.ts';
import { closeWith, editText, moveChapter } from './editor.ts';
import type { Env } from './editor-env.ts';
import { bt } from './strings.ts';

function chapterItem(env: Env, tour: Tour, i: number, l: Lang): HTMLElement {
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
        moved(env, tour, i, moveChapter(tour, i, e.key === 'ArrowUp' ? -1 : 1));
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
            env,
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
      (text) => void update(env, editText(tour, i, 'caption', l, text), bt(l, 'saved')),
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
      btn('up', bt(l, 'up'), () => moved(env, tour, i, moveChapter(tour, i, -1)), i === 0),
      btn(
        'down',
        bt(l, 'down'),
        () => moved(env, tour, i, moveChapter(tour, i, 1)),
        i === total - 1,
      ),
      btn('last', bt(l, 'last'), () => moved(env, tour, i, closeWith(tour, i)), i === total - 1),
      btn('drop', bt(l, 'drop'), () => drop(env, tour, i), total <= 1),
    ),
  );
}

export function renderEditor(env: Env, close: () => void): Node {
  const l = env.lang();
  const { model } = env;
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
      if (f) void importFile(env, f);
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
              onclick: () => present(env),
            },
            bt(l, 'present'),
          ),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'briefing-add-view',
              'data-key': 'add',
              onclick: () => addView(env),
            },
            bt(l, 'addView'),
          ),
          h(
            'button',
            {
              type: 'button',
              'data-testid': 'briefing-export',
              'data-key': 'export',
              onclick: () => exportFile(env),
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
  if (tour) addCarryAway(toolbar, tour, env.app, l);
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
          void compose(env, input.value);
        },
      },
      input,
      h('button', { type: 'submit', 'data-testid': 'briefing-compose' }, bt(l, 'compose')),
    ),
    keptList(env, l),
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
            tour.chapters.map((_, i) => chapterItem(env, tour, i, l)),
          ),
        ]
      : [],
  );
}

function keptList(env: Env, l: Lang): HTMLElement | null {
  const { model, shelf } = env;
  return model.kept.length
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
                    void update(env, null, '');
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
                    void update(env, null, bt(l, 'deleted', { title: k.tour.title[l] }));
                  },
                },
                bt(l, 'delete'),
              ),
            ),
          ),
        ),
      )
    : null;
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
