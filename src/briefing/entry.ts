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
  | { kind: 'open' }
  /** Present a kept briefing (a link or a reload during its presentation) at `step`, 0-based. */
  | { kind: 'present'; id: string; step: number };

/**
 * Every kept briefing's tour id starts so (the editor gives each its own): a link to one is told
 * from a link to data/tour.json's tours without loading either.
 */
export const KEPT_PREFIX = 'brief-';

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

/**
 * Opens the editor for `req` (a no-op before the app is wired, e.g. in a detached view). False
 * when it could not be done: a briefing to present that this device does not keep.
 */
export async function openBriefing(req: BriefingRequest): Promise<boolean> {
  if (!app) return false;
  const parts = await app;
  try {
    const { openEditor } = await import('./editor-view.ts');
    return await openEditor(parts, req);
  } catch (e) {
    const s = parts.store.getState();
    s.notify({ id: 'briefing', kind: 'error', text: (e as Error).message });
    return false;
  }
}

/**
 * A page opened inside a kept briefing's presentation (?tour=brief-…&step=n, a reload on the
 * day): plays it again from this device. False for any other tour, or one this device lacks.
 */
export async function resumeBriefing(id: string, step: number): Promise<boolean> {
  return id.startsWith(KEPT_PREFIX) && openBriefing({ kind: 'present', id, step });
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
