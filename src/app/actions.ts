/**
 * The map's actions — present, PNG 2×/4×, print, embed — wired the moment the app's script runs,
 * before the data or the map exist: a click is taken at once, the button says it is busy (to
 * screen readers too), and the action completes when what it needs is ready. Their code loads on
 * first use.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { errorText, t } from '../i18n/index.ts';
import { layerContext } from '../map/layers/context.ts';
import type { MapController } from '../map/map-controller.ts';
import type { AppStore } from '../state/store.ts';
import { mountSvgMap } from '../map/svg-map.ts';
import type { CarryKind } from '../tour/presenter.ts';
import type { Tour } from '../tour/types.ts';

export interface AppParts {
  store: AppStore;
  data: DataFiles;
  atlas: Atlas;
  map: MapController;
  publicUrl: string;
}

/**
 * Runs `work` with `button` marked busy: aria-busy and a spinner (styles.css), and `text` in the
 * page's status line, which screen readers announce. A second click while busy is ignored.
 */
async function whileBusy(
  button: HTMLButtonElement,
  text: string,
  work: () => Promise<void>,
): Promise<void> {
  if (button.getAttribute('aria-busy') === 'true') return;
  const status = document.getElementById('status');
  button.setAttribute('aria-busy', 'true');
  if (status) status.textContent = text;
  try {
    await work();
  } finally {
    button.removeAttribute('aria-busy');
    if (status?.textContent === text) status.textContent = '';
  }
}

type Paper = 'a4' | 'a3';

/**
 * A map of its own, off screen, `width`×`height` CSS pixels: a paper handout is framed for the
 * page, not cut from whatever the screen shows. The SVG renderer, whichever is on screen: it
 * draws at once on every machine and exports exactly.
 */
function offscreenMap(app: AppParts, width: number, height: number) {
  const host = document.createElement('div');
  host.className = 'offscreen-map';
  host.setAttribute('aria-hidden', 'true');
  host.style.width = `${width}px`;
  host.style.height = `${height}px`;
  document.body.append(host);
  const tip = document.createElement('div');
  const view = mountSvgMap(host, app.store, app.data, app.atlas, tip, { detached: true });
  return {
    view,
    host,
    close: () => {
      view.destroy();
      host.remove();
    },
  };
}

/** Wires the action buttons; `ready` resolves once the app (data, store, map) is up. */
export function mountActions(ready: Promise<AppParts>): {
  startTour(which: string | Tour, step: number): Promise<void>;
  playEmbedded(text: string, step: number): Promise<void>;
} {
  const lang = () => (document.documentElement.lang.startsWith('en') ? 'en' : 'zh');
  const tools = document.getElementById('map-tools')!;
  const present = document.getElementById('present') as HTMLButtonElement;

  // A tour of data/tour.json by id, or a briefing itself (the one a single file carries).
  const startTour = async (which: string | Tour, step: number) => {
    const app = await ready;
    const { store } = app;
    try {
      const { present: play, presentTour } = await import('../tour/presenter.ts');
      const deps = {
        store,
        data: app.data,
        atlas: app.atlas,
        view: () => app.map.view(),
        host: document.querySelector<HTMLElement>('.map-wrap')!,
        legend: document.getElementById('legend')!,
        carry,
      };
      if (typeof which === 'string') play(deps, which, step);
      else presentTour(deps, which, step);
    } catch (e) {
      const { lang, notify } = store.getState();
      notify({
        id: 'tour',
        kind: 'error',
        text: t(lang, 'tourLoadFailed', { error: errorText(lang, e) }),
      });
    }
  };
  /** The briefing's pack printed, or its single offline file downloaded (issue 22). */
  const carry = (what: CarryKind, tour: Tour, button: HTMLButtonElement) => {
    void whileBusy(button, t(lang(), 'busyWorking'), async () => {
      const app = await ready;
      const { store } = app;
      const l = store.getState().lang;
      try {
        if (what === 'pack') {
          const { printPack } = await import('../briefing/pack.ts');
          await printPack(tour, {
            data: app.data,
            atlas: app.atlas,
            lang: l,
            publicUrl: app.publicUrl,
          });
        } else {
          const { downloadSingleFile } = await import('../briefing/single-file.ts');
          const r = await downloadSingleFile(tour, { lang: l });
          const size = (r.bytes / 1_000_000).toFixed(1);
          store.getState().notify({
            id: 'export',
            kind: 'info',
            text: t(l, 'singleFileDone', { file: r.file, size }),
          });
        }
      } catch (e) {
        const missing = e instanceof Error && e.name === 'OfflineFileMissing';
        store.getState().notify({
          id: 'export',
          kind: 'error',
          text: missing ? t(l, 'singleFileMissing') : t(l, 'exportFailed', { error: String(e) }),
        });
      }
    });
  };

  /** Plays the briefing a single file carries, once it has been checked like any imported file. */
  const playEmbedded = async (text: string, step: number) => {
    const app = await ready;
    const [{ readBriefingFile }, { SEEDS, loadSeedText }] = await Promise.all([
      import('../briefing/file.ts'),
      import('../data/seeds.ts'),
    ]);
    const texts = new Map(
      await Promise.all(
        SEEDS.map(async (s) => [s.id as string, await loadSeedText(s.id)] as const),
      ),
    );
    const read = readBriefingFile(text, app.data, (doc) => texts.get(doc));
    if (!read.ok) {
      const detail = [read.problem, ...read.detail].join('; ').slice(0, 300);
      app.store.getState().notify({
        id: 'tour',
        kind: 'error',
        text: t(app.store.getState().lang, 'singleFileRejected', { detail }),
      });
      return;
    }
    await startTour(read.tour, step);
  };

  present.addEventListener('click', () => {
    void whileBusy(present, t(lang(), 'busyStarting'), () => startTour('briefing', 0));
  });

  const embed = tools.querySelector<HTMLButtonElement>('[data-testid="embed"]')!;
  embed.addEventListener('click', () => {
    void whileBusy(embed, t(lang(), 'busyWorking'), async () => {
      const app = await ready;
      try {
        const { openEmbedDialog } = await import('../export/embed.ts');
        openEmbedDialog(app.store.getState(), app.data, app.publicUrl);
      } catch (e) {
        const { lang, notify } = app.store.getState();
        notify({
          id: 'export',
          kind: 'error',
          text: t(lang, 'exportFailed', { error: errorText(lang, e) }),
        });
      }
    });
  });

  const titleInput = document.getElementById('export-title') as HTMLInputElement | null;
  const run = async (what: 'print' | 2 | 4 | Paper) => {
    const app = await ready;
    const { store } = app;
    const s = store.getState();
    s.notify({ id: 'export', kind: 'info', text: t(s.lang, 'exporting') });
    try {
      const mod = await import('../export/export.ts');
      const deps = {
        view: app.map.view(),
        size: () => {
          const m = document.getElementById('map')!;
          return { width: m.clientWidth, height: m.clientHeight };
        },
        state: () => store.getState(),
        context: () => layerContext(store.getState(), app.data, app.atlas),
        data: app.data,
        publicUrl: app.publicUrl,
        title: titleInput?.value ?? '',
      };
      const lang = store.getState().lang;
      if (what === 'print') {
        // The printed page carries no advice; whoever prints from a local address is told here.
        const local = !mod.viewLink(store.getState(), app.data, app.publicUrl, location).public;
        if (local)
          store
            .getState()
            .notify({ id: 'export', kind: 'info', text: t(lang, 'exportNoPublicUrl') });
        else store.getState().dismiss('export');
        await mod.printView(deps);
      } else {
        const r =
          what === 'a4' || what === 'a3'
            ? await mod.exportPaper(deps, what, (width, height) =>
                Promise.resolve(offscreenMap(app, width, height)),
              )
            : await mod.exportPng(deps, what);
        store.getState().notify({
          id: 'export',
          kind: 'info',
          text:
            t(lang, 'exported', { file: r.file, w: r.width, h: r.height }) +
            (r.public ? '' : ` ${t(lang, 'exportNoPublicUrl')}`),
        });
      }
    } catch (e) {
      const { lang, notify } = store.getState();
      notify({
        id: 'export',
        kind: 'error',
        text: t(lang, 'exportFailed', { error: errorText(lang, e) }),
      });
    }
  };
  for (const b of tools.querySelectorAll<HTMLButtonElement>('button')) {
    if (b === embed) continue;
    const scale = Number(b.dataset['scale']);
    const paper = b.dataset['paper'];
    b.addEventListener('click', () => {
      void whileBusy(b, t(lang(), 'busyWorking'), () =>
        run(
          paper === 'a4' || paper === 'a3' ? paper : scale === 2 || scale === 4 ? scale : 'print',
        ),
      );
    });
  }
  return { startTour, playEmbedded };
}
