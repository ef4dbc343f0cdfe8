/**
 * Wires the briefing editor (issue 22) into the page: it becomes the opener the panels' entry
 * points call (src/panels/briefing-entry.ts), "简报 / Briefings" joins the map's toolbar, and a
 * link inside a kept briefing's presentation plays it again. The editor's code loads on the first
 * request, once the app is up.
 */
import { setBriefingOpener, openBriefing } from '../panels/briefing-entry.ts';
import type { Lang } from '../state/store.ts';
import type { BriefingApp } from './app.ts';
import { KEPT_PREFIX } from './kept.ts';
import { bt } from './strings.ts';

/** Called once by the composition root: requests wait for the app through `ready`. */
export function wireBriefings(ready: Promise<BriefingApp>): void {
  setBriefingOpener(async (req) => {
    const parts = await ready;
    try {
      const { openEditor } = await import('./editor-view.ts');
      return await openEditor(parts, req);
    } catch (e) {
      parts.store.getState().notify({ id: 'briefing', kind: 'error', text: (e as Error).message });
      return false;
    }
  });
  addToolbarButton(ready);
}

/**
 * A page opened inside a kept briefing's presentation (?tour=brief-…&step=n, a reload on the
 * day): plays it again from this device. False for any other tour, or one this device lacks.
 */
export async function resumeBriefing(id: string, step: number): Promise<boolean> {
  return id.startsWith(KEPT_PREFIX) && openBriefing({ kind: 'present', id, step });
}

/** "简报 / Briefings" at the end of the map's toolbar: the kept briefings, and a new one. */
function addToolbarButton(ready: Promise<BriefingApp>): void {
  const tools = document.getElementById('map-tools');
  if (!tools) return;
  const b = document.createElement('button');
  b.type = 'button';
  b.dataset['testid'] = 'briefings';
  const label = (lang: Lang) => (b.textContent = bt(lang, 'briefings'));
  label(document.documentElement.lang.startsWith('en') ? 'en' : 'zh');
  b.addEventListener('click', () => void openBriefing({ kind: 'open' }));
  tools.append(b);
  void ready.then(({ store }) => {
    label(store.getState().lang);
    store.subscribe((s) => s.lang, label);
  });
}
