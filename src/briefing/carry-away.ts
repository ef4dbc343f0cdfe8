/**
 * The carry-away slot of the briefing editor's toolbar (issue 22 point 4): "打印讲义 / Print pack"
 * → `printPack` (src/briefing/pack.ts) and "下载离线简报 / Offline file" → `downloadSingleFile`
 * (src/briefing/single-file.ts), for the briefing as it is now (edits included). Their code loads
 * on the first click. The presenter's card offers the same two (src/app/actions.ts `carry`).
 */
import { loadConfig } from '../data/config.ts';
import { t } from '../i18n/index.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import type { Tour } from '../tour/types.ts';
import type { BriefingApp } from './app.ts';

/** Runs `work` with `button` marked busy; a failure is told in a notice. */
function busy(button: HTMLButtonElement, app: BriefingApp, work: () => Promise<void>): void {
  if (button.getAttribute('aria-busy') === 'true') return;
  button.setAttribute('aria-busy', 'true');
  work()
    .catch((e: unknown) => {
      const lang = app.store.getState().lang;
      const missing = e instanceof Error && e.name === 'OfflineFileMissing';
      app.store.getState().notify({
        id: 'export',
        kind: 'error',
        text: missing
          ? t(lang, 'singleFileMissing')
          : t(lang, 'exportFailed', { error: String(e) }),
      });
    })
    .finally(() => button.removeAttribute('aria-busy'));
}

export function addCarryAway(toolbar: HTMLElement, tour: Tour, app: BriefingApp, lang: Lang): void {
  const pack: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      'data-testid': 'briefing-pack',
      title: t(lang, 'packPrintLabel'),
      onclick: () =>
        busy(pack, app, async () => {
          const [{ printPack }, { config }] = await Promise.all([
            import('./pack.ts'),
            loadConfig(),
          ]);
          await printPack(tour, {
            data: app.data,
            atlas: app.atlas,
            lang: app.store.getState().lang,
            publicUrl: config.publicUrl,
          });
        }),
    },
    t(lang, 'packPrint'),
  );
  const file: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      'data-testid': 'briefing-single-file',
      title: t(lang, 'singleFileLabel'),
      onclick: () =>
        busy(file, app, async () => {
          const { downloadSingleFile } = await import('./single-file.ts');
          const l = app.store.getState().lang;
          const r = await downloadSingleFile(tour, { lang: l });
          const size = (r.bytes / 1_000_000).toFixed(1);
          app.store.getState().notify({
            id: 'export',
            kind: 'info',
            text: t(l, 'singleFileDone', { file: r.file, size }),
          });
        }),
    },
    t(lang, 'singleFile'),
  );
  toolbar.append(pack, file);
}
