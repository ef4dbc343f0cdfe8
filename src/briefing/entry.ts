/**
 * The ways into the briefing editor (issue 22): "为这位客商准备简报 / Prepare a briefing" from siting,
 * from the selected industry's detail (an industry filter, or a search hit that selected one), and
 * the map toolbar's "简报 / Briefings" for the ones kept on this device. Callers only name what
 * they want; the editor's code loads on the first request, once the app is up.
 */
import type { AppParts } from '../app/actions.ts';
import type { IndustryMatch } from '../data/industries.ts';
import type { Lang } from '../state/store.ts';
import type { BriefingProject } from './compose.ts';
import { bt } from './strings.ts';

export type BriefingRequest =
  /** Compose a new briefing for an industry: a word as typed, or a resolved match. */
  | { kind: 'compose'; industry: string | Extract<IndustryMatch, { ok: true }> }
  /** Open the editor on the briefings kept on this device. */
  | { kind: 'open' };

let app: Promise<AppParts> | null = null;
/** The office's project list as last shown in 我的项目 (null: none loaded this session). */
let projects: readonly BriefingProject[] | null = null;

/** 我的项目 tells the briefings its list (a briefing then has a chapter of the office's own). */
export function shareProjects(rows: readonly BriefingProject[] | null): void {
  projects = rows;
}

/** The list a new briefing is composed with. */
export const sharedProjects = (): readonly BriefingProject[] | null => projects;

/** Called once by the composition root: requests wait for the app through `ready`. */
export function wireBriefings(ready: Promise<AppParts>): void {
  app = ready;
  addToolbarButton(ready);
}

/** Opens the editor for `req` (a no-op before the app is wired, e.g. in a detached view). */
export async function openBriefing(req: BriefingRequest): Promise<void> {
  if (!app) return;
  const parts = await app;
  try {
    const { openEditor } = await import('./editor-view.ts');
    await openEditor(parts, req);
  } catch (e) {
    const s = parts.store.getState();
    s.notify({ id: 'briefing', kind: 'error', text: (e as Error).message });
  }
}

/** A "Prepare a briefing" button for a caller's own panel. */
export function prepareButton(lang: Lang, req: () => BriefingRequest): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'briefing-prepare';
  b.dataset['testid'] = 'briefing-prepare';
  b.textContent = bt(lang, 'prepare');
  b.addEventListener('click', () => void openBriefing(req()));
  return b;
}

/** "简报 / Briefings" at the end of the map's toolbar: the kept briefings, and a new one. */
function addToolbarButton(ready: Promise<AppParts>): void {
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
