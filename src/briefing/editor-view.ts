/**
 * The briefing editor on screen (issue 22): a panel over the map's right side, so the map stays
 * in view and in reach while the officer composes — "加入简报" takes the map as it is. Compose for
 * an industry, reorder (buttons, or Alt+↑/↓ on a chapter), drop, retitle, edit captions, choose
 * the closing chapter, present, export and import the file; every change is kept on this device.
 *
 * The state is one `Model`; every change goes through `update` (editor-actions.ts), which saves
 * and redraws; the panel is drawn from the model by `renderEditor` (editor-render.ts).
 */
import type { BriefingRequest } from '../panels/briefing-entry.ts';
import { h, rerender } from '../panels/dom.ts';
import type { BriefingApp } from './app.ts';
import { compose, present, update } from './editor-actions.ts';
import { renderEditor } from './editor-render.ts';
import type { Env } from './editor-env.ts';
import { openShelf } from './kept.ts';
import { bt } from './strings.ts';

interface Editor {
  apply(req: BriefingRequest): Promise<boolean>;
}

let editor: Promise<Editor> | null = null;

/** Opens the editor (one per page) and carries out `req`; false if it could not. */
export async function openEditor(app: BriefingApp, req: BriefingRequest): Promise<boolean> {
  editor ??= mount(app);
  return (await editor).apply(req);
}

async function mount(app: BriefingApp): Promise<Editor> {
  const { store } = app;
  const shelf = await openShelf();
  const panel = h('aside', {
    class: 'briefing-editor',
    'data-testid': 'briefing-editor',
    role: 'region',
  });
  document.querySelector('.map-wrap')!.append(panel);
  const close = () => {
    panel.hidden = true;
  };
  const env: Env = {
    app,
    shelf,
    model: { kept: await shelf.list(), current: null, status: '' },
    panel,
    lang: () => store.getState().lang,
    draw: () => {
      panel.setAttribute('aria-label', bt(env.lang(), 'editor'));
      rerender(panel, () => renderEditor(env, close));
    },
  };
  store.subscribe((s) => s.lang, env.draw);

  return {
    apply: async (req) => {
      const { model } = env;
      if (req.kind === 'present') {
        const kept = model.kept.find((k) => k.tour.id === req.id);
        if (!kept) return false;
        model.current = kept;
        await update(env, null, '');
        present(env, req.step);
        return true;
      }
      panel.hidden = false;
      // The editor sits beside the map: from another view (siting), the map comes back.
      store.getState().setMode('map');
      if (req.kind === 'compose') await compose(env, req.industry);
      else {
        model.current ??= model.kept[0] ?? null;
        await update(env, null, '');
      }
      panel.querySelector<HTMLElement>('h2')?.focus();
      return true;
    },
  };
}
