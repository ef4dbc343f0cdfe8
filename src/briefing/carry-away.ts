/**
 * ▶ THE CARRY-AWAY SLOT of the briefing editor's toolbar (issue 22 point 4, owned by the pack and
 * single-file work): "打印资料包 / Print pack" → `printPack(tour, deps)` (src/briefing/pack.ts) and
 * "下载单文件 / Download file" → `downloadSingleFile(tour, deps)` (src/briefing/single-file.ts).
 *
 * The editor calls this every time it draws its toolbar, with the toolbar, the briefing as it is
 * now (edits included) and the app's parts; append buttons to `toolbar`. Until those modules
 * exist it adds nothing.
 */
import type { BriefingApp } from './app.ts';
import type { Lang } from '../state/store.ts';
import type { Tour } from '../tour/types.ts';

export function addCarryAway(toolbar: HTMLElement, tour: Tour, app: BriefingApp, lang: Lang): void {
  void toolbar;
  void tour;
  void app;
  void lang;
}
